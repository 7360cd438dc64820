package org.dreamloom.library.search;

/**
 * A dream near a vector: its id, the cosine of its closest chunk, and that chunk's range in the report.
 */
public record Neighbour(long id, double cosine, Span chunk) {}
