package org.dreamloom.eval;

import java.util.List;
import java.util.Locale;
import org.dreamloom.coding.Card;

/**
 * The fixed split of the gold cards into a development part and a held-out part, used by everyone who tunes or
 * measures a coder: a card is <b>held out</b> when its {@code number}, parsed as an integer, is divisible by 5
 * (99 of the 491 women's norms cards); every other card, including one whose number is not an integer, belongs to
 * the development part. Tune on {@link #DEV}; report accuracy on {@link #HOLDOUT}.
 */
public enum GoldSplit {
    /** The development part: numbers not divisible by 5. */
    DEV,
    /** The held-out part: numbers divisible by 5. */
    HOLDOUT,
    /** Every card. */
    ALL;

    /** True when {@code card} belongs to this part. */
    public boolean includes(Card card) {
        return switch (this) {
            case ALL -> true;
            case HOLDOUT -> isHeldOut(card.number());
            case DEV -> !isHeldOut(card.number());
        };
    }

    /** The cards of this part, in their order. */
    public List<Card> select(List<Card> cards) {
        return cards.stream().filter(this::includes).toList();
    }

    /** True when a card with this number is held out. */
    public static boolean isHeldOut(String number) {
        try {
            return new java.math.BigInteger(number.strip()).mod(java.math.BigInteger.valueOf(5)).signum() == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The part named {@code dev}, {@code holdout} or {@code all} (any case). */
    public static GoldSplit of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown gold split '" + name + "': use dev, holdout or all");
        }
    }
}
