package org.dreamloom.library.store;

import java.util.Locale;

/** Who may see a dream besides its owner: nobody, people it is shared with, or everyone. */
public enum Visibility {
    PRIVATE, SHARED, PUBLIC;

    /** The value stored in the database. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The visibility stored as {@code value}. */
    public static Visibility ofDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
