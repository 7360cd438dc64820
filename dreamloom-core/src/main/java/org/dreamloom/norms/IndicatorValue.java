package org.dreamloom.norms;

/**
 * One HVdC summary indicator over a set of cards, kept as the counts behind it so that statistics can test it.
 *
 * @param name        the indicator's name as in {@code tools/hvdc_indicators.py}, e.g. {@code "Male/Female %"},
 *                    {@code "A/C index"}
 * @param numerator   the count on top (e.g. male characters; aggressions for the A/C index)
 * @param denominator the count below (e.g. male + female characters; all characters for the A/C index)
 */
public record IndicatorValue(String name, double numerator, double denominator) {

    /** True for the rate indices (A/C, F/C, S/C, characters per dream), whose value may exceed 1. */
    public boolean isRate() {
        return name.contains("index") || name.contains("per dream");
    }

    /** numerator ÷ denominator, or null when the denominator is empty (the indicator is not computable). */
    public Double value() {
        return denominator == 0 ? null : numerator / denominator;
    }
}
