package org.dreamloom;

import org.dreamloom.coding.Card;

/** The front door of Dreamloom as a plain Java library: code one dream report in the Hall/Van de Castle system. */
public final class Dreamloom {
    private Dreamloom() {
    }

    /**
     * Codes one report from its text alone.
     *
     * @param series copied onto the card
     * @param number copied onto the card
     * @param report the dream report
     * @return the predicted card (categories not coded yet are empty)
     */
    public static Card code(String series, String number, String report) {
        // The coding pipeline lands with the coding-engine issue; until then every category is empty.
        return Card.empty(series, number, report);
    }

    /** Codes one report that belongs to no series. */
    public static Card code(String report) {
        return code("", "", report);
    }
}
