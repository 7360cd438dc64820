package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The inverted-list matcher finds the same best own dream, score and shared words as comparing set by set. */
class KindredMatcherTest {
    @Test
    void sharedWordsAndJaccardOfTheClosestOwnDream() {
        KindredMatcher m = new KindredMatcher(List.of(Set.of("owl", "barn", "mother"), Set.of("train", "desert")));
        KindredMatcher.Match match = m.best(Set.of("owl", "barn", "night"));
        assertThat(match.score()).isEqualTo(2.0 / 4);
        assertThat(match.shared()).containsExactly("barn", "owl");
        assertThat(m.best(Set.of("sea")).score()).isZero();
        assertThat(m.best(Set.of("sea")).shared()).isEmpty();
        assertThat(new KindredMatcher(List.of()).best(Set.of("owl")).score()).isZero();
    }

    @Test
    void agreesWithComparingEveryPairOnRandomDreams() {
        Random random = new Random(20261122);
        for (int round = 0; round < 200; round++) {
            List<Set<String>> mine = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                mine.add(words(random));
            }
            Set<String> other = words(random);
            KindredMatcher.Match fast = new KindredMatcher(mine).best(other);
            double best = 0;
            Set<String> bestShared = Set.of();
            for (Set<String> m : mine) {
                Set<String> inter = new HashSet<>(m);
                inter.retainAll(other);
                Set<String> union = new HashSet<>(m);
                union.addAll(other);
                double j = union.isEmpty() ? 0 : (double) inter.size() / union.size();
                if (j > best) {
                    best = j;
                    bestShared = inter;
                }
            }
            assertThat(fast.score()).isEqualTo(best);
            assertThat(fast.shared()).containsExactlyElementsOf(new TreeSet<>(bestShared));
        }
    }

    private static Set<String> words(Random random) {
        Set<String> s = new HashSet<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.add("w" + random.nextInt(30));
        }
        return s;
    }
}
