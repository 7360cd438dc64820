package org.dreamloom.bench;

/**
 * One report of a benchmark corpus with the fields search filters on.
 *
 * @param series  the DreamBank series (or synthetic series) name
 * @param dreamer the dreamer, may be empty
 * @param date    ISO date text (yyyy[-mm[-dd]]) or empty
 * @param sex     the dreamer's sex as the source gives it, may be empty
 * @param text    the report
 */
public record CorpusReport(String series, String dreamer, String date, String sex, String text) {
    public CorpusReport {
        series = series == null ? "" : series;
        dreamer = dreamer == null ? "" : dreamer;
        date = date == null ? "" : date;
        sex = sex == null ? "" : sex;
        java.util.Objects.requireNonNull(text, "text");
    }
}
