package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dreamloom.norms.RandomizationTest.Counts;
import org.junit.jupiter.api.Test;

class RandomizationTestTest {
    private static final List<Counts> TWO_HITS = List.of(new Counts(1, 1), new Counts(1, 1));
    private static final List<Counts> TWO_MISSES = List.of(new Counts(0, 1), new Counts(0, 1));

    @Test
    void tinyExampleApproachesTheExactPermutationP() {
        // Four dreams split 2/2: of the 6 equally likely splits, 2 are as extreme as the observed one (both hits on
        // one side), so the exact two-sided p is 1/3.
        double p = RandomizationTest.pValue(TWO_HITS, TWO_MISSES, 20_000, 42L);
        assertThat(p).isCloseTo(1.0 / 3, within(0.015));
    }

    @Test
    void theSameSeedGivesTheSameP() {
        double first = RandomizationTest.pValue(TWO_HITS, TWO_MISSES, 500, 7L);
        assertThat(RandomizationTest.pValue(TWO_HITS, TWO_MISSES, 500, 7L)).isEqualTo(first);
    }

    @Test
    void identicalSetsAreNeverSignificant() {
        List<Counts> a = List.of(new Counts(1, 3), new Counts(0, 2), new Counts(2, 2));
        assertThat(RandomizationTest.pValue(a, a, 1000, 1L)).isEqualTo(1.0);
    }

    @Test
    void pIsNeverZeroAndEmptyDenominatorsGiveNull() {
        List<Counts> many = java.util.Collections.nCopies(30, new Counts(3, 1));
        List<Counts> none = java.util.Collections.nCopies(30, new Counts(0, 1));
        double p = RandomizationTest.pValue(many, none, 999, 3L);
        assertThat(p).isEqualTo(1.0 / 1000);
        assertThat(RandomizationTest.pValue(List.of(new Counts(0, 0)), TWO_HITS, 10, 1L)).isNull();
    }
}
