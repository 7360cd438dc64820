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

    /**
     * Whether {@code v} is a date bound as these filters read it: a year, a month or a day that exists (2024,
     * 2024-03, 2024-03-05; not 2020-13 or 2021-02-29). The command line and the web API both check with this.
     */
    public static boolean isDateBound(String v) {
        try {
            if (v.matches("\\d{4}")) {
                return true;
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                java.time.YearMonth.parse(v);
                return true;
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                java.time.LocalDate.parse(v); // ISO_LOCAL_DATE is strict: February 31 does not parse
                return true;
            }
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        return false;
    }

    /**
     * The highest stored date text that {@code toDate} still covers: a bare year, month or day includes all of it,
     * whatever follows in the stored text (2020 covers 2020-12-31).
     */
    static String upToIncluding(String toDate) {
        return toDate + "\uFFFF";
    }

    /** Whether {@code from}..{@code to} can hold no date: from lies after all that {@code to} covers. */
    public static boolean endsBeforeItStarts(String from, String to) {
        return !from.isEmpty() && !to.isEmpty() && from.compareTo(upToIncluding(to)) > 0;
    }
}
