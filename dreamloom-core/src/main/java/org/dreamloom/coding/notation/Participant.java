package org.dreamloom.coding.notation;

/**
 * One party of an interaction, activity, outcome or emotion: the dreamer {@code D}, a character code, or (only in
 * leniently parsed activities) a token that is neither.
 */
public sealed interface Participant permits Participant.Dreamer, CharacterCode, Participant.Other {

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

    /** Parses one participant strictly: {@code D} or a character code. */
    static Participant parse(String token, String code) {
        if (token.equals("D")) {
            return DREAMER;
        }
        return CharacterCode.parse(token, code);
    }
}
