package org.dreamloom.norms;

import java.util.List;
import org.dreamloom.coding.Card;

/** Computes the HVdC summary indicators (the formulas of {@code tools/hvdc_indicators.py}) over a set of cards. */
public final class Indicators {
    private Indicators() {
    }

    /**
     * Every indicator of {@code tools/hvdc_indicators.py} except the "N ..." counts, in its order, with the counts
     * behind it.
     */
    public static List<IndicatorValue> compute(List<Card> cards) {
        // Filled in by the notation/scorer work; the contract (names, order, counts) is fixed here.
        throw new UnsupportedOperationException("indicators are not implemented yet");
    }
}
