package org.dreamloom.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dreamloom.coding.Artifact;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Coder;
import org.dreamloom.coding.CodingPipeline;
import org.dreamloom.coding.StandardCoders;
import org.dreamloom.io.cards.CardJson;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;

/**
 * Codes the gold cards' reports with the coders of {@link StandardCoders#rest()} and writes predicted cards,
 * for scoring with {@code tools/hvdc_score.py}. The CHARACTERS category is fed from the gold card (an
 * "oracle" stage), so the measured figures show the rest of the pipeline given correct characters.
 *
 * <pre>java -cp ... org.dreamloom.bench.CodeGoldRest GOLD.jsonl PRED.jsonl</pre>
 */
public final class CodeGoldRest {
    private CodeGoldRest() {
    }

    /** A stage that copies the gold characters of the report being coded. */
    record GoldCharacters(Map<String, List<String>> byReport) implements Coder {
        @Override
        public String name() {
            return "gold-characters";
        }

        @Override
        public int version() {
            return 1;
        }

        @Override
        public Set<Artifact> requires() {
            return Set.of();
        }

        @Override
        public Category produces() {
            return Category.CHARACTERS;
        }

        @Override
        public List<CodedItem> code(Document document, Card soFar) {
            return byReport.getOrDefault(document.text(), List.of()).stream().map(CodedItem::human).toList();
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CodeGoldRest GOLD.jsonl PRED.jsonl [--no-gold-characters]");
            System.exit(2);
        }
        boolean oracle = !List.of(args).contains("--no-gold-characters");
        List<Card> gold = new ArrayList<>();
        Map<String, List<String>> chars = new HashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            Card c = CardJson.parse(line);
            if (c.report() == null) {
                continue;
            }
            gold.add(c);
            chars.put(c.report(), c.codes(Category.CHARACTERS));
        }
        CodingPipeline.Builder b = CodingPipeline.builder().analyzer(TextAnalyzer.shared());
        // without the oracle, a stage that codes no characters keeps the chain valid: the coders then link
        // everything to the dreamer or leave it out, which is what they do on a card with no characters
        b.add(new GoldCharacters(oracle ? chars : Map.of()));
        StandardCoders.rest().forEach(b::add);
        CodingPipeline p = b.build();
        long t0 = System.nanoTime();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (Card g : gold) {
                out.println(CardJson.format(p.code(g.series(), g.number(), g.report())));
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.err.printf("coded %d reports in %.2f s (%s gold characters); stage ms: %s%n", gold.size(), s,
                oracle ? "with" : "without", p.stageNanos().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).toList());
    }
}
