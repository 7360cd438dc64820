package org.dreamloom.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.LibraryImport;
import org.dreamloom.library.store.Visibility;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dreamloom demo}: imports the bundled sample dreams into a demo library and prints its summary. Safe to
 * run again: the samples are already there the second time, so nothing is added.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import the bundled sample dreams (samples/) into a demo library and print its summary.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--library", paramLabel = "PATH",
            description = "The demo library (default: demo.db in the Dreamloom data folder).")
    Path library;
    @Option(names = "--samples", paramLabel = "DIR", description = "The sample folder (default: samples/ of the Dreamloom checkout).")
    Path samples;
    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = samples != null ? samples : findSamples();
        if (dir == null || !Files.isDirectory(dir)) {
            err.println(dir != null && Files.exists(dir)
                    ? "dreamloom demo: --samples " + dir + " is a file, not a folder — give the folder of sample dreams"
                    : "dreamloom demo: cannot find the samples folder" + (dir == null ? "" : " " + dir)
                            + " — run from the Dreamloom checkout or pass --samples DIR");
            return ExitCodes.NO_INPUT;
        }
        Path lib = library != null ? library : LibraryOption.dataDir().resolve("demo.db");
        try (DreamStore store = DreamStore.open(lib)) {
            long owner = store.ownerId(DreamStore.LOCAL_OWNER);
            LibraryImport.Summary s = new LibraryImport(store, owner, Visibility.PRIVATE, LibraryImport.DEFAULT_BATCH,
                    p -> err.println("dreamloom: " + p.describe()), null).run(List.of(dir), ImportOptions.defaults());
            if (!json) {
                out.printf("Imported %,d sample dreams from %s (%,d already there)%n%n", s.imported(), dir, s.duplicates());
            }
            InfoCommand.print(out, store.location(), store.stats(owner), json);
            if (!json) {
                out.printf("%nTry: dreamloom list --library %s%n", lib);
            }
            out.flush();
            return s.rejected() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }

    /** {@code samples/} beside the checkout: from -Ddreamloom.root, the jar's location, or the working folder. */
    static Path findSamples() {
        String root = System.getProperty("dreamloom.root");
        if (root != null && Files.isDirectory(Path.of(root, "samples"))) {
            return Path.of(root, "samples");
        }
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("samples")) && Files.isDirectory(p.resolve("dreamloom-app"))) {
                    return p.resolve("samples");
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working folder
        }
        Path here = Path.of("samples");
        return Files.isDirectory(here) ? here.toAbsolutePath() : null;
    }
}
