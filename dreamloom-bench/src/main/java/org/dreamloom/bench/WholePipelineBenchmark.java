package org.dreamloom.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodingPipeline;
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
 * Reports/s through the NLP document alone, the whole coding pipeline (analysis plus every coder: characters
 * and {@code StandardCoders.rest()}), and the {@link Dreamloom#code} facade as it is wired today, over a slice
 * of DreamBank. Run on 1 and 2 threads ({@code -t 1}, {@code -t 2}).
 *
 * <pre>java -cp "dreamloom-bench/target/dreamloom-bench-0.1.0-SNAPSHOT.jar:dreamloom-bench/target/lib/*" \
 *   org.openjdk.jmh.Main WholePipelineBenchmark -t 2</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-DOPT_OUT_TRACKING=true", "-Doffline=true"})
@State(Scope.Benchmark)
public class WholePipelineBenchmark {
    /** How many DreamBank reports to cycle through. */
    @Param("3000")
    public int reports;

    private List<String> slice;
    private CodingPipeline pipeline;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void setup() {
        slice = DreamBankSlice.read(DreamBankSlice.defaultDir(), DreamBankSlice.DEFAULT_SERIES, reports);
        pipeline = CoderBenchmark.wholePipeline();
        for (int i = 0; i < Math.min(300, slice.size()); i++) {
            pipeline.code("", "", slice.get(i)); // load models and lexicons outside the measurement
            Dreamloom.code(slice.get(i));
        }
    }

    private String nextReport() {
        return slice.get(Math.floorMod(next.getAndIncrement(), slice.size()));
    }

    /** The NLP document: sentences, tokens and what the analyzer computes eagerly. */
    @Benchmark
    public Document document() {
        return TextAnalyzer.shared().analyze(nextReport());
    }

    /** Analysis plus every coder. */
    @Benchmark
    public Card wholePipeline() {
        return pipeline.code("", "", nextReport());
    }

    /** The public facade, whatever coders it holds in this build. */
    @Benchmark
    public Card facade() {
        return Dreamloom.code(nextReport());
    }
}
