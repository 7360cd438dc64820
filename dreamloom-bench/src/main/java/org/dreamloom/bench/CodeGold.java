package org.dreamloom.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.io.cards.CardFormatException;
import org.dreamloom.io.cards.CardJson;

/**
 * Codes every report of a gold card file with {@link Dreamloom#code} and writes the predicted cards, for the
 * reference scorer ({@code python3 tools/hvdc_score.py GOLD PRED}). Prints the pipeline's stage timings.
 *
 * <p>Usage: {@code CodeGold GOLD.jsonl PRED.jsonl}.
 */
public final class CodeGold {
    private CodeGold() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CodeGold GOLD.jsonl PRED.jsonl");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                Card gold;
                try {
                    gold = CardJson.parse(lines.get(i));
                } catch (CardFormatException e) {
                    System.err.println(args[0] + ":" + (i + 1) + ": skipped: " + e.getMessage());
                    continue;
                }
                Card pred = Dreamloom.code(gold.series(), gold.number(), gold.report() == null ? "" : gold.report());
                out.write(CardJson.format(pred));
                out.newLine();
                n++;
            }
        }
        System.err.println("coded " + n + " reports into " + args[1]);
        for (Map.Entry<String, Long> e : Dreamloom.pipeline().stageNanos().entrySet()) {
            System.err.printf("  %-14s %8.1f ms%n", e.getKey(), e.getValue() / 1e6);
        }
    }
}
