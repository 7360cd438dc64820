package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingsTest {

    @Test
    void sizesFollowCohen() {
        assertThat(Readings.size(0.19)).isEqualTo("negligible");
        assertThat(Readings.size(-0.2)).isEqualTo("small");
        assertThat(Readings.size(0.5)).isEqualTo("medium");
        assertThat(Readings.size(-0.79)).isEqualTo("medium");
        assertThat(Readings.size(0.8)).isEqualTo("large");
    }

    @Test
    void aSignificantEffectIsReadWithDirectionAndSize() {
        assertThat(Readings.read("A/C index", 0.55, 0.001, "the female norms"))
                .isEqualTo("higher aggression per character than the female norms: medium effect");
        assertThat(Readings.read("Dreams with >=1 Good Fortune %", -0.3, 0.01, "the male norms"))
                .isEqualTo("lower share of dreams with good fortune than the male norms: small effect");
    }

    @Test
    void notSignificantOrNegligibleMeansNoRealDifference() {
        assertThat(Readings.read("Friends %", 0.6, 0.2, "the female norms"))
                .isEqualTo("no real difference from the female norms (not significant; medium h)");
        assertThat(Readings.read("Friends %", 0.1, 0.0001, "the female norms"))
                .isEqualTo("no real difference from the female norms (negligible effect)");
    }

    @Test
    void missingValuesAndUntestedEffectsAreSaid() {
        assertThat(Readings.read("Animal %", null, null, "x")).startsWith("not computable");
        assertThat(Readings.read("Animal %", 0.9, null, "x")).isEqualTo("higher share of animals than x: large effect"
                + " (not tested)");
    }
}
