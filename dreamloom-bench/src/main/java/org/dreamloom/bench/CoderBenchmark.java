package org.dreamloom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Coder;
import org.dreamloom.coding.CodingPipeline;
import org.dreamloom.coding.StandardCoders;
import org.dreamloom.coding.characters.CharacterCoder;
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

/**
 * Each coder on its own, over documents analysed beforehand and cards coded by the coders before it (so a coder
 * that reads the characters finds them): one operation codes one report, the score is reports/s for that coder
 * alone. Together with {@code PipelineBenchmark.analyze} (the NLP document) and {@link WholePipelineBenchmark}
 * it shows where the time of a report goes.
 *
 * <pre>java -cp "dreamloom-bench/target/dreamloom-bench-0.1.0-SNAPSHOT.jar:dreamloom-bench/target/lib/*" \
 *   org.openjdk.jmh.Main CoderBenchmark [-p coder=emotions] [-t 2]</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-DOPT_OUT_TRACKING=true", "-Doffline=true"})
@State(Scope.Benchmark)
public class CoderBenchmark {
    /** The coder's name ({@link Coder#name()}). */
    @Param({"characters", "aggression", "friendliness", "sexuality", "settings", "objects", "failure", "success",
        "misfortune", "good_fortune", "emotions"})
    public String coder;

    /** How many DreamBank reports to cycle through. */
    @Param("1000")
    public int reports;

    private Coder measured;
    private List<Document> docs;
    private List<Card> soFar;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() {
        List<Coder> all = new ArrayList<>();
        all.add(new CharacterCoder());
        all.addAll(StandardCoders.rest());
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(coder)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("no coder named '" + coder + "'; the coders are "
                    + all.stream().map(Coder::name).toList());
        }
        measured = all.get(at);
        List<String> texts = DreamBankSlice.read(DreamBankSlice.defaultDir(), DreamBankSlice.DEFAULT_SERIES, reports);
        docs = new ArrayList<>();
        soFar = new ArrayList<>();
        for (String t : texts) {
            Document d = TextAnalyzer.shared().analyze(t);
            Card card = Card.empty("", "", t);
            for (int i = 0; i < at; i++) {
                card = card.with(all.get(i).produces(), all.get(i).code(d, card));
            }
            docs.add(d);
            soFar.add(card);
        }
        for (int i = 0; i < docs.size(); i++) {
            measured.code(docs.get(i), soFar.get(i)); // warm lexicons and memos outside the measurement
        }
    }

    /** One report through the one coder. */
    @Benchmark
    public List<CodedItem> code() {
        int i = Math.floorMod(next.getAndIncrement(), docs.size());
        return measured.code(docs.get(i), soFar.get(i));
    }

    /** The pipeline the other benchmarks use as "the whole pipeline": characters, then the rest in order. */
    static CodingPipeline wholePipeline() {
        CodingPipeline.Builder b = CodingPipeline.builder().add(new CharacterCoder());
        StandardCoders.rest().forEach(b::add);
        return b.build();
    }
}
