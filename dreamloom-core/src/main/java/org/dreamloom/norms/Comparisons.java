package org.dreamloom.norms;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two profiles indicator by indicator: values, Cohen's h, p (z test for proportions; randomization test
 * for the rate indices when both sides have per-dream data, else a Poisson z approximation), Benjamini–Hochberg
 * adjusted p over all tested indicators, a reading, and warnings. Thread-safe.
 */
public final class Comparisons {
    /** Indicators with fewer observations than this in the set get a warning. */
    public static final int FEW = 10;

    private final int permutations;
    private final long seed;

    /**
     * @param permutations shuffles of the randomization test
     * @param seed         the randomization test's seed
     */
    public Comparisons(int permutations, long seed) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + permutations);
        }
        this.permutations = permutations;
        this.seed = seed;
    }

    /** With {@link RandomizationTest#DEFAULT_PERMUTATIONS} and {@link RandomizationTest#DEFAULT_SEED}. */
    public Comparisons() {
        this(RandomizationTest.DEFAULT_PERMUTATIONS, RandomizationTest.DEFAULT_SEED);
    }

    /**
     * True for the indicators a comparison covers: proportions and the A/C, F/C, S/C indices. "Characters per dream"
     * is a descriptive count with no effect size on a proportion scale; {@code stats} shows it.
     */
    public static boolean compared(IndicatorValue v) {
        return !v.name().contains("per dream");
    }

    /** Compares {@code set} with {@code reference}. */
    public Comparison compare(Profile set, Profile reference) {
        List<IndicatorValue> names = set.values().stream().filter(Comparisons::compared).toList();
        int n = names.size();
        Double[] h = new Double[n];
        Double[] p = new Double[n];
        Comparison.Test[] tests = new Comparison.Test[n];
        Double[] values = new Double[n];
        Double[] refs = new Double[n];
        double[] refN = new double[n];
        List<String> warnings = new ArrayList<>();
        set.kind().sizeWarning(set.label(), set.dreams()).ifPresent(warnings::add);
        if (reference.perDream() != null) {
            reference.kind().sizeWarning(reference.label(), reference.dreams()).ifPresent(warnings::add);
        }
        warnings.addAll(set.notes());
        warnings.addAll(reference.notes());
        for (int i = 0; i < n; i++) {
            IndicatorValue a = names.get(i);
            IndicatorValue b = reference.get(a.name());
            values[i] = a.value();
            refs[i] = b == null ? null : b.value();
            refN[i] = b == null ? 0 : b.denominator();
            tests[i] = Comparison.Test.NONE;
            if (values[i] == null || refs[i] == null) {
                continue;
            }
            h[i] = Stats.cohensH(values[i], refs[i]);
            if (a.isRate()) {
                List<RandomizationTest.Counts> da = set.perDreamCounts(a.name());
                List<RandomizationTest.Counts> db = reference.perDreamCounts(a.name());
                if (da != null && db != null) {
                    p[i] = RandomizationTest.pValue(da, db, permutations, seed);
                    tests[i] = Comparison.Test.RANDOMIZATION;
                } else {
                    p[i] = Stats.poissonRateP(a.numerator(), a.denominator(), b.numerator(), b.denominator());
                    tests[i] = Comparison.Test.POISSON_RATE_Z;
                }
            } else {
                p[i] = Stats.twoProportionP(a.numerator(), a.denominator(), b.numerator(), b.denominator());
                tests[i] = Comparison.Test.TWO_PROPORTION_Z;
            }
            if (p[i] == null) {
                tests[i] = Comparison.Test.NONE;
            }
            if (a.denominator() < FEW) {
                warnings.add(a.name() + ": only " + fmt(a.denominator()) + " observations in " + set.label()
                        + "; its h and p rest on very few codes");
            }
        }
        Double[] adjusted = Stats.benjaminiHochberg(p);
        List<Comparison.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndicatorValue a = names.get(i);
            String reading = refs[i] == null
                    ? "no reference value for this indicator in " + reference.label()
                    : Readings.read(a.name(), h[i], adjusted[i], reference.label());
            rows.add(new Comparison.Row(a.name(), values[i], refs[i], h[i], p[i], adjusted[i], tests[i], reading,
                    a.denominator(), refN[i]));
        }
        return new Comparison(set.label(), reference.label(), set.dreams(), reference.dreams(), rows, warnings);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
