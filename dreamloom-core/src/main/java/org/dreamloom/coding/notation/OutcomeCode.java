package org.dreamloom.coding.notation;

/**
 * An outcome: misfortune {@code M1}..{@code M6} (M5 bodily injury or illness, M6 death), good fortune {@code GF},
 * success {@code SU} or failure {@code FL}, then a comma and the character(s) involved, e.g. {@code M5,D},
 * {@code SU,D + 1MKA}. The canonical form has no space around the comma and {@code " + "} inside the group.
 *
 * @param kind    {@code M1}..{@code M6}, {@code GF}, {@code SU} or {@code FL}
 * @param who     the character(s) involved
 */
public record OutcomeCode(String kind, Participants who) implements Code {

    public OutcomeCode {
        if (!kind.matches("M[1-6]|GF|SU|FL")) {
            throw new NotationException(kind, "an outcome is M1-M6, GF, SU or FL");
        }
    }

    /** Parses an outcome code of any kind. */
    public static OutcomeCode parse(String code) {
        int comma = code.indexOf(',');
        if (comma < 0) {
            throw new NotationException(code, "an outcome is KIND,WHO (e.g. M5,D or SU,D + 1MKA): the comma is"
                    + " missing");
        }
        String kind = code.substring(0, comma).strip();
        if (!kind.matches("M[1-6]|GF|SU|FL")) {
            throw new NotationException(code, "outcome kind '" + kind + "' is not one of M1-M6, GF, SU, FL");
        }
        return new OutcomeCode(kind, Participants.parse(code.substring(comma + 1), code, false));
    }

    /** True for misfortunes (M1-M6). */
    public boolean isMisfortune() {
        return kind.charAt(0) == 'M';
    }

    @Override
    public String format() {
        return kind + "," + who.format();
    }
}
