package org.dreamloom.library.threads;

/**
 * Why two dreams are linked.
 *
 * @param kind   what they share
 * @param detail a readable explanation, e.g. "water (lake / river)" or "cosine 0.62"
 * @param weight this reason's share of the link score
 */
public record Reason(Kind kind, String detail, double weight) {
    /** The kinds of link. */
    public enum Kind {
        /** The same dream symbols (key, door, water, …). */
        SYMBOL,
        /** The same kinds of characters (mother, stranger, …) or the same HVdC character codes. */
        CHARACTER,
        /** The same emotions (HVdC AP, AN, SD, CO, HA), from words or codes. */
        EMOTION,
        /** Closeness in meaning of the whole reports (cosine of their embeddings). */
        MEANING
    }
}
