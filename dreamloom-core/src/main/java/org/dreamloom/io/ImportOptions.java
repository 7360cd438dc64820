package org.dreamloom.io;

import java.util.Map;

/**
 * How to read the inputs.
 *
 * @param format          the format, or {@link ImportFormat#AUTO}
 * @param dreamer         a dreamer name for every report (overrides the files), or empty
 * @param columns         column overrides for CSV/JSONL, field name (report, dreamer, date, sex, age, title, series, key) to column
 * @param maxReportChars  the longest report accepted, in characters
 * @param series          a series name for every report (overrides the files), or empty
 */
public record ImportOptions(ImportFormat format, String dreamer, Map<String, String> columns, int maxReportChars,
        String series) {
    /** The default limit: far above any real report (DreamBank's longest is about 23,000 characters). */
    public static final int DEFAULT_MAX_REPORT_CHARS = 100_000;

    public ImportOptions {
        format = format == null ? ImportFormat.AUTO : format;
        dreamer = dreamer == null ? "" : dreamer.strip();
        series = series == null ? "" : series.strip();
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        if (maxReportChars <= 0) {
            throw new IllegalArgumentException("maxReportChars must be positive");
        }
    }

    /** Options that keep the files' own series. */
    public ImportOptions(ImportFormat format, String dreamer, Map<String, String> columns, int maxReportChars) {
        this(format, dreamer, columns, maxReportChars, "");
    }

    /** Automatic format, no overrides, the default size limit. */
    public static ImportOptions defaults() {
        return new ImportOptions(ImportFormat.AUTO, "", Map.of(), DEFAULT_MAX_REPORT_CHARS);
    }
}
