package org.dreamloom.library.search;

import java.util.Locale;

/** Who may see a dream besides its owner: nobody (PRIVATE), or every user (SHARED, PUBLIC). */
public enum Visibility {
    PRIVATE,
    SHARED,
    PUBLIC;

    /** The form stored in the index. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The visibility stored as {@code key}. */
    public static Visibility ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
