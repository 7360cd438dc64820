package org.dreamloom.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
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
 * Reports per second through the coding pipeline ({@link Dreamloom#code}) over a slice of DreamBank; one
 * operation codes one report, so the throughput score is reports/s. Run with 1 and 2 threads:
 * {@code java -cp <bench classpath> org.openjdk.jmh.Main PipelineBenchmark -t 2}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-DOPT_OUT_TRACKING=true", "-Doffline=true"})
@State(Scope.Benchmark)
public class PipelineBenchmark {
    /** How many reports of the slice to cycle through. */
    @Param("3000")
    public int reports;

    private List<String> slice;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void load() {
        slice = DreamBankSlice.read(DreamBankSlice.defaultDir(), DreamBankSlice.DEFAULT_SERIES, reports);
        Dreamloom.code("warm up the models"); // load models outside the measurement
    }

    private String nextReport() {
        return slice.get(Math.floorMod(next.getAndIncrement(), slice.size()));
    }

    /** The whole pipeline: analysis plus every coder. */
    @Benchmark
    public Card code() {
        return Dreamloom.code(nextReport());
    }

    /** The text analysis alone (sentences and tokens; POS stays lazy). */
    @Benchmark
    public Document analyze() {
        return TextAnalyzer.shared().analyze(nextReport());
    }
}
