package org.dreamloom.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One dream report as read from an archive, before it is stored: the repaired text, the text as it arrived,
 * who dreamed it, when, and where it came from. Immutable.
 *
 * @param text      the report after encoding repair and NFC normalisation
 * @param original  the text exactly as decoded from the file (before repair)
 * @param dreamer   the dreamer's name or id, may be empty when unknown
 * @param date      the date as written in the source (ISO where possible), may be empty
 * @param series    the series or collection the report belongs to, may be empty
 * @param source    where it came from (e.g. {@code dreambank:izzy0} or a file path)
 * @param sourceKey the report's key inside its source (row number, DreamBank {@code n}, heading), may be empty
 * @param title     a title (Markdown heading, CSV title column), may be empty
 * @param metadata  further fields (sex, age, ...), sorted by key
 * @param repairs   what was repaired in the text, in words; empty when nothing was
 */
public record Dream(String text, String original, String dreamer, String date, String series, String source,
        String sourceKey, String title, Map<String, String> metadata, List<String> repairs) {

    public Dream {
        Objects.requireNonNull(text, "text");
        original = original == null ? text : original;
        dreamer = nz(dreamer);
        date = nz(date);
        series = nz(series);
        source = nz(source);
        sourceKey = nz(sourceKey);
        title = nz(title);
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(metadata));
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
    }

    /** The hash that identifies this report in a library: see {@link ContentHash}. */
    public String contentHash() {
        return ContentHash.of(text);
    }

    /** This dream with another dreamer name (the {@code --dreamer} override). */
    public Dream withDreamer(String name) {
        return new Dream(text, original, name, date, series, source, sourceKey, title, metadata, repairs);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
