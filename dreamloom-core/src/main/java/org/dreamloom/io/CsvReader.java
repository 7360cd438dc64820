package org.dreamloom.io;

import java.nio.file.Path;
import java.util.List;
import org.dreamloom.report.DecodedText;

/**
 * Reads CSV or TSV with a header row (SDDb, krank and spreadsheet exports): one dream per row, columns
 * recognised by {@link Columns}. The delimiter is a tab for {@code .tsv}, otherwise the most frequent of comma,
 * semicolon and tab in the header line.
 */
final class CsvReader implements FormatReader {
    @Override
    public void read(Path file, DecodedText decoded, ImportOptions options, ImportListener listener) {
        String text = decoded.text();
        char delim = delimiter(file, text);
        DelimitedParser parser = new DelimitedParser(text, delim);
        DelimitedParser.Row header = parser.next();
        if (header == null) {
            listener.problem(new ImportProblem(file, 0, "the file is empty", "export the table with a header row"));
            return;
        }
        if (header.error() != null) {
            listener.problem(new ImportProblem(file, header.line(), "the header row cannot be read: " + header.error(),
                    "fix the header row"));
            return;
        }
        Columns columns;
        try {
            columns = Columns.resolve(header.fields(), options.columns());
        } catch (IllegalArgumentException e) {
            listener.problem(new ImportProblem(file, header.line(), e.getMessage(), "fix the --column option"));
            return;
        }
        if (!columns.hasReport()) {
            listener.problem(new ImportProblem(file, header.line(),
                    "no column holds the report text (the columns are: " + String.join(", ", header.fields()) + ")",
                    "name it with --column report=NAME, or call it report, text, dream or content"));
            return;
        }
        String twice = ambiguousColumn(header.fields(), columns);
        if (twice != null) {
            listener.problem(new ImportProblem(file, header.line(), twice,
                    "rename or remove one of the two columns in the header row"));
            return;
        }
        String source = file.toAbsolutePath().normalize().toString();
        int width = header.fields().size();
        boolean anyRow = false;
        DelimitedParser.Row row;
        while ((row = parser.next()) != null) {
            anyRow = true;
            if (row.error() != null) {
                listener.problem(new ImportProblem(file, row.line(), row.error(),
                        "fix the quoting of this row (this row is skipped; the other rows are still read)"));
                continue;
            }
            List<String> f = row.fields();
            if (f.size() != width) {
                listener.problem(new ImportProblem(file, row.line(), "the row has " + f.size()
                        + " fields but the header has " + width, "check the delimiters and quotes of this row"));
                continue;
            }
            String report = columns.get(f, "report");
            String key = columns.get(f, "key");
            ReportCheck.Fields fields = new ReportCheck.Fields(columns.get(f, "dreamer"), columns.get(f, "date"),
                    columns.get(f, "series"), source, key.isEmpty() ? "row " + row.line() : key,
                    columns.get(f, "title"), columns.extra(f));
            int last = ReportCheck.lastLine(row.line(), String.join(" ", f));
            ReportCheck.Result r = ReportCheck.check(report, fields, file, row.line(), last,
                    decoded.malformedLines(), options);
            r.deliver(listener, file, row.line(), null);
        }
        if (!anyRow) {
            listener.problem(new ImportProblem(file, header.line(), "the table has a header row but no dreams under it",
                    "check that this is the file you meant; export the table with its rows"));
        }
    }

    /**
     * The problem of a header that names a dream field's column twice ({@code report,report}): which one holds
     * the field would be a guess, so the file is refused rather than importing the wrong text. Null when none.
     */
    static String ambiguousColumn(List<String> header, Columns columns) {
        for (String field : Columns.KNOWN.keySet()) {
            Integer idx = columns.index(field);
            if (idx == null) {
                continue;
            }
            String name = normalised(header.get(idx));
            for (int i = 0; i < header.size(); i++) {
                if (i != idx && normalised(header.get(i)).equals(name)) {
                    return "the header names the column '" + header.get(idx).strip() + "' twice (columns "
                            + (Math.min(i, idx) + 1) + " and " + (Math.max(i, idx) + 1) + "), so which one holds the "
                            + field + " is unclear";
                }
            }
        }
        return null;
    }

    private static String normalised(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    static char delimiter(Path file, String text) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv")) {
            return '\t';
        }
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        char best = ',';
        long bestCount = first.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long count = first.chars().filter(x -> x == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }
}
