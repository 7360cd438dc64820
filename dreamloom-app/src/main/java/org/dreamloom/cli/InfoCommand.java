package org.dreamloom.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.LibraryStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dreamloom info}: what the library holds. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Summarise the library: dreams, dreamers, series, sources, codings.")
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (DreamStore store = library.openExisting()) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            print(spec.commandLine().getOut(), store.location(), store.stats(viewer), json);
        }
        return ExitCodes.OK;
    }

    /** Prints a summary of {@code stats}; shared with the demo command. */
    static void print(PrintWriter out, String location, LibraryStats s, boolean json) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("library", location);
            m.put("dreams", s.dreams());
            m.put("dreamers", s.dreamers());
            m.put("series", s.series());
            m.put("sources", s.sources());
            m.put("codings", s.codings());
            m.put("coders", s.coders());
            m.put("repaired", s.repaired());
            out.println(Json.pretty(m));
        } else {
            out.printf("Library   %s%n", location);
            out.printf("Dreams    %,d%n", s.dreams());
            out.printf("Dreamers  %,d%n", s.dreamers());
            out.printf("Series    %,d%n", s.series());
            out.printf("Sources   %,d%n", s.sources());
            out.printf("Repaired  %,d%n", s.repaired());
            out.printf("Codings   %,d%s%n", s.codings(), s.coders().isEmpty() ? "" : " " + s.coders());
        }
        out.flush();
    }
}
