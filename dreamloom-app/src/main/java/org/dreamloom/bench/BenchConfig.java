package org.dreamloom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The settings of one end-to-end benchmark run.
 *
 * @param data               the corpus folder (DreamBank by default)
 * @param quick              the quick slice (under a minute) rather than the whole corpus
 * @param slice              how many distinct reports to use, 0 for all
 * @param scales             the corpus sizes to run, as multiples of the corpus (1 and 10)
 * @param codeSample         reports coded per thread count (evenly spread over the scaled corpus)
 * @param embedSample        reports embedded for real to measure MiniLM's rate
 * @param rounds             timed rounds over the query set
 * @param coreNlpSample      reports the CoreNLP peer analyses
 * @param coreNlpAnnotators  CoreNLP annotator chains to time, one run each
 * @param coreNlpClasspath   the classpath of the CoreNLP peer JVM, empty to skip it
 * @param coreNlpSkipReason  why the CoreNLP peer is skipped, when it is
 */
public record BenchConfig(Path data, boolean quick, int slice, List<Integer> scales, int codeSample, int embedSample,
        int rounds, int coreNlpSample, List<String> coreNlpAnnotators, List<String> coreNlpClasspath,
        String coreNlpSkipReason) {

    /** CoreNLP's pipeline as the issue names it. */
    public static final String CORENLP_FULL = "tokenize,ssplit,pos,lemma,ner";
    /** The same without NER: the stronger (faster) peer, measured too so the ratio is not flattered. */
    public static final String CORENLP_NO_NER = "tokenize,ssplit,pos,lemma";

    public BenchConfig {
        scales = List.copyOf(scales);
        coreNlpAnnotators = List.copyOf(coreNlpAnnotators);
        coreNlpClasspath = List.copyOf(coreNlpClasspath);
    }

    /**
     * The standard settings: the whole corpus at 1x and 10x, or with {@code quick} a 1,000-report slice at 1x and
     * 10x with small samples. The CoreNLP peer runs when the {@code -Ppeers} build of dreamloom-bench is found
     * under {@code root}.
     */
    public static BenchConfig standard(Path data, boolean quick, Path root, boolean coreNlp) {
        List<String> cp = new ArrayList<>();
        String skip = "";
        if (!coreNlp) {
            skip = "--no-corenlp";
        } else {
            skip = coreNlpClasspath(root, cp);
        }
        if (quick) {
            return new BenchConfig(data, true, 1000, List.of(1, 10), 300, 100, 3, 20, List.of(CORENLP_NO_NER), cp, skip);
        }
        return new BenchConfig(data, false, 0, List.of(1, 10), 4000, 1000, 10, 150,
                List.of(CORENLP_FULL, CORENLP_NO_NER), cp, skip);
    }

    /** Fills {@code cp} with the CoreNLP peer's classpath under {@code root}; returns why not when it cannot. */
    static String coreNlpClasspath(Path root, List<String> cp) {
        if (root == null) {
            return "the project root is unknown (run through bin/dreamloom, which sets -Ddreamloom.root)";
        }
        Path bench = root.resolve("dreamloom-bench").resolve("target");
        Path peers = bench.resolve("peers");
        boolean hasCoreNlp = false;
        if (Files.isDirectory(peers)) {
            try (Stream<Path> s = Files.list(peers)) {
                hasCoreNlp = s.anyMatch(p -> p.getFileName().toString().startsWith("stanford-corenlp-"));
            } catch (IOException e) {
                hasCoreNlp = false;
            }
        }
        Path jar = bench.resolve("dreamloom-bench-0.1.0-SNAPSHOT.jar");
        if (!hasCoreNlp || !Files.isRegularFile(jar)) {
            return "CoreNLP peer not built: run ./mvnw -B -Ppeers -pl dreamloom-bench -am package -DskipTests";
        }
        cp.add(jar.toString());
        cp.add(peers.resolve("*").toString());
        return "";
    }

    /** These settings over only {@code n} distinct reports of the corpus. */
    public BenchConfig withSlice(int n) {
        return new BenchConfig(data, quick, n, scales, codeSample, embedSample, rounds, coreNlpSample, coreNlpAnnotators,
                coreNlpClasspath, coreNlpSkipReason);
    }

    /** The settings as a map for the JSON report. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data.toString());
        m.put("quick", quick);
        m.put("slice", slice);
        m.put("scales", scales);
        m.put("code_sample", codeSample);
        m.put("embed_sample", embedSample);
        m.put("rounds", rounds);
        m.put("corenlp_sample", coreNlpSample);
        m.put("corenlp_annotators", coreNlpAnnotators);
        return m;
    }
}
