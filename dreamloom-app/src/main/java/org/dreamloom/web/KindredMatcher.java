package org.dreamloom.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How close another person's dream comes to any of the viewer's own dreams: the best Jaccard overlap of content
 * words with one of them, and the words they share. Built once per request over the viewer's dreams as an inverted
 * list (word → own dreams holding it), so scoring a candidate costs its words' lists instead of one set
 * intersection and union per own dream (a researcher owns hundreds of dreams; kindred scans up to 2,000 others).
 */
final class KindredMatcher {
    /** The best match of a candidate: the Jaccard score (0 when nothing is shared) and the shared words, sorted. */
    record Match(double score, List<String> shared) {
    }

    private final List<Set<String>> mine;
    private final Map<String, int[]> postings = new HashMap<>();

    KindredMatcher(List<Set<String>> mine) {
        this.mine = mine;
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            for (String w : mine.get(i)) {
                lists.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((w, l) -> postings.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The best match of {@code words} among the own dreams; ties go to the earlier own dream. */
    Match best(Set<String> words) {
        int[] shared = new int[mine.size()];
        for (String w : words) {
            int[] list = postings.get(w);
            if (list != null) {
                for (int i : list) {
                    shared[i]++;
                }
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] == 0) {
                continue;
            }
            double j = (double) shared[i] / (mine.get(i).size() + words.size() - shared[i]);
            if (j > bestScore) {
                bestScore = j;
                best = i;
            }
        }
        if (best < 0) {
            return new Match(0, List.of());
        }
        Set<String> common = new TreeSet<>(mine.get(best));
        common.retainAll(words);
        return new Match(bestScore, List.copyOf(common));
    }
}
