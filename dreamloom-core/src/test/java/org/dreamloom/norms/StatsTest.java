package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void cohensHOfHalfAgainstAQuarterIsPiOverSix() {
        // 2·asin(√.5) − 2·asin(√.25) = 2·π/4 − 2·π/6 = π/6
        assertThat(Stats.cohensH(0.5, 0.25)).isCloseTo(Math.PI / 6, within(1e-12));
        assertThat(Stats.cohensH(0.25, 0.5)).isCloseTo(-Math.PI / 6, within(1e-12));
        assertThat(Stats.cohensH(0.3, 0.3)).isZero();
    }

    @Test
    void ratesAboveOneAreCappedBeforeH() {
        // 1.3 is capped to 1: 2·asin(1) − 2·asin(√.25) = π − π/3
        assertThat(Stats.cohensH(1.3, 0.25)).isCloseTo(2 * Math.PI / 3, within(1e-12));
        assertThat(Stats.cohensH(-0.1, 0.0)).isZero();
    }

    @Test
    void twoProportionZTestMatchesTheHandComputation() {
        // 30/100 vs 20/100: pooled .25, se = √(.25·.75·.02) = .061237, z = 1.63299, p = erfc(z/√2) = .10247
        assertThat(Stats.twoProportionP(30, 100, 20, 100)).isCloseTo(0.10247043, within(1e-6));
        assertThat(Stats.twoProportionP(20, 100, 30, 100)).isCloseTo(0.10247043, within(1e-6));
    }

    @Test
    void twoProportionEdgeCases() {
        assertThat(Stats.twoProportionP(0, 0, 3, 10)).isNull();
        assertThat(Stats.twoProportionP(0, 10, 0, 10)).isEqualTo(1.0);
        assertThat(Stats.twoProportionP(10, 10, 10, 10)).isEqualTo(1.0);
    }

    @Test
    void poissonRateZTestMatchesTheHandComputation() {
        // 30/100 vs 15/100: pooled .225, se = √(.225·.02) = .067082, z = √5, p = erfc(√5/√2) = .025347
        assertThat(Stats.poissonRateP(30, 100, 15, 100)).isCloseTo(0.02534732, within(1e-6));
        assertThat(Stats.poissonRateP(0, 100, 0, 50)).isEqualTo(1.0);
        assertThat(Stats.poissonRateP(3, 0, 1, 5)).isNull();
    }

    @Test
    void benjaminiHochbergOnAKnownExample() {
        // sorted .005 .01 .03 .04, m = 4: .02 .02 .04 .04, back in input order
        assertThat(Stats.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
        // step-up: the smallest p takes the minimum over larger ranks (.06 → .04)
        assertThat(Stats.benjaminiHochberg(new double[] {0.04, 0.02, 0.03}))
                .containsExactly(new double[] {0.04, 0.04, 0.04}, within(1e-12));
        assertThat(Stats.benjaminiHochberg(new double[] {0.5, 0.9}))
                .containsExactly(new double[] {0.9, 0.9}, within(1e-12));
    }

    @Test
    void benjaminiHochbergSkipsUntestedIndicators() {
        Double[] adjusted = Stats.benjaminiHochberg(new Double[] {0.01, null, 0.04});
        // m = 2, not 3: .01·2/1 = .02, .04·2/2 = .04
        assertThat(adjusted[0]).isCloseTo(0.02, within(1e-12));
        assertThat(adjusted[1]).isNull();
        assertThat(adjusted[2]).isCloseTo(0.04, within(1e-12));
    }
}
