package org.dreamloom.library.store;

import org.dreamloom.coding.Card;

/**
 * A coding card saved for a dream by one coder version ({@code human} for cards that came with an archive).
 *
 * @param dreamId      the dream
 * @param coderVersion e.g. {@code dreamloom@0.1.0} or {@code human}
 * @param card         the card
 * @param createdAt    when it was saved (ISO-8601 UTC)
 */
public record StoredCoding(long dreamId, String coderVersion, Card card, String createdAt) {
}
