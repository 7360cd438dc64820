package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.notation.Notation;
import org.dreamloom.eval.BatchCoder;
import org.dreamloom.eval.CardFile;
import org.dreamloom.eval.GoldSplit;
import org.dreamloom.eval.ScoreResult;
import org.dreamloom.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dreamloom eval}: codes the reports of a gold card file (or reads predictions) and prints the metrics of
 * {@code tools/hvdc_score.py}, as its table or, with {@code --json}, as its JSON.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures coding accuracy: codes the reports of the human-coded gold cards from their text"
                + " alone and scores the predictions against the human codes, with the metrics, table and JSON keys"
                + " of tools/hvdc_score.py.",
            "Split rule: a gold card is held out when its number, read as an integer, is divisible by 5; the rest"
                + " is the development part."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "the human-coded cards (JSONL)")
    Path gold;

    @Option(names = "--split", defaultValue = "all", paramLabel = "dev|holdout|all",
            description = "which part of the gold set to score (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--json", description = "print one JSON object with the keys of hvdc_score.py --json")
    boolean json;

    @Option(names = "--predicted", paramLabel = "FILE",
            description = "score this prediction file (card JSONL) instead of coding the gold reports")
    Path predicted;

    @Option(names = "--threads", paramLabel = "N", description = "coding threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldSplit part;
        try {
            part = GoldSplit.of(split);
        } catch (IllegalArgumentException e) {
            err.println("dreamloom eval: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (threads < 1) {
            err.println("dreamloom eval: --threads must be at least 1, not " + threads);
            return ExitCodes.USAGE;
        }
        int exit = ExitCodes.OK;
        CardFile.Loaded goldCards = load(gold, "gold", err);
        if (goldCards == null) {
            return ExitCodes.NO_INPUT;
        }
        if (goldCards.cards().isEmpty()) {
            // scoring nothing would print a table of zeros that looks like a result
            err.println("dreamloom eval: " + gold + ": no gold card could be read; a gold file has one coding card (a JSON "
                    + "object with report and codes) per line");
            return ExitCodes.DATA;
        }
        if (!goldCards.problems().isEmpty()) {
            exit = ExitCodes.PARTIAL;
        }
        List<Card> goldPart = part.select(goldCards.cards());
        List<Card> predictions = new ArrayList<>();
        if (predicted != null) {
            CardFile.Loaded p = load(predicted, "predicted", err);
            if (p == null) {
                return ExitCodes.NO_INPUT;
            }
            if (!p.problems().isEmpty()) {
                exit = ExitCodes.PARTIAL;
            }
            predictions.addAll(p.cards());
            // Malformed codes are scored as hvdc_score.py scores them, but the coder's author wants to know.
            int malformed = 0;
            for (Card c : p.cards()) {
                for (String problem : Notation.problems(c)) {
                    if (malformed++ < 20) {
                        err.println("dreamloom eval: " + predicted + ": card " + c.series() + " " + c.number()
                                + ": " + problem);
                    }
                }
            }
            if (malformed > 20) {
                err.println("dreamloom eval: " + predicted + ": " + (malformed - 20) + " more malformed codes");
            }
        } else {
            List<Card> toCode = goldPart.stream().filter(c -> c.report() != null && !c.report().isEmpty()).toList();
            long start = System.nanoTime();
            for (BatchCoder.Result r : BatchCoder.codeAll(toCode, threads)) {
                if (r.ok()) {
                    predictions.add(r.predicted());
                } else {
                    exit = ExitCodes.PARTIAL;
                    err.println("dreamloom eval: " + gold + " card " + r.input().series() + " " + r.input().number()
                            + ": " + r.error() + " (scored as a dream with no codes)");
                }
            }
            err.printf("dreamloom eval: coded %d reports (%s part) in %.1f s on %d threads%n", toCode.size(),
                    part.name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - start) / 1e9, threads);
        }
        ScoreResult result = Scorer.score(goldPart, predictions);
        out.println(json ? result.toJson() : result.toTable());
        out.flush();
        err.flush();
        return exit;
    }

    /** Reads a card file, printing its bad lines; null (after a message) when it cannot be read at all. */
    private static CardFile.Loaded load(Path file, String what, PrintWriter err) {
        try {
            CardFile.Loaded loaded = CardFile.read(file);
            loaded.problems().forEach(p -> err.println("dreamloom eval: " + p));
            return loaded;
        } catch (NoSuchFileException e) {
            err.println("dreamloom eval: " + file + ": no such " + what + " file");
        } catch (CharacterCodingException e) {
            err.println("dreamloom eval: " + file + ": the " + what + " file is not valid UTF-8");
        } catch (IOException e) {
            err.println("dreamloom eval: " + file + ": cannot read the " + what + " file (" + e.getMessage() + ")");
        }
        return null;
    }
}
