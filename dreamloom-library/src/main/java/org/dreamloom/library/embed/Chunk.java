package org.dreamloom.library.embed;

/**
 * One piece of a report small enough for the embedding model to read whole: a half-open character range
 * {@code [start, end)} into the report, its text, and its size in model tokens.
 */
public record Chunk(int start, int end, String text, int tokens) {}
