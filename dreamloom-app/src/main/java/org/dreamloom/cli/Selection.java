package org.dreamloom.cli;

import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.norms.SampleKind;

/**
 * A resolved selection of dreams: their cards (with the codes asked for) and what was left out on the way.
 *
 * @param label    how output names the selection, e.g. the card file's name
 * @param cards    the coded cards, one per dream
 * @param kind     whose dreams these are (decides the sample-size warning)
 * @param problems rows that were rejected or skipped, each with file and line, in words
 */
public record Selection(String label, List<Card> cards, SampleKind kind, List<String> problems) {
    public Selection {
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }

    /** This selection with another kind (from {@code --sample}). */
    public Selection withKind(SampleKind newKind) {
        return new Selection(label, cards, newKind, problems);
    }
}
