package org.dreamloom.coding.notation;

/**
 * One party of an interaction, activity, outcome or emotion: the dreamer {@code D}, the unidentified party
 * {@code Q}, a character code, or (only in leniently parsed activities) a token that is none of these.
 */
public sealed interface Participant
        permits Participant.Dreamer, Participant.Unidentified, CharacterCode, Participant.Other {

    /** The canonical spelling of this participant. */
    String format();

    /** The dreamer, written {@code D}. */
    Dreamer DREAMER = new Dreamer();

    /** True when this participant is the dreamer. */
    default boolean isDreamer() {
        return this instanceof Dreamer;
    }

    /** The dreamer ({@code D}); the dreamer is never coded as a character. */
    record Dreamer() implements Participant {
        @Override
        public String format() {
            return "D";
        }
    }

    /** The unidentified party, written {@code Q}. */
    Unidentified UNIDENTIFIED = new Unidentified();

    /**
     * The party the cards write as {@code Q} (24 interaction and activity codes of the women's norms cards, e.g.
     * {@code Q 3> D}, {@code D 1> Q}): someone who acts or is acted upon but is not coded as a character. HVDC.md
     * does not define it; we read it as an unidentified or questionable party and keep it as it is.
     */
    record Unidentified() implements Participant {
        @Override
        public String format() {
            return "Q";
        }
    }

    /**
     * A token that is neither {@code D} nor a character code; accepted only by lenient parsing, because the human
     * cards hold a few such slips (e.g. {@code "Q V> D"}).
     */
    record Other(String token) implements Participant {
        @Override
        public String format() {
            return token;
        }
    }

    /** Parses one participant strictly: {@code D}, {@code Q} or a character code. */
    static Participant parse(String token, String code) {
        if (token.equals("D")) {
            return DREAMER;
        }
        if (token.equals("Q")) {
            return UNIDENTIFIED;
        }
        return CharacterCode.parse(token, code);
    }
}
