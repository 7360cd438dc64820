package org.dreamloom.coding;

import java.util.Locale;

/** The code categories of a Hall/Van de Castle coding card, in the order and with the JSON keys of the card format. */
public enum Category {
    CHARACTERS,
    AGGRESSION,
    FRIENDLINESS,
    SEXUALITY,
    SETTINGS,
    OBJECTS,
    ACTIVITIES,
    MODIFIERS,
    FAILURE,
    SUCCESS,
    MISFORTUNE,
    GOOD_FORTUNE,
    EMOTIONS;

    /** The card's JSON key for this category, e.g. {@code "good_fortune"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category whose JSON key is {@code key}; throws for an unknown key. */
    public static Category ofKey(String key) {
        for (Category c : values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown card category '" + key + "'");
    }
}
