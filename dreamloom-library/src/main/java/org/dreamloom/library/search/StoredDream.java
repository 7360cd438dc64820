package org.dreamloom.library.search;

/**
 * A dream as read back from the index: the record it was indexed from and its mean embedding (unit length,
 * or null when its text was blank).
 */
public record StoredDream(IndexedDream dream, float[] vector) {}
