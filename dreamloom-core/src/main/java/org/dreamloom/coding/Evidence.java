package org.dreamloom.coding;

import java.util.Objects;

/**
 * The words of a report that justify a code: a half-open character range {@code [start, end)} into the
 * report text, with the text it covers.
 */
public record Evidence(int start, int end, String text) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
    }

    /** The span {@code [start, end)} of {@code report}. */
    public static Evidence of(String report, int start, int end) {
        return new Evidence(start, end, report.substring(start, end));
    }
}
