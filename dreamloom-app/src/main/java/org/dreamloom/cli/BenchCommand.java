package org.dreamloom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dreamloom.bench.BenchConfig;
import org.dreamloom.bench.BenchReport;
import org.dreamloom.bench.EndToEndBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dreamloom bench}: the end-to-end speed and scale benchmark, with the peers measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Dreamloom end to end over a corpus (DreamBank by default) and a deterministic 10x"
                + " scale-up: import rows/s, coding reports/s on 1 and 2 threads, index build time, query latency"
                + " p50/p95/p99 (lexical, filtered, semantic, hybrid), peak heap and RSS; and, in the same run,"
                + " SQLite FTS5 and a linear scan on the same queries and Stanford CoreNLP on the same reports"
                + " (when built with -Ppeers), reported as ratios.",
            "The whole corpus takes tens of minutes on 2 cores (most of it building the 10x index); --quick runs a"
                + " 1,000-report slice in a few minutes. Run it on a quiet machine: the load average is recorded with"
                + " the figures."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "a 1,000-report slice and small samples (about 2 minutes on a loaded 2-core machine)")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "also write every figure to FILE as JSON")
    Path json;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the corpus folder (default: ../shared/data/dreambank beside the project)")
    Path data;

    @Option(names = "--no-corenlp", description = "skip the CoreNLP peer even when it is built")
    boolean noCoreNlp;

    @Option(names = "--slice", paramLabel = "N",
            description = "use only N distinct reports of the corpus, spread evenly (default: all; 1,000 with --quick)")
    Integer slice;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = System.getProperty("dreamloom.root") == null ? null : Path.of(System.getProperty("dreamloom.root"));
        Path corpus = data != null ? data : defaultData(root);
        if (!Files.isDirectory(corpus)) {
            err.println("dreamloom bench: no corpus folder at " + corpus + "; pass --data DIR (a folder of dream files,"
                    + " e.g. the DreamBank scrape)");
            return ExitCodes.NO_INPUT;
        }
        if (json != null && json.getParent() != null && !Files.isDirectory(json.getParent())) {
            err.println("dreamloom bench: cannot write " + json + ": the folder " + json.getParent() + " does not exist");
            return ExitCodes.CANT_CREATE;
        }
        if (slice != null && slice < 1) {
            err.println("dreamloom bench: --slice must be at least 1, not " + slice);
            return ExitCodes.USAGE;
        }
        BenchConfig config = BenchConfig.standard(corpus, quick, root, !noCoreNlp);
        if (slice != null) {
            config = config.withSlice(slice);
        }
        Map<String, Object> result = new EndToEndBench(config, out).run();
        if (json != null) {
            try {
                Files.writeString(json, BenchReport.json(result), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("dreamloom bench: cannot write " + json + ": " + e.getMessage());
                return ExitCodes.CANT_CREATE;
            }
            out.println("figures written to " + json);
        }
        return ExitCodes.OK;
    }

    private static Path defaultData(Path root) {
        String shared = System.getProperty("dreamloom.shared");
        if (shared != null) {
            return Path.of(shared, "data", "dreambank");
        }
        Path base = root != null ? root : Path.of("").toAbsolutePath();
        return base.resolve("../shared/data/dreambank").normalize();
    }
}
