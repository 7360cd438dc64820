package org.dreamloom.library.store;

/** What one committed batch did: new dreams stored, and reports that were already in the library. */
public record BatchResult(int inserted, int duplicates) {
}
