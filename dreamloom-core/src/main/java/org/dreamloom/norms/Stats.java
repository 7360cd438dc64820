package org.dreamloom.norms;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The statistics of a norms comparison: Cohen's h, two-sided z tests on proportions and on rates, and the
 * Benjamini–Hochberg adjustment. Pure functions, thread-safe.
 */
public final class Stats {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private Stats() {
    }

    /**
     * Cohen's h between two proportions: {@code 2·asin(√p1) − 2·asin(√p2)}. Values outside [0, 1] are first
     * capped to [0, 1]; this is how the rate indices (A/C, F/C, S/C, which are counts per character and may
     * exceed 1) get an effect size, as DreamSAT does.
     */
    public static double cohensH(double p1, double p2) {
        return 2 * Math.asin(Math.sqrt(cap(p1))) - 2 * Math.asin(Math.sqrt(cap(p2)));
    }

    /** {@code p} capped to [0, 1]. */
    public static double cap(double p) {
        return Math.max(0, Math.min(1, p));
    }

    /**
     * Two-sided p-value of the pooled two-proportion z test of {@code x1/n1} against {@code x2/n2}
     * ({@code x} may be fractional, e.g. a published percentage times its sample size). Null when either sample
     * is empty; 1 when the pooled proportion is 0 or 1 (no variation, nothing to test).
     */
    public static Double twoProportionP(double x1, double n1, double x2, double n2) {
        if (n1 <= 0 || n2 <= 0) {
            return null;
        }
        double pooled = (x1 + x2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        if (variance <= 0) {
            return 1.0;
        }
        return twoSided((x1 / n1 - x2 / n2) / Math.sqrt(variance));
    }

    /**
     * Two-sided p-value of the z approximation for two Poisson rates: {@code a1} events over exposure {@code c1}
     * against {@code a2} over {@code c2}, with the pooled rate under the null hypothesis
     * ({@code z = (a1/c1 − a2/c2) / √(λ̂·(1/c1 + 1/c2))}, {@code λ̂ = (a1 + a2)/(c1 + c2)}). Used for the A/C, F/C
     * and S/C indices against the norms, where no per-dream data exists for a randomization test. Null when
     * either exposure is empty; 1 when there are no events at all.
     */
    public static Double poissonRateP(double a1, double c1, double a2, double c2) {
        if (c1 <= 0 || c2 <= 0) {
            return null;
        }
        double pooled = (a1 + a2) / (c1 + c2);
        if (pooled <= 0) {
            return 1.0;
        }
        return twoSided((a1 / c1 - a2 / c2) / Math.sqrt(pooled * (1 / c1 + 1 / c2)));
    }

    /** The two-sided tail probability of a standard normal {@code z}. */
    public static double twoSided(double z) {
        return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    }

    /**
     * Benjamini–Hochberg adjusted p-values (step-up false discovery rate), in the order given. Null entries are
     * not tested and stay null; they do not count in the number of tests.
     */
    public static Double[] benjaminiHochberg(Double[] p) {
        Double[] adjusted = new Double[p.length];
        int[] tested = IntStream.range(0, p.length).filter(i -> p[i] != null).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
        int m = tested.length;
        double running = 1.0;
        // Walk from the largest p down so each adjusted value is the minimum over its rank and all larger ranks.
        for (int rank = m; rank >= 1; rank--) {
            int i = tested[rank - 1];
            // m / rank first: it is >= 1, so rounding can never push the adjusted p below the raw one.
            running = Math.min(running, p[i] * ((double) m / rank));
            adjusted[i] = Math.min(1.0, running);
        }
        return adjusted;
    }

    /** Benjamini–Hochberg adjusted p-values of a full array (convenience for tests and callers with no gaps). */
    public static double[] benjaminiHochberg(double[] p) {
        Double[] boxed = Arrays.stream(p).boxed().toArray(Double[]::new);
        return Arrays.stream(benjaminiHochberg(boxed)).mapToDouble(Double::doubleValue).toArray();
    }
}
