package org.dreamloom.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dreamloom.report.DecodedText;

/**
 * Reads one DreamBank series: {@code <series>.tsv} (columns {@code n}, optional {@code date}, {@code dream}) and
 * its {@code <series>.json} metadata (short_name, long_name, sex, timeframe, description). The dreamer is the
 * long name up to its first colon, comma or parenthesis, without a trailing series number ("Izzy, age 12" and
 * "Izzy (all)" are both Izzy).
 */
final class DreamBankReader implements FormatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s*#?\\d+$");

    @Override
    public void read(Path file, DecodedText decoded, ImportOptions options, ImportListener listener) {
        String base = baseName(file);
        SeriesInfo info = seriesInfo(file, base, listener);
        listener.series(info);
        DelimitedParser parser = new DelimitedParser(decoded.text(), '\t');
        DelimitedParser.Row header = parser.next();
        if (header == null || header.error() != null) {
            listener.problem(new ImportProblem(file, 1, "the DreamBank header row (n, date, dream) is missing or broken",
                    "check that this is a DreamBank series file"));
            return;
        }
        List<String> names = header.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int iText = names.indexOf("dream");
        int iN = names.indexOf("n");
        int iDate = names.indexOf("date");
        if (iText < 0) {
            listener.problem(new ImportProblem(file, 1, "no 'dream' column (the columns are: "
                    + String.join(", ", header.fields()) + ")", "use --format csv --column report=NAME for other tables"));
            return;
        }
        String source = "dreambank:" + info.name();
        Map<String, String> meta = info.sex().isEmpty() ? Map.of() : Map.of("sex", info.sex());
        DelimitedParser.Row row;
        while ((row = parser.next()) != null) {
            if (row.error() != null) {
                listener.problem(new ImportProblem(file, row.line(), row.error(),
                        "fix the quoting of this row (this row is skipped; the other rows are still read)"));
                continue;
            }
            List<String> f = row.fields();
            if (f.size() != names.size()) {
                listener.problem(new ImportProblem(file, row.line(), "the row has " + f.size()
                        + " fields but the header has " + names.size(), "check the tabs and quotes of this row"));
                continue;
            }
            String text = f.get(iText);
            String n = iN >= 0 ? f.get(iN).strip() : "row " + row.line();
            ReportCheck.Fields fields = new ReportCheck.Fields(info.dreamer(), iDate >= 0 ? f.get(iDate) : "",
                    info.name(), source, n, "", meta);
            ReportCheck.Result r = ReportCheck.check(text, fields, file, row.line(),
                    ReportCheck.lastLine(row.line(), text), decoded.malformedLines(), options);
            r.deliver(listener, file, row.line(), null);
        }
    }

    /** Whether {@code tsv} has the metadata file of a DreamBank series beside it. */
    static boolean hasMetadata(Path tsv) {
        return Files.isRegularFile(metadataFile(tsv));
    }

    /** Whether the first line is a DreamBank series header: {@code n}, optional {@code date}, {@code dream}. */
    static boolean hasSeriesHeader(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").replace("\uFEFF", "").strip();
        List<String> columns = List.of(first.toLowerCase(Locale.ROOT).split("\t", -1));
        return columns.equals(List.of("n", "dream")) || columns.equals(List.of("n", "date", "dream"));
    }

    static Path metadataFile(Path tsv) {
        return tsv.resolveSibling(baseName(tsv) + ".json");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static SeriesInfo seriesInfo(Path tsv, String base, ImportListener listener) {
        Path json = metadataFile(tsv);
        Map<String, String> meta = new LinkedHashMap<>();
        String name = base;
        String longName = base;
        String sex = "";
        if (Files.isRegularFile(json)) {
            try {
                JsonNode root = JSON.readTree(Files.readAllBytes(json));
                if (root == null || !root.isObject()) {
                    throw new com.fasterxml.jackson.databind.JsonMappingException(null,
                            "it is not a JSON object with short_name, long_name and sex");
                }
                for (String k : List.of("short_name", "long_name", "sex")) {
                    JsonNode v = root.get(k);
                    if (v != null && !v.isNull() && !v.isTextual()) {
                        listener.problem(new ImportProblem(json, 0, "'" + k + "' is "
                                + org.dreamloom.io.cards.JsonKinds.describe(v) + ", not text; it is ignored",
                                "write it as a string in quotes; the series is imported without it"));
                    }
                }
                name = textOr(root, "short_name", base).strip();
                longName = textOr(root, "long_name", base).strip().replaceAll("\\s+", " ");
                sex = textOr(root, "sex", "").strip();
                for (String k : List.of("timeframe", "description", "n_dreams")) {
                    if (root.hasNonNull(k)) {
                        meta.put(k, root.get(k).asText());
                    }
                }
            } catch (IOException e) {
                // Jackson's own message, without the "at [Source: ...]" location that means nothing to a user
                String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                        ? org.dreamloom.io.cards.JsonKinds.message(j) : String.valueOf(e.getMessage());
                listener.problem(new ImportProblem(json, 0, "the series metadata cannot be read ("
                        + String.valueOf(why).lines().findFirst().orElse("") + ")",
                        "fix or remove the .json file; the series is imported without it"));
            }
        }
        if (name.isEmpty()) {
            name = base;
        }
        return new SeriesInfo(name, longName, dreamerOf(longName), sex, meta);
    }

    private static String textOr(JsonNode root, String key, String dflt) {
        JsonNode v = root.get(key);
        return v != null && v.isTextual() ? v.asText() : dflt;
    }

    /** The dreamer named by a series' long name. */
    static String dreamerOf(String longName) {
        String s = longName;
        for (String cut : List.of(":", ",", "(")) {
            int i = s.indexOf(cut);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        s = TRAILING_NUMBER.matcher(s.strip()).replaceAll("").strip();
        return s.isEmpty() ? longName.strip() : s;
    }
}
