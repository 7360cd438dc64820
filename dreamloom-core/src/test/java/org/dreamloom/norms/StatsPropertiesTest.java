package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class StatsPropertiesTest {

    @Property(tries = 200)
    void hIsAntisymmetricAndBounded(@ForAll @DoubleRange(min = 0, max = 1) double p1,
                                    @ForAll @DoubleRange(min = 0, max = 1) double p2) {
        double h = Stats.cohensH(p1, p2);
        assertThat(Stats.cohensH(p2, p1)).isCloseTo(-h, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Math.abs(h)).isLessThanOrEqualTo(Math.PI + 1e-12);
        assertThat(Math.signum(h)).isEqualTo(Math.signum(p1 - p2));
    }

    @Property(tries = 200)
    void benjaminiHochbergNeverLowersAPAndKeepsTheOrder(
            @ForAll @Size(min = 1, max = 30) java.util.List<@DoubleRange(min = 0, max = 1) Double> ps) {
        double[] p = ps.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = Stats.benjaminiHochberg(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(adjusted[i]).isGreaterThanOrEqualTo(p[i]).isLessThanOrEqualTo(1.0);
            for (int j = 0; j < p.length; j++) {
                if (p[i] < p[j]) {
                    assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                }
            }
        }
    }

    @Property(tries = 100)
    void zTestPIsAProbabilityAndSymmetric(@ForAll @DoubleRange(min = 0, max = 50) double x1,
                                          @ForAll @DoubleRange(min = 0, max = 50) double x2) {
        Double p = Stats.twoProportionP(x1, 50, x2, 80);
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(Stats.twoProportionP(x2, 80, x1, 50)).isCloseTo(p, org.assertj.core.api.Assertions.within(1e-12));
    }
}
