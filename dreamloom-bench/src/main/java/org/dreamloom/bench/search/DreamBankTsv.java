package org.dreamloom.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tiny reader of the DreamBank scrape's {@code <series>.tsv} files for benchmarks: tab-separated, every
 * field in double quotes (doubled inside), a header with {@code n}, optional {@code date}, and {@code dream}.
 * Not an importer: no repair, no validation beyond skipping rows without a dream.
 */
public final class DreamBankTsv {
    private static final Pattern SEX = Pattern.compile("\"sex\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private DreamBankTsv() {}

    /** One row. */
    public record Row(String series, String n, String date, String sex, String dream) {
        /** The first plausible year in the date column, or 0. */
        public int year() {
            Matcher m = YEAR.matcher(date == null ? "" : date);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
    }

    /** Every row of every {@code .tsv} in {@code dir}, files in name order. */
    public static List<Row> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            String series = f.getFileName().toString().replaceFirst("\\.tsv$", "");
            Path meta = dir.resolve(series + ".json");
            String sex = "";
            if (Files.exists(meta)) {
                Matcher m = SEX.matcher(Files.readString(meta, StandardCharsets.UTF_8));
                sex = m.find() ? m.group(1) : "";
            }
            List<List<String>> records = parse(Files.readString(f, StandardCharsets.UTF_8));
            if (records.isEmpty()) {
                continue;
            }
            List<String> header = records.get(0);
            int n = header.indexOf("n");
            int date = header.indexOf("date");
            int dream = header.indexOf("dream");
            if (dream < 0) {
                System.err.println(f + ":1: no 'dream' column; file skipped");
                continue;
            }
            for (int i = 1; i < records.size(); i++) {
                List<String> r = records.get(i);
                if (r.size() <= dream || r.get(dream).isBlank()) {
                    continue;
                }
                rows.add(new Row(series, n >= 0 && n < r.size() ? r.get(n) : "", date >= 0 && date < r.size() ? r.get(date) : "",
                        sex, r.get(dream)));
            }
        }
        return rows;
    }

    /** Splits TSV text into records of fields; quoted fields may hold tabs, newlines and doubled quotes. */
    public static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == '\t') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    out.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            out.add(row);
        }
        return out;
    }
}
