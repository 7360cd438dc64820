package org.dreamloom.library.threads;

import java.time.LocalDate;
import java.util.List;

/**
 * A recurring theme of one dreamer: a cluster of their dreams close in meaning, labelled by the words that
 * set it apart from their other dreams, with its dreams in date order.
 *
 * @param number    1-based, largest theme first
 * @param label     the top distinctive words joined, e.g. "water · lake · swimming"
 * @param terms     those words, most distinctive first
 * @param dreams    its dreams, oldest first (undated last)
 * @param first     the earliest date, or null when none is dated
 * @param last      the latest date, or null
 * @param coherence the mean cosine of its dreams to the theme's centre
 */
public record Theme(int number, String label, List<String> terms, List<Member> dreams, LocalDate first,
        LocalDate last, double coherence) {
    public Theme {
        terms = List.copyOf(terms);
        dreams = List.copyOf(dreams);
    }

    /** One dream of a theme, with its date and its cosine to the theme's centre. */
    public record Member(long id, LocalDate date, double cosine) {}
}
