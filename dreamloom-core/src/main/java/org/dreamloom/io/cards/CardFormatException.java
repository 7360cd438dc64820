package org.dreamloom.io.cards;

/** A card line that does not follow the card schema; the message says what is wrong, the caller adds where. */
public final class CardFormatException extends IllegalArgumentException {
    public CardFormatException(String message) {
        super(message);
    }
}
