package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.report.Dream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dreamloom list}: the dreams in the library, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List dreams, filtered by dreamer, series and date.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Mixin
    QueryOptions filters;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N dreams; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N dreams.")
    int offset;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 0 || offset < 0) {
            spec.commandLine().getErr().println("dreamloom list: --limit and --offset must not be negative");
            return ExitCodes.USAGE;
        }
        if (filters.rangeProblem() != null) {
            spec.commandLine().getErr().println("dreamloom list: " + filters.rangeProblem());
            return ExitCodes.USAGE;
        }
        List<StoredDream> dreams;
        try (DreamStore store = library.openExisting()) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            dreams = store.list(viewer, filters.query(limit, offset));
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (StoredDream s : dreams) {
                Map<String, Object> m = summary(s);
                m.put("words", words(s.dream().text()));
                rows.add(m);
            }
            out.println(Json.pretty(rows));
        } else {
            for (StoredDream s : dreams) {
                Dream d = s.dream();
                out.printf("%6d  %-16s  %-12s  %-14s  %s%n", s.id(), cut(d.dreamer(), 16), cut(d.date(), 12),
                        cut(d.series(), 14), cut(d.text().replaceAll("\\s+", " "), 70));
            }
            if (dreams.isEmpty()) {
                out.println(filtered() ? "No dreams match these filters (see dreamloom list without them)."
                        : offset > 0 ? "No dreams past --offset " + offset + "."
                        : "No dreams match. Import some with: dreamloom import PATH");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Whether a filter narrowed the list (then an empty list does not mean an empty library). */
    private boolean filtered() {
        org.dreamloom.library.store.DreamQuery q = filters.query(limit, offset);
        return !q.dreamer().isEmpty() || !q.series().isEmpty() || !q.fromDate().isEmpty() || !q.toDate().isEmpty();
    }

    static Map<String, Object> summary(StoredDream s) {
        Dream d = s.dream();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("dreamer", d.dreamer());
        m.put("date", d.date());
        m.put("series", d.series());
        m.put("title", d.title());
        m.put("source", d.source());
        m.put("source_key", d.sourceKey());
        m.put("visibility", s.visibility().db());
        return m;
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
