package org.dreamloom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code dream} column of a few DreamBank TSV files ({@code "n"	"date"	"dream"}, fields in double
 * quotes, {@code ""} for a quote, newlines allowed inside quotes): the corpus slice benchmarks run over.
 */
public final class DreamBankSlice {
    /** Series read by default: English, mixed lengths, about 3,000 reports together. */
    public static final List<String> DEFAULT_SERIES = List.of("alta", "b", "arlie", "angie", "bea1", "bay_area_girls_456");

    private DreamBankSlice() {
    }

    /** The folder of the DreamBank scrape under the shared data folder ({@code -Ddreamloom.shared}, default ../shared). */
    public static Path defaultDir() {
        return Path.of(System.getProperty("dreamloom.shared", "../shared"), "data", "dreambank");
    }

    /** Up to {@code limit} non-empty reports from the given series, in file order. */
    public static List<String> read(Path dir, List<String> series, int limit) {
        List<String> out = new ArrayList<>();
        for (String s : series) {
            Path file = dir.resolve(s + ".tsv");
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no DreamBank series file " + file
                        + ": pass -Ddreamloom.shared=<shared folder> or choose other series");
            }
            try {
                for (List<String> row : parse(Files.readString(file, StandardCharsets.UTF_8), file)) {
                    if (out.size() >= limit) {
                        return out;
                    }
                    String dream = row.get(row.size() - 1);
                    if (!dream.isBlank()) {
                        out.add(dream);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return out;
    }

    /** Rows after the header; the dream column is the header's "dream" column (the last one in the scrape). */
    static List<List<String>> parse(String text, Path file) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int dreamColumn = -1;
        boolean header = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '\t') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (header) {
                    dreamColumn = row.indexOf("dream");
                    if (dreamColumn < 0) {
                        throw new IllegalArgumentException(file + ":1: no 'dream' column in the header " + row);
                    }
                    header = false;
                } else if (row.size() > dreamColumn) {
                    rows.add(List.of(row.get(dreamColumn)));
                }
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (!header && (field.length() > 0 || !row.isEmpty())) {
            row.add(field.toString());
            if (row.size() > dreamColumn) {
                rows.add(List.of(row.get(dreamColumn)));
            }
        }
        return rows;
    }
}
