package org.dreamloom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The floor of search: no index at all, every query reads every report (lower-cased once, in memory) and keeps
 * the matches in corpus order. What a script with {@code grep} does; substring matching, no stemming, no ranking.
 */
public final class LinearScan {
    private final List<String> texts = new ArrayList<>();
    private final List<String> series = new ArrayList<>();
    private final List<String> sexes = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();

    /** Adds one report. */
    public void add(CorpusReport r) {
        texts.add(r.text().toLowerCase(Locale.ROOT));
        series.add(r.series());
        sexes.add(r.sex());
        years.add(Fts5Peer.year(r.date()));
    }

    /** How many reports it holds. */
    public int size() {
        return texts.size();
    }

    /** Scans every report for the query; returns the number of matches (the first ten are kept, as a page would). */
    public long search(BenchQuery q) {
        long total = 0;
        int[] page = new int[10];
        BenchQuery.Filter f = q.filter();
        for (int i = 0; i < texts.size(); i++) {
            if (f != null && !passes(f, i)) {
                continue;
            }
            if (matches(q.scan(), texts.get(i))) {
                if (total < page.length) {
                    page[(int) total] = i;
                }
                total++;
            }
        }
        return total;
    }

    private boolean passes(BenchQuery.Filter f, int i) {
        return switch (f.field()) {
            case "series" -> series.get(i).equals(f.value());
            case "sex" -> sexes.get(i).equals(f.value());
            case "year" -> years.get(i) >= f.fromYear() && years.get(i) <= f.toYear();
            default -> false;
        };
    }

    /** True when every positive group has an alternative in the text and no negated group does. */
    static boolean matches(List<BenchQuery.ScanGroup> groups, String lowerText) {
        for (BenchQuery.ScanGroup g : groups) {
            boolean any = false;
            for (String a : g.alternatives()) {
                if (lowerText.contains(a)) {
                    any = true;
                    break;
                }
            }
            if (any == g.negated()) {
                return false;
            }
        }
        return true;
    }
}
