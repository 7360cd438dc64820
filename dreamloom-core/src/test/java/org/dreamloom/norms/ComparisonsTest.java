package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparisons fed with indicator values directly, so they do not depend on {@link Indicators#compute}. */
class ComparisonsTest {

    private static Profile totals(String label, int dreams, IndicatorValue... values) {
        return new Profile(label, dreams, List.of(values), null, SampleKind.GROUP, List.of());
    }

    @Test
    void proportionsUseTheZTestAndRatesThePoissonTestAgainstTotals() {
        Profile set = totals("set", 200, new IndicatorValue("Friends %", 30, 100),
                new IndicatorValue("A/C index", 30, 100), new IndicatorValue("Characters per dream", 500, 200));
        Profile ref = totals("the female norms", 500, new IndicatorValue("Friends %", 20, 100),
                new IndicatorValue("A/C index", 15, 100));
        Comparison c = new Comparisons().compare(set, ref);
        assertThat(c.indicators()).extracting(Comparison.Row::name).containsExactly("Friends %", "A/C index");
        Comparison.Row friends = c.indicators().get(0);
        assertThat(friends.test()).isEqualTo(Comparison.Test.TWO_PROPORTION_Z);
        assertThat(friends.p()).isCloseTo(0.10247043, within(1e-6));
        assertThat(friends.h()).isCloseTo(Stats.cohensH(0.3, 0.2), within(1e-12));
        Comparison.Row ac = c.indicators().get(1);
        assertThat(ac.test()).isEqualTo(Comparison.Test.POISSON_RATE_Z);
        assertThat(ac.p()).isCloseTo(0.02534732, within(1e-6));
        // BH over the two tests: .0253·2/1 = .0507 → min with .1025 → .0507; .1025·2/2 = .1025
        assertThat(ac.pAdjusted()).isCloseTo(0.05069464, within(1e-6));
        assertThat(friends.pAdjusted()).isCloseTo(0.10247043, within(1e-6));
        assertThat(ac.reading()).startsWith("no real difference from the female norms (not significant");
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void aClearDifferenceIsReadAsAnEffect() {
        Profile set = totals("Barb", 120, new IndicatorValue("Animal %", 60, 200));
        Profile ref = totals("the female norms", 500, new IndicatorValue("Animal %", 56.52, 1413));
        Comparison.Row row = new Comparisons().compare(set, ref).indicators().get(0);
        assertThat(row.pAdjusted()).isLessThan(0.001);
        assertThat(row.reading()).isEqualTo("higher share of animals than the female norms: medium effect");
    }

    @Test
    void twoCardSetsUseTheRandomizationTestForRates() {
        List<List<IndicatorValue>> a = new ArrayList<>();
        List<List<IndicatorValue>> b = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            a.add(List.of(new IndicatorValue("A/C index", 2, 2)));
            b.add(List.of(new IndicatorValue("A/C index", 0, 2)));
        }
        Profile set = new Profile("a", 40, List.of(new IndicatorValue("A/C index", 80, 80)), a, SampleKind.PERSON,
                List.of());
        Profile ref = new Profile("b", 40, List.of(new IndicatorValue("A/C index", 0, 80)), b, SampleKind.PERSON,
                List.of());
        Comparisons comparisons = new Comparisons(999, 5L);
        Comparison c = comparisons.compare(set, ref);
        Comparison.Row row = c.indicators().get(0);
        assertThat(row.test()).isEqualTo(Comparison.Test.RANDOMIZATION);
        assertThat(row.p()).isEqualTo(1.0 / 1000);
        assertThat(row.h()).isCloseTo(Math.PI, within(1e-12));
        assertThat(row.reading()).contains("large effect");
        // both sets are small person series: two size warnings
        assertThat(c.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("only 40 dreams"));
        assertThat(comparisons.compare(set, ref).indicators().get(0).p()).isEqualTo(row.p());
    }

    @Test
    void missingValuesAreNotTestedAndFewObservationsAreWarned() {
        Profile set = totals("set", 150, new IndicatorValue("Group %", 3, 5),
                new IndicatorValue("Befriender %", 0, 0), new IndicatorValue("Aggressor %", 2, 4));
        Profile ref = Norms.profile(Norms.Sex.FEMALE);
        Comparison c = new Comparisons().compare(set, ref);
        assertThat(c.indicators().get(0).reading()).startsWith("no reference value");
        assertThat(c.indicators().get(1).test()).isEqualTo(Comparison.Test.NONE);
        assertThat(c.indicators().get(1).reading()).startsWith("not computable");
        Comparison.Row aggressor = c.indicators().get(2);
        assertThat(aggressor.test()).isEqualTo(Comparison.Test.TWO_PROPORTION_Z);
        assertThat(aggressor.pAdjusted()).isEqualTo(aggressor.p()); // the only test
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).startsWith("Aggressor %: only 4 observations"));
    }

    @Test
    void theMaleNormsCarryTheirEstimateNote() {
        Profile set = totals("set", 150, new IndicatorValue("Friends %", 30, 100));
        assertThat(new Comparisons().compare(set, Norms.profile(Norms.Sex.MALE)).warnings())
                .anySatisfy(w -> assertThat(w).contains("estimates"));
    }
}
