package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.dreamloom.library.threads.Reason;
import org.dreamloom.library.threads.SimilarDream;
import org.dreamloom.library.threads.Threads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dreamloom similar ID}: the dreams most like one dream, with the reasons. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "The dreams most like dream ID (close in meaning, sharing symbols, characters or emotions),"
                + " strongest first, each with why.")
public final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Mixin
    SearchSession.Options options;
    @Parameters(index = "0", paramLabel = "ID", description = "The dream's id (see dreamloom list or search).")
    long id;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many (default 10).")
    int limit;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("dreamloom similar: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        List<SimilarDream> similar;
        try (SearchSession s = SearchSession.open(library, options, err, "similar", true)) {
            similar = new Threads(s.index).similar(s.viewer, id, limit);
        } catch (NoSuchElementException e) {
            err.println("dreamloom similar: no dream " + id + " in " + library.path() + " — see dreamloom list for the ids");
            return ExitCodes.DATA;
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("similar", similar.stream().map(SimilarCommand::json).toList());
            out.println(Json.pretty(m));
        } else if (similar.isEmpty()) {
            out.println("No dream is linked to dream " + id + ".");
        } else {
            out.println("Dreams like dream " + id + ":");
            similar.forEach(d -> print(out, "  ", d));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** One linked dream on one line, its reasons on the next. */
    static void print(PrintWriter out, String indent, SimilarDream d) {
        out.printf("%s#%d  %s%s  score %.2f%n", indent, d.id(), d.dreamer().isEmpty() ? "(no dreamer)" : d.dreamer(),
                d.date() == null ? "" : "  " + d.date(), d.score());
        List<String> why = new ArrayList<>();
        for (Reason r : d.reasons()) {
            why.add(r.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + r.detail());
        }
        if (!why.isEmpty()) {
            out.println(indent + "    " + String.join("; ", why));
        }
    }

    /** One linked dream as JSON. */
    static Map<String, Object> json(SimilarDream d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("dreamer", d.dreamer());
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("score", d.score());
        m.put("cosine", d.cosine());
        m.put("reasons", d.reasons().stream().map(r -> {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            rm.put("detail", r.detail());
            rm.put("weight", r.weight());
            return rm;
        }).toList());
        return m;
    }
}
