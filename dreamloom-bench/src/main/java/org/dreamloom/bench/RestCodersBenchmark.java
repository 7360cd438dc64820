package org.dreamloom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Coder;
import org.dreamloom.coding.StandardCoders;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the coders of {@link StandardCoders#rest()} (interactions, settings, objects, outcomes,
 * emotions) on DreamBank reports: {@code rest} runs them over documents analysed beforehand (their own cost),
 * {@code analyzeAndRest} includes the text analysis. Each report carries two characters so the linking code
 * runs. One operation = one report; run with {@code -t 2} for two threads.
 *
 * <pre>java -cp ... org.openjdk.jmh.Main RestCodersBenchmark -t 2</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class RestCodersBenchmark {
    /** The DreamBank series to read reports from. */
    @Param({"alta"})
    public String series;

    /** How many reports to cycle through. */
    @Param({"400"})
    public int reports;

    private List<String> texts;
    private List<Document> docs;
    private List<Card> cards;
    private List<Coder> coders;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() throws IOException {
        String shared = System.getProperty("dreamloom.shared", "../shared");
        Path tsv = Path.of(shared, "data", "dreambank", series + ".tsv");
        texts = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            String dream = cols[cols.length - 1].replaceAll("^\"|\"$", "");
            if (!dream.isBlank()) {
                texts.add(dream);
            }
            if (texts.size() >= reports) {
                break;
            }
        }
        docs = texts.stream().map(TextAnalyzer.shared()::analyze).toList();
        List<CodedItem> chars = List.of(CodedItem.human("1MKA"), CodedItem.human("1FSA"));
        cards = texts.stream().map(t -> new Card(series, "", t, java.util.Map.of(Category.CHARACTERS, chars))).toList();
        coders = StandardCoders.rest();
        for (int i = 0; i < docs.size(); i++) {
            rest(i, null); // warm WordNet memo and lexicons outside the measurement
        }
    }

    private int rest(int i, Blackhole bh) {
        int n = 0;
        Card card = cards.get(i);
        Document d = docs.get(i);
        for (Coder c : coders) {
            List<CodedItem> items = c.code(d, card);
            n += items.size();
            if (bh != null) {
                bh.consume(items);
            }
        }
        return n;
    }

    @Benchmark
    public int rest(Blackhole bh) {
        return rest(Math.floorMod(next.getAndIncrement(), docs.size()), bh);
    }

    @Benchmark
    public int analyzeAndRest(Blackhole bh) {
        int i = Math.floorMod(next.getAndIncrement(), docs.size());
        Document d = TextAnalyzer.shared().analyze(texts.get(i));
        int n = 0;
        for (Coder c : coders) {
            List<CodedItem> items = c.code(d, cards.get(i));
            n += items.size();
            bh.consume(items);
        }
        return n;
    }
}
