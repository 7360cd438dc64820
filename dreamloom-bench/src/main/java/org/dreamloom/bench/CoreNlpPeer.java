package org.dreamloom.bench;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The coding peer: Stanford CoreNLP's pipeline over the same reports Dreamloom codes, timed on 1 and 2 threads
 * (one shared pipeline, as CoreNLP's own multi-threaded annotate does). CoreNLP is GPL and large, so it is
 * never a compile-time dependency of anything: this class reaches it by reflection, and it is on the classpath
 * only when dreamloom-bench is built with {@code -Ppeers} (jars in {@code dreamloom-bench/target/peers}).
 * {@code dreamloom bench} starts this class in its own JVM and reads the {@code RESULT} line it prints.
 *
 * <pre>
 * java -Xmx4g -cp "dreamloom-bench/target/dreamloom-bench-0.1.0-SNAPSHOT.jar:dreamloom-bench/target/peers/*" \
 *   org.dreamloom.bench.CoreNlpPeer REPORTS_FILE [ANNOTATORS] [THREADS,...]
 * </pre>
 * REPORTS_FILE holds one report per line; ANNOTATORS defaults to tokenize,ssplit,pos,lemma,ner.
 */
public final class CoreNlpPeer {
    private CoreNlpPeer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CoreNlpPeer REPORTS_FILE [ANNOTATORS] [THREADS,...]");
            System.exit(64);
        }
        List<String> reports = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank()).toList();
        String annotators = args.length > 1 ? args[1] : "tokenize,ssplit,pos,lemma,ner";
        String[] threadList = (args.length > 2 ? args[2] : "1,2").split(",");
        Class<?> cls;
        try {
            cls = Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP");
        } catch (ClassNotFoundException e) {
            System.err.println("CoreNLP is not on the classpath: build the peers with "
                    + "./mvnw -B -Ppeers -pl dreamloom-bench -am package -DskipTests and put dreamloom-bench/target/peers/* on it");
            System.exit(69);
            return;
        }
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        long t0 = System.nanoTime();
        Object pipeline = cls.getConstructor(Properties.class).newInstance(props);
        Method process = cls.getMethod("process", String.class);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        // Warm up on up to 50 reports so class loading and JIT do not count against the first measured run.
        for (int i = 0; i < Math.min(50, reports.size()); i++) {
            process.invoke(pipeline, reports.get(i));
        }
        StringBuilder result = new StringBuilder();
        result.append(String.format(Locale.ROOT, "{\"annotators\": \"%s\", \"reports\": %d, \"load_seconds\": %.2f",
                annotators, reports.size(), loadSeconds));
        for (String t : threadList) {
            int threads = Integer.parseInt(t.strip());
            double rate = run(pipeline, process, reports, threads);
            System.err.printf(Locale.ROOT, "CoreNLP %s: %.1f reports/s on %d thread(s)%n", annotators, rate, threads);
            result.append(String.format(Locale.ROOT, ", \"threads_%d\": %.3f", threads, rate));
        }
        System.out.println("RESULT " + result.append('}'));
        System.exit(0);
    }

    private static double run(Object pipeline, Method process, List<String> reports, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < reports.size()) {
                        process.invoke(pipeline, reports.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            return reports.size() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
