package org.dreamloom.library.store;

/**
 * Filters for listing dreams; empty strings mean "any". Dates compare as text on the stored date, which is
 * ISO-8601 wherever the source gave a full date.
 *
 * @param dreamer  the dreamer's name (case-insensitive)
 * @param series   a series the dream was imported from
 * @param fromDate earliest date, inclusive (e.g. {@code 1997-01-01})
 * @param toDate   latest date, inclusive
 * @param limit    the most rows to return (0 = no limit)
 * @param offset   rows to skip
 */
public record DreamQuery(String dreamer, String series, String fromDate, String toDate, int limit, int offset) {
    public DreamQuery {
        dreamer = dreamer == null ? "" : dreamer.strip();
        series = series == null ? "" : series.strip();
        fromDate = fromDate == null ? "" : fromDate.strip();
        toDate = toDate == null ? "" : toDate.strip();
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** Every dream the viewer may see. */
    public static DreamQuery all() {
        return new DreamQuery("", "", "", "", 0, 0);
    }
}
