package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.dreamloom.library.threads.DreamThread;
import org.dreamloom.library.threads.DreamerThemes;
import org.dreamloom.library.threads.SimilarDream;
import org.dreamloom.library.threads.Theme;
import org.dreamloom.library.threads.Threads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dreamloom threads ID | --dreamer NAME}: the threads through a dream, or a dreamer's recurring themes. */
@Command(name = "threads", mixinStandardHelpOptions = true,
        description = {"With ID: the threads through one dream — its theme among its dreamer's dreams, the dreamer's"
                + " linked dreams before and after it, and linked dreams of other dreamers.",
            "With --dreamer NAME: the dreamer's recurring themes, each with its distinctive words and its dreams."})
public final class ThreadsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Mixin
    SearchSession.Options options;
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A dream's id.")
    Long id;
    @Option(names = "--dreamer", paramLabel = "NAME", description = "A dreamer's name, for their themes.")
    String dreamer;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Linked dreams per list (default 10).")
    int limit;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((id == null) == (dreamer == null || dreamer.isBlank())) {
            err.println("dreamloom threads: give a dream ID or --dreamer NAME (one of them)");
            return ExitCodes.USAGE;
        }
        if (limit < 1) {
            err.println("dreamloom threads: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        try (SearchSession s = SearchSession.open(library, options, err, "threads", true)) {
            Threads threads = new Threads(s.index);
            if (id != null) {
                DreamThread t = threads.thread(s.viewer, id, limit);
                if (json) {
                    out.println(Json.pretty(json(t)));
                } else {
                    print(out, t);
                }
            } else {
                DreamerThemes themes = threads.themes(s.viewer, dreamer.strip());
                if (themes.dreams() == 0) {
                    err.println("dreamloom threads: no dreams of dreamer '" + dreamer.strip() + "' in " + library.path()
                            + " — see dreamloom list for the dreamers");
                    return ExitCodes.DATA;
                }
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("dreamer", themes.dreamer());
                    m.put("dreams", themes.dreams());
                    m.put("themes", themes.themes().stream().map(ThreadsCommand::json).toList());
                    out.println(Json.pretty(m));
                } else {
                    out.printf("%s: %d themes over %d dreams%n", themes.dreamer(), themes.themes().size(), themes.dreams());
                    themes.themes().forEach(t -> print(out, t));
                }
            }
        } catch (NoSuchElementException e) {
            err.println("dreamloom threads: no dream " + id + " in " + library.path() + " — see dreamloom list for the ids");
            return ExitCodes.DATA;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, DreamThread t) {
        out.printf("Threads through dream %d%s%n", t.id(), t.dreamer().isEmpty() ? "" : " (" + t.dreamer() + ")");
        if (t.theme() != null) {
            out.println("Theme:");
            print(out, t.theme());
        }
        list(out, "Earlier dreams of the dreamer", t.earlier());
        list(out, "Later dreams of the dreamer", t.later());
        list(out, "Other dreamers", t.others());
    }

    private static void list(PrintWriter out, String title, List<SimilarDream> dreams) {
        out.println(title + ":" + (dreams.isEmpty() ? " none" : ""));
        dreams.forEach(d -> SimilarCommand.print(out, "  ", d));
    }

    private static void print(PrintWriter out, Theme t) {
        out.printf("  %d. %s  (%d dreams%s, coherence %.2f)%n", t.number(), t.label(), t.dreams().size(),
                t.first() == null ? "" : ", " + t.first() + " to " + t.last(), t.coherence());
        out.println("     dreams: " + String.join(" ", t.dreams().stream().map(m -> "#" + m.id()).toList()));
    }

    private static Map<String, Object> json(DreamThread t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("dreamer", t.dreamer());
        m.put("theme", t.theme() == null ? null : json(t.theme()));
        m.put("earlier", t.earlier().stream().map(SimilarCommand::json).toList());
        m.put("later", t.later().stream().map(SimilarCommand::json).toList());
        m.put("others", t.others().stream().map(SimilarCommand::json).toList());
        return m;
    }

    private static Map<String, Object> json(Theme t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("label", t.label());
        m.put("terms", t.terms());
        m.put("first", t.first() == null ? null : t.first().toString());
        m.put("last", t.last() == null ? null : t.last().toString());
        m.put("coherence", t.coherence());
        m.put("dreams", t.dreams().stream().map(d -> {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("id", d.id());
            dm.put("date", d.date() == null ? null : d.date().toString());
            dm.put("cosine", d.cosine());
            return dm;
        }).toList());
        return m;
    }
}
