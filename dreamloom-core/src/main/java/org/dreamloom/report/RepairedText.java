package org.dreamloom.report;

import java.util.List;

/**
 * A text after repair, with the text it came from and what was done to it.
 *
 * @param text     the repaired, NFC-normalised text
 * @param original the text before repair
 * @param repairs  one human-readable line per kind of repair; empty when the text was already fine
 */
public record RepairedText(String text, String original, List<String> repairs) {
    public RepairedText {
        repairs = List.copyOf(repairs);
    }

    /** Whether anything was changed. */
    public boolean changed() {
        return !repairs.isEmpty();
    }
}
