package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dreamloom reindex}: rebuilds the search index of a library from the library itself. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index (kept beside the library, in <library>.index/) from the library:"
                + " every dream, the codes of its latest coding, its labels (nightmare, lucid) and its meaning vectors.",
            "search, similar and threads rebuild a stale index by themselves; use this after a crash or to start over."})
public final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Mixin
    SearchSession.Options search;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (SearchSession s = SearchSession.open(library, search, spec.commandLine().getErr(), "reindex", false)) {
            long t0 = System.nanoTime();
            int n = s.rebuild();
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("Indexed %,d dreams in %.1f s (%.1f dreams/s) into %s%n", n, secs, secs > 0 ? n / secs : 0.0,
                    SearchSession.indexDir(library.path()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
