package org.dreamloom.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardJson;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredCoding;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.report.Dream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dreamloom export}: the library's dreams as CSV, JSONL or HVdC card JSONL, for R, SPSS or another library. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export dreams as csv (one row per dream), jsonl (one object per line) or cards "
                + "(HVdC card JSONL: each dream's latest coding, or an empty card)."})
public final class ExportCommand implements Callable<Integer> {
    private static final List<String> CSV_COLUMNS = List.of("id", "dreamer", "date", "series", "source", "source_key",
            "title", "sex", "age", "words", "report");

    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Mixin
    QueryOptions filters;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv, jsonl or cards (default: ${DEFAULT-VALUE}).")
    String format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;
    @Option(names = "--coder", paramLabel = "VERSION", description = "For cards: the coder version to export (default: the latest card of each dream).")
    String coder;

    @Override
    public Integer call() {
        String fmt = format.toLowerCase(Locale.ROOT).strip();
        if (!List.of("csv", "jsonl", "cards").contains(fmt)) {
            spec.commandLine().getErr().println("dreamloom export: --format must be csv, jsonl or cards, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        if (filters.rangeProblem() != null) {
            spec.commandLine().getErr().println("dreamloom export: " + filters.rangeProblem());
            return ExitCodes.USAGE;
        }
        Writer target;
        try {
            target = output == null ? spec.commandLine().getOut()
                    : new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("dreamloom export: " + OutputFailure.describe("", output, e));
            return ExitCodes.CANT_CREATE;
        }
        PrintWriter out = target instanceof PrintWriter pw ? pw : new PrintWriter(target);
        long[] n = {0};
        try (DreamStore store = library.openExisting()) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            n[0] = write(out, store, viewer, store.list(viewer, filters.query(0, 0)), fmt, coder);
        } finally {
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        if (output != null) {
            spec.commandLine().getErr().printf("Exported %,d dreams to %s%n", n[0], output);
        }
        return ExitCodes.OK;
    }

    /**
     * Writes {@code dreams} in {@code fmt} (csv, jsonl or cards; cards take the latest coding, or that of
     * {@code coder} when not null) and returns how many were written. Shared with the web app's export.
     */
    public static long write(PrintWriter out, DreamStore store, long viewer, List<StoredDream> dreams, String fmt,
            String coder) {
        long n = 0;
        if (fmt.equals("csv")) {
            out.print(String.join(",", CSV_COLUMNS) + "\r\n");
        }
        for (StoredDream s : dreams) {
            n++;
            switch (fmt) {
                case "csv" -> out.print(csvRow(s) + "\r\n");
                case "jsonl" -> out.println(jsonLine(s));
                default -> out.println(CardJson.format(card(store, viewer, s, coder)));
            }
        }
        return n;
    }

    private static Card card(DreamStore store, long viewer, StoredDream s, String coder) {
        List<StoredCoding> codings = store.codingsFor(viewer, s.id());
        StoredCoding chosen = null;
        for (StoredCoding c : codings) {
            if (coder == null || c.coderVersion().equals(coder)) {
                chosen = c;
            }
        }
        Dream d = s.dream();
        String series = d.series().isEmpty() ? d.dreamer() : d.series();
        String number = d.sourceKey().isEmpty() ? String.valueOf(s.id()) : d.sourceKey();
        if (chosen == null) {
            return Card.empty(series, number, d.text());
        }
        return new Card(series, number, d.text(), chosen.card().codes());
    }

    private static String jsonLine(StoredDream s) {
        Dream d = s.dream();
        Map<String, Object> m = ListCommand.summary(s);
        m.put("metadata", d.metadata());
        m.put("report", d.text());
        return Json.line(m);
    }

    private static String csvRow(StoredDream s) {
        Dream d = s.dream();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", String.valueOf(s.id()));
        v.put("dreamer", d.dreamer());
        v.put("date", d.date());
        v.put("series", d.series());
        v.put("source", d.source());
        v.put("source_key", d.sourceKey());
        v.put("title", d.title());
        v.put("sex", d.metadata().getOrDefault("sex", ""));
        v.put("age", d.metadata().getOrDefault("age", ""));
        v.put("words", String.valueOf(ListCommand.words(d.text())));
        v.put("report", d.text());
        StringBuilder b = new StringBuilder();
        for (String c : CSV_COLUMNS) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(csv(v.get(c)));
        }
        return b.toString();
    }

    /** RFC 4180 quoting: quote when needed, double inner quotes. */
    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
