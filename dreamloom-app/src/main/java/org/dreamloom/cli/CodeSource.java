package org.dreamloom.cli;

/** Which codes a selection is profiled with. */
public enum CodeSource {
    /** The codes stored with the dreams (a card file's own human codes). */
    HUMAN,
    /** Codes produced now by Dreamloom's automatic coder from the report text. */
    AUTO
}
