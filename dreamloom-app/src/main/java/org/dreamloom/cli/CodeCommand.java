package org.dreamloom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dreamloom.coding.Card;
import org.dreamloom.eval.BatchCoder;
import org.dreamloom.io.cards.CardJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dreamloom code}: codes every dream of the input files and writes one predicted card per dream. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes dream reports in the Hall/Van de Castle system from their text alone and writes one"
                + " predicted card per input dream to standard output, in input order.",
            "Inputs: card JSONL (.jsonl; codes already on the cards are ignored) or plain text files (.txt, one"
                + " dream per file; series \"\", number = the file name)."})
public final class CodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "input files: card JSONL or plain text")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "cards", paramLabel = "FORMAT",
            description = "output format; only 'cards' (card JSONL, the format of the gold set) for now")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "coding threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

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
}
