package org.dreamloom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dreamloom.coding.Card;
import org.dreamloom.eval.BatchCoder;
import org.dreamloom.io.cards.CardJson;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dreamloom.Dreamloom;
import org.dreamloom.library.store.DreamStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dreamloom code}: codes every dream of the input files and writes one predicted card per dream, or codes
 * the dreams of a library that the current coders have not coded yet and stores the cards.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes dream reports in the Hall/Van de Castle system from their text alone and writes one"
                + " predicted card per input dream to standard output, in input order.",
            "Inputs: card JSONL (.jsonl; codes already on the cards are ignored), plain text files (.txt, one"
                + " dream per file; series \"\", number = the file name), Markdown journals, DreamBank TSV (with its"
                + " .json), CSV/TSV with a header, dream JSONL.",
            "With --library and no files: codes every dream of the library that the current coder version has not"
                + " coded yet and stores the cards (see dreamloom show ID); a second run codes nothing new."})
public final class CodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "IN", description = "input files in any supported format")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "cards", paramLabel = "FORMAT",
            description = "output format; only 'cards' (card JSONL, the format of the gold set) for now")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "coding threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    LibraryOption library;

    @Option(names = "--no-progress", description = "Never show a progress bar (library coding).")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("cards")) {
            err.println("dreamloom code: unknown --format '" + format + "'; the supported output format is 'cards'");
            return ExitCodes.USAGE;
        }
        if (threads < 1) {
            err.println("dreamloom code: --threads must be at least 1, not " + threads);
            return ExitCodes.USAGE;
        }
        if (inputs.isEmpty()) {
            if (library.library == null) {
                err.println("dreamloom code: give input files to code, or --library PATH to code a library's dreams"
                        + " (see dreamloom code --help)");
                return ExitCodes.USAGE;
            }
            return codeLibrary(out, err);
        }
        if (library.library != null) {
            err.println("dreamloom code: give either input files or --library, not both");
            return ExitCodes.USAGE;
        }
        int exit = ExitCodes.OK;
        List<DreamInputs.Input> dreams = new ArrayList<>();
        for (Path in : inputs) {
            DreamInputs.Loaded loaded = DreamInputs.read(in);
            loaded.problems().forEach(p -> err.println("dreamloom code: " + p));
            exit = Math.max(exit, loaded.exitCode());
            dreams.addAll(loaded.inputs());
        }
        int[] failed = {0};
        List<Card> cards = dreams.stream().map(DreamInputs.Input::dream).toList();
        // Results arrive in input order, so each can be written at once (long inputs stream).
        int[] index = {0};
        BatchCoder.codeAll(cards, threads, r -> {
            DreamInputs.Input input = dreams.get(index[0]++);
            if (r.ok()) {
                out.println(CardJson.format(r.predicted()));
            } else {
                failed[0]++;
                err.println("dreamloom code: " + input.origin() + ": " + r.error() + " (no card written)");
            }
        });
        out.flush();
        if (failed[0] > 0) {
            exit = Math.max(exit, ExitCodes.PARTIAL);
        }
        err.flush();
        return exit;
    }

    /** Codes the dreams of the library the current coder version has not coded yet, with a progress bar. */
    private int codeLibrary(PrintWriter out, PrintWriter err) {
        String version = Dreamloom.coderVersion();
        LibraryCoding.Summary s;
        try (DreamStore store = library.openExisting()) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            LibraryCoding job = new LibraryCoding(store, viewer, version, threads);
            long pending = job.pending();
            if (pending == 0) {
                out.printf("Nothing to code: every dream in %s is coded by %s%n", library.path(), version);
                out.flush();
                return ExitCodes.OK;
            }
            try (ProgressBar bar = progressBar(pending)) {
                s = job.run(n -> {
                    if (bar != null) {
                        bar.stepTo(n);
                    }
                });
            }
        }
        s.failed().forEach(f -> err.println("dreamloom code: " + f));
        double secs = s.nanos() / 1e9;
        out.printf("Coded %,d dreams with %s in %.1f s (%.1f dreams/s); already coded %,d; failed %,d%n", s.coded(),
                version, secs, secs > 0 ? s.coded() / secs : 0.0, s.already(), s.failed().size());
        out.flush();
        err.flush();
        return s.failed().isEmpty() ? ExitCodes.OK : s.coded() > 0 ? ExitCodes.PARTIAL : ExitCodes.SOFTWARE;
    }

    /** A bar on a terminal; plain lines every few seconds in a log for long runs; nothing for short non-interactive runs. */
    private ProgressBar progressBar(long total) {
        boolean terminal = System.console() != null;
        if (noProgress || (!terminal && total < 1000)) {
            return null;
        }
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("Coding").setInitialMax(total).setUnit(" dreams", 1);
        if (terminal) {
            b.setConsumer(new ConsoleProgressBarConsumer(System.err));
        } else {
            b.setConsumer(new DelegatingProgressBarConsumer(System.err::println)).setUpdateIntervalMillis(5000)
                    .setStyle(ProgressBarStyle.ASCII);
        }
        return b.build();
    }
}
