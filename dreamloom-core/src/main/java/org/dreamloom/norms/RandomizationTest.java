package org.dreamloom.norms;

import java.util.List;
import java.util.SplittableRandom;

/**
 * An approximate randomization (permutation) test for a ratio of sums, such as the A/C index (aggressions ÷
 * characters) of two sets of dreams: dreams are shuffled between the sets and the ratio difference recomputed.
 * Dreams, not characters, are the exchangeable units, so the clustering of codes within dreams is respected.
 * Deterministic for a given seed; thread-safe (no shared state).
 */
public final class RandomizationTest {
    /** The default number of permutations. */
    public static final int DEFAULT_PERMUTATIONS = 5000;
    /** The default seed, so the same comparison always gives the same p. */
    public static final long DEFAULT_SEED = 20_260_101L;

    private RandomizationTest() {
    }

    /** One dream's counts behind a ratio: e.g. aggressions (numerator) and characters (denominator). */
    public record Counts(double numerator, double denominator) {
    }

    /**
     * Two-sided p-value {@code (k + 1) / (permutations + 1)}, where {@code k} counts the shuffles whose absolute
     * ratio difference is at least the observed one (the +1 counts the observed split itself, so p is never 0).
     * Null when either set has an empty denominator total.
     */
    public static Double pValue(List<Counts> a, List<Counts> b, int permutations, long seed) {
        int n = a.size() + b.size();
        double[] num = new double[n];
        double[] den = new double[n];
        for (int i = 0; i < n; i++) {
            Counts c = i < a.size() ? a.get(i) : b.get(i - a.size());
            num[i] = c.numerator();
            den[i] = c.denominator();
        }
        Double observed = difference(num, den, a.size());
        if (observed == null) {
            return null;
        }
        // A tiny tolerance so that permutations equal to the observed split in exact arithmetic count as extreme.
        double threshold = Math.abs(observed) - 1e-12;
        SplittableRandom random = new SplittableRandom(seed);
        int extreme = 0;
        for (int p = 0; p < permutations; p++) {
            shuffle(num, den, random);
            Double d = difference(num, den, a.size());
            // A shuffle that empties one side's denominator has no ratio; count it as not extreme.
            if (d != null && Math.abs(d) >= threshold) {
                extreme++;
            }
        }
        return (extreme + 1.0) / (permutations + 1.0);
    }

    private static Double difference(double[] num, double[] den, int split) {
        double n1 = 0, d1 = 0, n2 = 0, d2 = 0;
        for (int i = 0; i < num.length; i++) {
            if (i < split) {
                n1 += num[i];
                d1 += den[i];
            } else {
                n2 += num[i];
                d2 += den[i];
            }
        }
        return d1 == 0 || d2 == 0 ? null : n1 / d1 - n2 / d2;
    }

    private static void shuffle(double[] num, double[] den, SplittableRandom random) {
        for (int i = num.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = num[i];
            num[i] = num[j];
            num[j] = t;
            t = den[i];
            den[i] = den[j];
            den[j] = t;
        }
    }
}
