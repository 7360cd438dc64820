package org.dreamloom.norms;

import java.util.List;

/**
 * A set of dreams compared with a reference (the norms or another set), indicator by indicator.
 *
 * @param label            the set's label
 * @param referenceLabel   the reference's label, e.g. "the female norms"
 * @param dreams           dreams in the set
 * @param referenceDreams  dreams in the reference
 * @param indicators       one row per indicator, in the order of {@link Indicators#compute}
 * @param warnings         sample-size and data caveats, in words
 */
public record Comparison(String label, String referenceLabel, int dreams, int referenceDreams,
                         List<Row> indicators, List<String> warnings) {

    public Comparison {
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }

    /** How an indicator's p-value was obtained. */
    public enum Test {
        /** Pooled two-proportion z test on the counts. */
        TWO_PROPORTION_Z,
        /** z approximation for two Poisson rates (rate indices against totals-only data such as the norms). */
        POISSON_RATE_Z,
        /** Approximate randomization test, shuffling dreams between the two sets (rate indices, two card sets). */
        RANDOMIZATION,
        /** No test: a value or the reference is missing. */
        NONE
    }

    /**
     * One indicator of the comparison.
     *
     * @param name        the indicator
     * @param value       the set's value, or null when its denominator is empty
     * @param reference   the reference's value, or null
     * @param h           Cohen's h (rates capped to [0, 1] first), or null
     * @param p           the unadjusted two-sided p, or null
     * @param pAdjusted   the Benjamini–Hochberg adjusted p over all tested indicators, or null
     * @param test        how p was obtained
     * @param reading     the plain-words reading ({@link Readings})
     * @param n           the set's denominator
     * @param referenceN  the reference's denominator
     */
    public record Row(String name, Double value, Double reference, Double h, Double p, Double pAdjusted, Test test,
                      String reading, double n, double referenceN) {
    }
}
