package org.dreamloom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.bench.search.DreamBankTsv;

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

    /** Rows after the header, each holding the header's "dream" column (the last one in the scrape). */
    static List<List<String>> parse(String text, Path file) {
        List<List<String>> records = DreamBankTsv.parse(text);
        if (records.isEmpty()) {
            return List.of();
        }
        int dreamColumn = records.get(0).indexOf("dream");
        if (dreamColumn < 0) {
            throw new IllegalArgumentException(file + ":1: no 'dream' column in the header " + records.get(0));
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() > dreamColumn) {
                rows.add(List.of(record.get(dreamColumn)));
            }
        }
        return rows;
    }
}
