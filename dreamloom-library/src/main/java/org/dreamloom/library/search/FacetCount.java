package org.dreamloom.library.search;

/**
 * How many of one dreamer's (or series') dreams match: "12 of 300 dreams, 4%". Both counts are of the
 * dreams the viewer may see.
 */
public record FacetCount(String value, long matching, long total) {
    /** Matching as a percentage of total, 0 when total is 0. */
    public double percent() {
        return total == 0 ? 0 : 100.0 * matching / total;
    }

    /** "12 of 300 dreams, 4%". */
    @Override
    public String toString() {
        return value + ": " + matching + " of " + total + " dreams, " + Math.round(percent()) + "%";
    }
}
