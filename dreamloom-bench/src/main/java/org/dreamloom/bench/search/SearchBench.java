package org.dreamloom.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Chunker;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.ForwardingEmbedder;
import org.dreamloom.library.embed.MiniLmEmbedder;
import org.dreamloom.library.embed.PooledEmbedder;
import org.dreamloom.library.embed.Vectors;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.SearchResult;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.Visibility;

/**
 * Corpus benchmark of the search engine (a main class, not a test): embedding throughput, full index build
 * with embeddings, lexical and hybrid query latency, and a synthetic scale-up that reuses the computed
 * vectors with a small perturbation instead of embedding again.
 *
 * <pre>
 * java -cp ... org.dreamloom.bench.search.SearchBench [--data DIR] [--limit N] [--threads 2]
 *      [--sample 200] [--skip-throughput] [--scale 1,10] [--rounds 20] [--index DIR]
 * </pre>
 */
public final class SearchBench {
    static {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
    }

    private static final List<String> LEXICAL = List.of(
            "flying", "\"my mother\"", "teeth", "snake OR snakes", "water AND NOT swimming", "fl*ing", "/dre(am|amt)/",
            "house dreamer:alta", "car sex:male", "date:[1990 TO 2000] school", "kitchen series:izzy-all",
            "\"could not find\"", "wedding dress", "police gun", "exam test school", "lost", "baby", "dog cat",
            "fire", "elevator", "naked", "airplane OR plane", "ocean waves", "mirror", "key door");
    private static final List<String> HYBRID = List.of(
            "a dream where I could not find my way home", "being chased by someone in the dark",
            "my teeth falling out", "flying over the city", "taking an exam I had not studied for",
            "a house with rooms I never knew existed", "meeting a dead relative again", "late for a flight",
            "water flooding the house", "lucid dream where I knew I was dreaming", "a snake in the garden",
            "arguing with my mother", "being naked in public", "a wedding that goes wrong", "car brakes failing");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        Path data = Path.of(opt.getOrDefault("data", System.getProperty("dreamloom.shared", "../shared") + "/data/dreambank"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        int limit = Integer.parseInt(opt.getOrDefault("limit", "0"));
        int sample = Integer.parseInt(opt.getOrDefault("sample", "200"));
        List<Integer> scales = Arrays.stream(opt.getOrDefault("scale", "").split(",")).filter(x -> !x.isBlank())
                .map(Integer::parseInt).toList();
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "20"));
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(), load());

        long t0 = System.nanoTime();
        List<DreamBankTsv.Row> rows = DreamBankTsv.readAll(data);
        Map<String, DreamBankTsv.Row> unique = new LinkedHashMap<>();
        for (DreamBankTsv.Row r : rows) {
            unique.putIfAbsent(r.dream(), r);
        }
        List<IndexedDream> dreams = new ArrayList<>();
        long id = 1;
        for (DreamBankTsv.Row r : unique.values()) {
            int y = r.year();
            dreams.add(new IndexedDream(id++, "dreambank", Visibility.PUBLIC, r.series(), r.series(),
                    y == 0 ? null : LocalDate.of(y, 1, 1), r.sex(), r.dream(), Map.of(), Map.of()));
        }
        System.out.printf(Locale.ROOT, "read %d rows, %d unique reports in %.1f s%n", rows.size(), dreams.size(), secs(t0));
        List<IndexedDream> all = dreams;
        if (limit > 0 && limit < dreams.size()) {
            // An even slice across all series, so the slice looks like the corpus.
            List<IndexedDream> shuffled = new ArrayList<>(dreams);
            Collections.shuffle(shuffled, new Random(42));
            dreams = new ArrayList<>(shuffled.subList(0, limit));
            System.out.printf(Locale.ROOT, "slice: %d reports (random, seed 42)%n", dreams.size());
        }

        if (!opt.containsKey("skip-throughput")) {
            throughput(dreams.subList(0, Math.min(sample, dreams.size())), threads);
        }
        if (opt.containsKey("throughput-only")) {
            System.exit(0);
        }

        Map<String, float[]> recorded = new ConcurrentHashMap<>();
        Path dir = Path.of(opt.getOrDefault("index", Files.createTempDirectory("dreamloom-bench-index").toString()));
        try (PooledEmbedder pool = new PooledEmbedder(MiniLmEmbedder::singleThreaded, threads);
                SearchIndex index = SearchIndex.open(dir, new Recording(pool, recorded))) {
            long b0 = System.nanoTime();
            int total = dreams.size();
            index.rebuild(dreams, n -> {
                if (n % 2048 == 0 || n == total) {
                    System.out.printf(Locale.ROOT, "  indexed %d/%d  %.1f s  %.1f reports/s  load %s%n", n, total, secs(b0),
                            n / secs(b0), load());
                }
            });
            double build = secs(b0);
            long m0 = System.nanoTime();
            index.forceMerge(1);
            System.out.printf(Locale.ROOT, "index build: %d reports, %d chunks, %.1f s (%.1f reports/s) + force-merge %.1f s; "
                    + "at this rate all 28,866 reports take %.1f min%n", total, recorded.size(), build, total / build,
                    secs(m0), 28866 / (total / build) / 60);
            latency(index, rounds, "1x (" + total + " reports)");
        }

        for (int scale : scales) {
            // All unique reports (real text, so word statistics and facets are real), times `scale`, with
            // vectors replayed from the embedded slice: chunks seen there get their own vector, others a
            // recorded vector chosen by hash; both with a small perturbation. Measures speed, not quality.
            Path sdir = Files.createTempDirectory("dreamloom-bench-scaled");
            List<IndexedDream> scaled = new ArrayList<>();
            for (int k = 0; k < scale; k++) {
                for (IndexedDream d : all) {
                    scaled.add(new IndexedDream(k * 10_000_000L + d.id(), d.owner(), d.visibility(), d.dreamer(),
                            d.series(), d.date(), d.sex(), d.text(), d.codes(), d.labels()));
                }
            }
            try (MiniLmEmbedder counter = MiniLmEmbedder.singleThreaded();
                    SearchIndex index = SearchIndex.open(sdir, new Replaying(recorded, counter))) {
                long b0 = System.nanoTime();
                index.rebuild(scaled, n -> {
                    if (n % 50_000 == 0) {
                        System.out.printf(Locale.ROOT, "  scaled: indexed %d  %.1f s  load %s%n", n, secs(b0), load());
                    }
                });
                double build = secs(b0);
                long m0 = System.nanoTime();
                index.forceMerge(1);
                System.out.printf(Locale.ROOT, "corpus x%d (all %d unique reports, vectors replayed from the slice): %d reports, "
                        + "%d documents, build %.1f s without embedding, force-merge %.1f s%n", scale, all.size(),
                        scaled.size(), index.documentCount(), build, secs(m0));
                latency(index, rounds, "corpus x" + scale + " (" + scaled.size() + " reports)");
            }
        }
        System.exit(0);
    }

    private static void throughput(List<IndexedDream> sample, int threads) {
        List<String> texts = sample.stream().map(IndexedDream::text).toList();
        System.out.printf(Locale.ROOT, "embedding throughput on %d reports (load %s):%n", texts.size(), load());
        try (MiniLmEmbedder stock = MiniLmEmbedder.stock()) {
            run("stock LangChain4j model (shared ONNX session, 128-token window)", stock, texts);
        }
        try (MiniLmEmbedder single = MiniLmEmbedder.singleThreaded()) {
            run("1 instance, intra-op threads = 1 (256-token window)", single, texts);
        }
        try (PooledEmbedder pool = new PooledEmbedder(MiniLmEmbedder::singleThreaded, threads)) {
            run(threads + " instances, intra-op threads = 1, one per worker (256-token window)", pool, texts);
        }
    }

    private static void run(String name, Embedder e, List<String> texts) {
        Chunker chunker = Chunker.forEmbedder(e);
        List<String> chunks = new ArrayList<>();
        for (String t : texts) {
            chunker.chunk(t).stream().map(Chunk::text).forEach(chunks::add);
        }
        e.embedAll(chunks.subList(0, Math.min(10, chunks.size()))); // warm up
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        e.embedAll(chunks);
        double s = secs(t0);
        // CPU seconds of this thread: meaningful only where the work runs in the calling thread (one
        // single-threaded instance); it shows the rate a free core would give, whatever the load.
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "  %-75s %6.1f reports/s  %6.1f chunks/s  (%.2f chunks/report; calling-thread CPU %.1f s "
                + "= %.1f reports per CPU-second)  load %s%n", name, texts.size() / s, chunks.size() / s,
                chunks.size() / (double) texts.size(), cpu, texts.size() / cpu, load());
    }

    private static void latency(SearchIndex index, int rounds, String label) throws Exception {
        Viewer v = new Viewer("researcher");
        for (int w = 0; w < 3; w++) {
            for (String q : LEXICAL) {
                index.search(v, new SearchRequest(q, SearchMode.LEXICAL, 10, 0));
            }
            for (String q : HYBRID) {
                index.search(v, new SearchRequest(q, SearchMode.HYBRID, 10, 0));
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (SearchMode mode : List.of(SearchMode.LEXICAL, SearchMode.HYBRID, SearchMode.SEMANTIC)) {
            List<String> qs = mode == SearchMode.LEXICAL ? LEXICAL : HYBRID;
            double[] ms = new double[qs.size() * rounds];
            double[] cpu = new double[qs.size() * rounds];
            int i = 0;
            long hits = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : qs) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    SearchResult res = index.search(v, new SearchRequest(q, mode, 10, 0));
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    // CPU time of this thread: the query's own cost, whatever else the machine is doing
                    // (Lucene searches and ONNX with one intra-op thread both run in the calling thread).
                    cpu[i++] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                    hits += res.total();
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "latency %s %-8s %d queries x %d rounds: wall p50 %.1f ms p95 %.1f ms max %.1f ms; "
                    + "CPU p50 %.1f ms p95 %.1f ms (mean total %.0f)  load %s%n", label, mode, qs.size(), rounds,
                    ms[ms.length / 2], ms[p95(ms.length)], ms[ms.length - 1], cpu[cpu.length / 2], cpu[p95(cpu.length)],
                    hits / (double) ms.length, load());
        }
        double[] emb = new double[HYBRID.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : HYBRID) {
                long c0 = mx.getCurrentThreadCpuTime();
                index.embedder().embed(q);
                emb[i++] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        Arrays.sort(emb);
        System.out.printf(Locale.ROOT, "latency %s query embedding alone: CPU p50 %.1f ms p95 %.1f ms%n", label,
                emb[emb.length / 2], emb[p95(emb.length)]);
    }

    private static int p95(int n) {
        return (int) Math.ceil(n * 0.95) - 1;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'; options are --name value");
            }
            String k = args[i].substring(2);
            if (k.equals("skip-throughput") || k.equals("throughput-only")) {
                m.put(k, "true");
            } else if (i + 1 < args.length) {
                m.put(k, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + k + " needs a value");
            }
        }
        return m;
    }

    /**
     * Passes through to a real embedder and remembers each chunk's vector for the scale-up run. Everything else is
     * forwarded, the one tokenisation per report too, so the index is built on the product's path.
     */
    private static final class Recording extends ForwardingEmbedder {
        private final Map<String, float[]> seen;

        Recording(Embedder inner, Map<String, float[]> seen) {
            super(inner);
            this.seen = seen;
        }

        @Override
        public float[] embed(String text) {
            float[] v = delegate().embed(text);
            seen.put(text, v);
            return v;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            List<float[]> vs = delegate().embedAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                seen.put(texts.get(i), vs.get(i));
            }
            return vs;
        }

        @Override
        public List<float[]> embedChunks(List<Chunk> chunks) {
            List<float[]> vs = delegate().embedChunks(chunks);
            for (int i = 0; i < chunks.size(); i++) {
                seen.put(chunks.get(i).text(), vs.get(i));
            }
            return vs;
        }

        @Override
        public void close() {
            // the pool is closed by its own try-with-resources
        }
    }

    /**
     * Serves recorded vectors with a small random perturbation (so copies are near, not identical, and the
     * HNSW graph is not degenerate); texts never seen (queries) get a perturbed random recorded vector's
     * neighbour — queries at scale are timed, not judged for quality.
     */
    private static final class Replaying implements Embedder {
        private final Map<String, float[]> recorded;
        private final Embedder counter;
        private final int dim;
        private final List<float[]> all;
        private final ThreadLocal<Random> random = ThreadLocal.withInitial(() -> new Random(7));

        Replaying(Map<String, float[]> recorded, Embedder counter) {
            this.recorded = recorded;
            this.counter = counter;
            this.dim = counter.dimension();
            this.all = new ArrayList<>(recorded.values());
        }

        public int dimension() {
            return dim;
        }

        public String id() {
            return "replayed";
        }

        public int maxTokens() {
            return counter.maxTokens();
        }

        public int countTokens(String text) {
            return counter.countTokens(text); // the real tokenizer, so copies are chunked exactly as recorded
        }

        public float[] embed(String text) {
            Random r = random.get();
            float[] base = recorded.get(text);
            if (base == null) {
                base = all.get(Math.floorMod(text.hashCode(), all.size()));
            }
            float[] v = base.clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += (float) (r.nextGaussian() * 0.01);
            }
            return Vectors.normalize(v);
        }
    }
}
