package org.dreamloom.library.search;

/** A half-open character range {@code [start, end)} into a report. */
public record Span(int start, int end) {}
