package org.dreamloom.io;

import java.util.Locale;

/** The archive formats the importer reads; {@link #AUTO} picks one per file from its name and content. */
public enum ImportFormat {
    AUTO, TEXT, DREAMBANK, CSV, JSONL, CARDS;

    /** The format named {@code name} (case-insensitive), for command-line parsing. */
    public static ImportFormat of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
