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
        String source = file.toAbsolutePath().normalize().toString();
        int width = header.fields().size();
        DelimitedParser.Row row;
        while ((row = parser.next()) != null) {
            if (row.error() != null) {
                listener.problem(new ImportProblem(file, row.line(), row.error(),
                        "fix the quoting of this row (the other rows were imported)"));
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
