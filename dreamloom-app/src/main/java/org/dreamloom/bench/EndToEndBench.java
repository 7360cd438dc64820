package org.dreamloom.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.CodingPipeline;
import org.dreamloom.coding.StandardCoders;
import org.dreamloom.coding.characters.CharacterCoder;
import org.dreamloom.io.DreamImporter;
import org.dreamloom.io.ImportListener;
import org.dreamloom.io.ImportOptions;
import org.dreamloom.io.ImportProblem;
import org.dreamloom.io.ImportedDream;
import org.dreamloom.io.SeriesInfo;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Chunker;
import org.dreamloom.library.embed.Embedders;
import org.dreamloom.library.search.IndexedDream;
import org.dreamloom.library.search.SearchIndex;
import org.dreamloom.library.search.SearchMode;
import org.dreamloom.library.search.SearchRequest;
import org.dreamloom.library.search.Viewer;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.LibraryImport;

/**
 * The end-to-end benchmark behind {@code dreamloom bench}: over a corpus (DreamBank by default) and its
 * deterministic synthetic scale-up, it measures import rows/s, coding reports/s on 1 and 2 threads, index build
 * time, query latency percentiles for lexical, filtered, semantic and hybrid queries, and heap and RSS; and in
 * the same run the peers a user would otherwise use (SQLite FTS5 and a linear scan for search, Stanford CoreNLP
 * in its own JVM for text analysis), reported as ratios. Product paths only: the library importer, the coding
 * facade, the Lucene search index with the production embedder.
 */
public final class EndToEndBench {
    private static final String OWNER = "bench";
    private static final long SEED = 20_261_122L;
    private static final int MEBI = 1_048_576;

    private final BenchConfig config;
    private final PrintWriter out;
    private final Map<String, Object> result = new LinkedHashMap<>();

    /** A benchmark with the given settings, printing progress and figures to {@code out}. */
    public EndToEndBench(BenchConfig config, PrintWriter out) {
        this.config = config;
        this.out = out;
    }

    /** Runs everything and returns the result tree (what {@code --json} writes). */
    public Map<String, Object> run() throws Exception {
        Path work = Files.createTempDirectory("dreamloom-bench");
        try {
            return run(work);
        } finally {
            deleteTree(work);
        }
    }

    private Map<String, Object> run(Path work) throws Exception {
        long started = System.nanoTime();
        result.put("when", Instant.now().toString());
        result.put("machine", machine());
        result.put("config", config.asMap());
        say("machine: %d cores, max heap %.0f MiB, Java %s, load average %.1f", Runtime.getRuntime().availableProcessors(),
                Resources.maxHeapMb(), System.getProperty("java.version"), Resources.loadAverage());

        List<CorpusReport> corpus = readCorpus();
        SyntheticCorpus synthetic = new SyntheticCorpus(corpus, SEED);
        say("corpus: %,d distinct reports from %s%s; sentence pool %,d; scale-up seed %d", corpus.size(), config.data(),
                config.quick() ? " (quick: an even slice)" : "", synthetic.poolSize(), SEED);
        QuerySet queries = QuerySet.standard();

        List<Object> scales = new ArrayList<>();
        result.put("scales", scales);
        try (ReplayingEmbedder embedder = new ReplayingEmbedder(Embedders.standard())) {
            Map<String, Object> embedding = measureEmbedding(embedder, corpus);
            result.put("embedding", embedding);
            embedder.phase(ReplayingEmbedder.Phase.REPLAY);
            for (int scale : config.scales()) {
                scales.add(runScale(scale, synthetic, queries, embedder, embedding, work));
            }
        }
        result.put("corenlp", coreNlp(synthetic, work));
        result.put("targets", targets());
        result.put("seconds", (System.nanoTime() - started) / 1e9);
        result.put("peak_rss_mb_whole_run_or_last_scale", Resources.peakRssMb());
        result.put("load_average_end", Resources.loadAverage());
        say("done in %.0f s; load average %.1f", (System.nanoTime() - started) / 1e9, Resources.loadAverage());
        return result;
    }

    // ---------------------------------------------------------------- corpus

    private List<CorpusReport> readCorpus() {
        List<CorpusReport> all = new ArrayList<>();
        Map<String, String> seriesSex = new HashMap<>();
        int[] problems = {0};
        DreamImporter.importPaths(List.of(config.data()), ImportOptions.defaults(), new ImportListener() {
            @Override
            public void dream(ImportedDream d) {
                var dream = d.dream();
                all.add(new CorpusReport(dream.series(), dream.dreamer(), dream.date(),
                        dream.metadata().getOrDefault("sex", ""), dream.text()));
            }

            @Override
            public void problem(ImportProblem problem) {
                problems[0]++;
            }

            @Override
            public void series(SeriesInfo s) {
                seriesSex.put(s.name(), s.sex() == null ? "" : s.sex());
            }
        });
        Map<String, CorpusReport> distinct = new LinkedHashMap<>();
        for (CorpusReport r : all) {
            String sex = r.sex().isEmpty() ? seriesSex.getOrDefault(r.series(), "") : r.sex();
            distinct.putIfAbsent(r.text(), new CorpusReport(r.series(), r.dreamer(), r.date(), sex, r.text()));
        }
        List<CorpusReport> reports = new ArrayList<>(distinct.values());
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no reports found under " + config.data()
                    + "; point --data at a folder of dream files (e.g. ../shared/data/dreambank)");
        }
        if (config.slice() > 0 && config.slice() < reports.size()) {
            List<CorpusReport> slice = new ArrayList<>(config.slice());
            for (int k = 0; k < config.slice(); k++) {
                slice.add(reports.get((int) ((long) k * reports.size() / config.slice())));
            }
            reports = slice;
        }
        result.put("corpus", Map.of("rows_read", all.size(), "distinct_reports", distinct.size(), "used_reports",
                reports.size(), "import_problems", problems[0], "mean_chars",
                reports.stream().mapToInt(r -> r.text().length()).average().orElse(0)));
        return reports;
    }

    // ---------------------------------------------------------------- embedding

    /** Real MiniLM embedding of a sample with the production embedder: the one cost of indexing not re-run at scale. */
    private Map<String, Object> measureEmbedding(ReplayingEmbedder embedder, List<CorpusReport> corpus) {
        int n = Math.min(config.embedSample(), corpus.size());
        // Chunked and embedded as reindex does: each report tokenised once, each chunk's word-piece ids to the model.
        Chunker chunker = Chunker.forEmbedder(embedder);
        List<Chunk> chunks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            chunks.addAll(chunker.chunk(corpus.get((int) ((long) k * corpus.size() / n)).text()));
        }
        embedder.embedChunks(chunks.subList(0, Math.min(8, chunks.size()))); // load the model outside the timing
        double cpu0 = CodingRun.processCpuNow();
        long t0 = System.nanoTime();
        embedder.embedChunks(chunks);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = CodingRun.processCpuNow() - cpu0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu_seconds", cpu);
        m.put("embedder", embedder.id());
        m.put("reports", n);
        m.put("chunks", chunks.size());
        m.put("seconds", s);
        m.put("reports_per_s", n / s);
        m.put("chunks_per_report", chunks.size() / (double) n);
        say("embedding (MiniLM, production set-up, %d cores): %,d reports (%,d chunks) in %.1f s = %.1f reports/s "
                + "(%.1f CPU-s; load %.1f)", Runtime.getRuntime().availableProcessors(), n, chunks.size(), s, n / s, cpu,
                Resources.loadAverage());
        return m;
    }

    // ---------------------------------------------------------------- one scale

    private Map<String, Object> runScale(int scale, SyntheticCorpus synthetic, QuerySet queries,
            ReplayingEmbedder embedder, Map<String, Object> embedding, Path work) throws Exception {
        long reports = (long) scale * synthetic.originalCount();
        say("");
        say("== corpus x%d: %,d reports%s", scale, reports, scale > 1 ? " (originals + sentence recombinations)" : "");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", scale);
        m.put("reports", reports);
        Resources.resetPeaks();
        m.put("import", importPhase(scale, synthetic, work));
        m.put("coding", codingPhase(scale, synthetic));
        Path indexDir = Files.createTempDirectory(work, "index-x" + scale);
        double liveWithIndex;
        try (SearchIndex index = SearchIndex.open(indexDir, embedder)) {
            m.put("index", indexPhase(scale, synthetic, index, embedder, embedding));
            m.put("queries", queryPhase(index, queries, embedder));
            liveWithIndex = Resources.liveHeapMb();
        }
        // Memory of the product phases (import, coding, index, queries), before the peers load anything.
        Map<String, Object> mem = new LinkedHashMap<>();
        mem.put("max_heap_mb", Resources.maxHeapMb());
        mem.put("peak_heap_mb", Resources.peakHeapMb());
        mem.put("peak_rss_mb", Resources.peakRssMb());
        mem.put("live_heap_after_gc_with_index_open_mb", liveWithIndex);
        m.put("memory", mem);
        say("memory x%d (import, coding, index, queries): peak heap used %.0f MiB (garbage included) of %.0f MiB max, "
                + "live heap after GC with the index open %.0f MiB, peak RSS %.0f MiB", scale, mem.get("peak_heap_mb"),
                mem.get("max_heap_mb"), mem.get("live_heap_after_gc_with_index_open_mb"), mem.get("peak_rss_mb"));
        Resources.resetPeaks();
        m.put("peers", peersPhase(scale, synthetic, queries, m, work));
        mem.put("peers_peak_heap_mb", Resources.peakHeapMb());
        return m;
    }

    private Map<String, Object> importPhase(int scale, SyntheticCorpus synthetic, Path work) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        if (scale == 1 && config.slice() == 0) {
            m.put("dreambank_folder", importFolder(config.data(), work, "the DreamBank folder as scraped (TSV + series JSON)"));
        }
        // The same reports as JSON Lines, 20,000 per file, so that 1x and 10x import compare like with like.
        Path dir = Files.createTempDirectory(work, "corpus-x" + scale);
        int perFile = 20_000;
        long n = 0;
        BufferedWriter w = null;
        try {
            for (CorpusReport r : synthetic.scaled(scale)) {
                if (n % perFile == 0) {
                    if (w != null) {
                        w.close();
                    }
                    w = Files.newBufferedWriter(dir.resolve(String.format(Locale.ROOT, "part-%04d.jsonl", n / perFile)),
                            StandardCharsets.UTF_8);
                }
                Map<String, String> f = new LinkedHashMap<>();
                f.put("series", r.series());
                f.put("dreamer", r.dreamer());
                f.put("date", r.date());
                f.put("sex", r.sex());
                f.put("report", r.text());
                w.write(JsonOut.line(f));
                w.write('\n');
                n++;
            }
        } finally {
            if (w != null) {
                w.close();
            }
        }
        m.put("jsonl", importFolder(dir, work, "the corpus as JSON Lines"));
        deleteTree(dir);
        return m;
    }

    private Map<String, Object> importFolder(Path folder, Path work, String what) throws IOException {
        Path lib = Files.createTempDirectory(work, "library").resolve("library.db");
        long t0 = System.nanoTime();
        LibraryImport.Summary s;
        try (DreamStore store = DreamStore.open(lib)) {
            long owner = store.ownerId(DreamStore.LOCAL_OWNER);
            s = new LibraryImport(store, owner, org.dreamloom.library.store.Visibility.PRIVATE,
                    LibraryImport.DEFAULT_BATCH, null, null).run(List.of(folder), ImportOptions.defaults());
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long rows = s.imported() + s.duplicates();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", what);
        m.put("rows", rows);
        m.put("stored", s.imported());
        m.put("rejected", s.rejected());
        m.put("seconds", secs);
        m.put("rows_per_s", rows / secs);
        m.put("library_mb", Files.size(lib) / (double) MEBI);
        say("import (%s): %,d rows (%,d stored, %,d rejected) in %.1f s = %,.0f rows/s; library %.0f MiB",
                what, rows, s.imported(), s.rejected(), secs, rows / secs, Files.size(lib) / (double) MEBI);
        deleteTree(lib.getParent());
        return m;
    }

    private Map<String, Object> codingPhase(int scale, SyntheticCorpus synthetic) throws Exception {
        // Two timed samples, interleaved and evenly spread, one for 1 thread and one for 2, each coded for the first
        // time when timed: a report seen before is cheaper (its words' WordNet synsets and lemmas are cached), so
        // timing 2 threads over the reports the 1-thread pass had just coded favoured 2 threads. The warm-up codes
        // other reports (models, lexicons, memos, JIT), many and varied, fresh ones each pass while they last:
        // passes over the same few reports leave the JIT with a profile of those, and new reports then set it
        // compiling again.
        List<CorpusReport> both = synthetic.sample(scale, 2 * config.codeSample());
        List<List<String>> timed = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < both.size(); i++) {
            timed.get(i % 2).add(both.get(i).text());
        }
        Set<String> seen = new HashSet<>();
        timed.forEach(seen::addAll);
        List<String> others = synthetic.sample(scale, CodingWarmUp.POOL * config.codeSample()).stream()
                .map(CorpusReport::text).filter(t -> !seen.contains(t)).toList();
        // A corpus no larger than the timed samples leaves nothing else to warm up on: then warm up on those.
        List<String> warm = others.isEmpty() ? both.stream().map(CorpusReport::text).toList() : others;
        CodingPipeline whole = WHOLE.get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("warm_up", warmUp(whole, warm, Math.max(config.codeSample(), CodingWarmUp.MIN_PASS)));
        m.put("coders", whole.coders().stream().map(c -> c.id()).toList());
        m.put("sample_reports", timed.get(1).size());
        m.put("mean_chars", timed.get(1).stream().mapToInt(String::length).average().orElse(0));
        for (int threads : new int[] {1, 2}) {
            List<String> texts = timed.get(threads - 1);
            CodingRun run = CodingRun.of(whole, texts, threads);
            double rate = run.reportsPerSecond();
            String key = threads + "_thread" + (threads > 1 ? "s" : "");
            m.put("reports_per_s_" + key, rate);
            m.put("pass_" + key, run.asMap());
            say("coding x%d (all %d coders): %,d new reports (evenly spread over the corpus) on %d thread(s): %,.0f reports/s",
                    scale, whole.coders().size(), texts.size(), threads, rate);
            sayRun("timed", run);
        }
        // The public facade as wired in this build, for reference (it may hold fewer coders while branches merge).
        CodingPipeline facade = Dreamloom.pipeline();
        code(facade, warm.subList(0, Math.min(config.codeSample(), warm.size())), 2);
        double f = code(facade, timed.get(1), 2); // seen before by the whole pipeline: memos warm
        m.put("facade_coders", facade.coders().stream().map(c -> c.id()).toList());
        m.put("facade_reports_per_s_2_threads", f);
        say("coding x%d through Dreamloom.code (%d coders wired): %,.0f reports/s on 2 threads", scale,
                facade.coders().size(), f);
        return m;
    }

    /** The whole coding pipeline: the character coder, then every other standard coder, as the product wires it. */
    private static final java.util.function.Supplier<CodingPipeline> WHOLE = new java.util.function.Supplier<>() {
        private CodingPipeline built;

        @Override
        public synchronized CodingPipeline get() {
            if (built == null) {
                CodingPipeline.Builder b = CodingPipeline.builder().add(new CharacterCoder());
                StandardCoders.rest().forEach(b::add);
                built = b.build();
            }
            return built;
        }
    };

    /** Warms {@code pipeline} up on {@code warm} until the JIT settles (see {@link CodingWarmUp}), saying each pass. */
    private Map<String, Object> warmUp(CodingPipeline pipeline, List<String> warm, int passSize) throws Exception {
        int[] n = {0};
        CodingWarmUp w = CodingWarmUp.run(pipeline, warm, passSize,
                config.quick() ? CodingWarmUp.QUICK_LIMIT_S : CodingWarmUp.LIMIT_S,
                r -> sayRun("warm-up " + ++n[0], r));
        if (!w.settled()) {
            say("  (the JIT had not settled after %.0f s of warm-up: the figures below include compiling)", w.seconds());
        }
        return w.asMap();
    }

    private void sayRun(String what, CodingRun r) {
        say("  (%s pass, %d thread(s): wall %.2f s, workers %.2f CPU-s = %.3f CPU-ms a report, whole JVM %.2f CPU-s, "
                + "JIT %.2f s, GC %.2f s; load %.1f)%s", what, r.threads(), r.wallSeconds(), r.workerCpuSeconds(),
                r.workerCpuMsPerReport(), r.processCpuSeconds(), r.jitSeconds(), r.gcSeconds(), Resources.loadAverage(),
                what.equals("timed") && r.jitSeconds() > CodingWarmUp.JIT_SETTLED * r.wallSeconds()
                        ? " note: the JIT was compiling during this pass, so the figure includes compiling" : "");
    }

    /** Codes every text once with the given pipeline and number of threads; returns reports/s. */
    static double code(CodingPipeline pipeline, List<String> texts, int threads) throws Exception {
        return CodingRun.of(pipeline, texts, threads).reportsPerSecond();
    }

    private Map<String, Object> indexPhase(int scale, SyntheticCorpus synthetic, SearchIndex index,
            ReplayingEmbedder embedder, Map<String, Object> embedding) throws IOException {
        embedder.phase(ReplayingEmbedder.Phase.REPLAY);
        long before = embedder.replayedCount();
        Iterable<IndexedDream> dreams = indexed(synthetic.scaled(scale));
        double cpu0 = CodingRun.processCpuNow();
        long t0 = System.nanoTime();
        index.rebuild(dreams);
        // No force-merge: the product's reindex does not merge either, so queries see the segments a user gets.
        double build = (System.nanoTime() - t0) / 1e9;
        double buildCpu = CodingRun.processCpuNow() - cpu0;
        long chunks = embedder.replayedCount() - before;
        long reports = (long) scale * synthetic.originalCount();
        double embedSeconds = reports / (double) embedding.get("reports_per_s");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", index.documentCount());
        m.put("chunks", chunks);
        m.put("build_seconds_without_embedding", build);
        m.put("build_cpu_seconds_without_embedding", buildCpu);
        m.put("embedding_seconds_projected", embedSeconds);
        m.put("total_seconds_projected", build + embedSeconds);
        m.put("reports_per_s_without_embedding", reports / build);
        say("index x%d: %,d reports, %,d chunks: build %.1f s without embedding (%,.0f reports/s, %.1f CPU-s; load %.1f); "
                + "with MiniLM embedding at the measured rate: %.0f s more, %.1f min in all", scale, reports, chunks, build,
                reports / build, buildCpu, Resources.loadAverage(), embedSeconds, (build + embedSeconds) / 60);
        return m;
    }

    private static Iterable<IndexedDream> indexed(Iterable<CorpusReport> reports) {
        return () -> new Iterator<>() {
            private final Iterator<CorpusReport> it = reports.iterator();
            private long id;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public IndexedDream next() {
                CorpusReport r = it.next();
                return new IndexedDream(++id, OWNER, org.dreamloom.library.store.Visibility.PUBLIC, r.dreamer(),
                        r.series(), date(r.date()), r.sex(),
                        r.text(), Map.of(), Map.of());
            }
        };
    }

    static LocalDate date(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> LocalDate.of(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)), 1);
                case 10 -> LocalDate.parse(iso);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Map<String, Object> queryPhase(SearchIndex index, QuerySet queries, ReplayingEmbedder embedder)
            throws Exception {
        embedder.phase(ReplayingEmbedder.Phase.QUERY);
        // Every timed query embeds its text, as a first-time query does: the rounds repeat the same queries, and
        // the index's cache of recent query vectors would otherwise hide the model's cost.
        index.cacheQueryVectors(0);
        Viewer viewer = new Viewer(OWNER);
        for (int w = 0; w < 2; w++) {
            for (BenchQuery q : queries.all()) {
                index.search(viewer, request(q));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
            List<BenchQuery> qs = queries.of(kind);
            double[] ms = new double[qs.size() * config.rounds()];
            long hits = 0;
            int i = 0;
            for (int r = 0; r < config.rounds(); r++) {
                for (BenchQuery q : qs) {
                    long t0 = System.nanoTime();
                    hits += index.search(viewer, request(q)).total();
                    ms[i++] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Map<String, Object> lat = latency(ms);
            lat.put("mean_total_hits", hits / (double) ms.length);
            m.put(kind.key(), lat);
            say("query %-8s %2d queries x %d rounds: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", kind.key(), qs.size(),
                    config.rounds(), lat.get("p50_ms"), lat.get("p95_ms"), lat.get("p99_ms"));
        }
        return m;
    }

    private static SearchRequest request(BenchQuery q) {
        SearchMode mode = switch (q.kind()) {
            case LEXICAL, FILTERED -> SearchMode.LEXICAL;
            case SEMANTIC -> SearchMode.SEMANTIC;
            case HYBRID -> SearchMode.HYBRID;
        };
        return new SearchRequest(q.query(), mode, 10, 0);
    }

    private static Map<String, Object> latency(double[] ms) {
        Percentiles p = new Percentiles(ms);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", p.count());
        m.put("p50_ms", p.at(50));
        m.put("p95_ms", p.at(95));
        m.put("p99_ms", p.at(99));
        m.put("max_ms", p.max());
        m.put("mean_ms", p.mean());
        return m;
    }

    // ---------------------------------------------------------------- search peers

    @SuppressWarnings("unchecked")
    private Map<String, Object> peersPhase(int scale, SyntheticCorpus synthetic, QuerySet queries,
            Map<String, Object> scaleResult, Path work) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> ours = (Map<String, Object>) scaleResult.get("queries");
        try (Fts5Peer fts = Fts5Peer.create(work)) {
            long t0 = System.nanoTime();
            for (CorpusReport r : synthetic.scaled(scale)) {
                fts.add(r);
            }
            fts.finish();
            double build = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("build_seconds", build);
            f.put("database_mb", fts.bytes() / (double) MEBI);
            say("peer SQLite FTS5 x%d: built in %.1f s (%.0f MiB)", scale, build, fts.bytes() / (double) MEBI);
            peerLatencies(f, ours, queries, "FTS5", q -> {
                try {
                    return fts.search(q);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("FTS5 query '" + q.fts() + "' failed: " + e.getMessage(), e);
                }
            });
            m.put("sqlite_fts5", f);
        }
        LinearScan scan = new LinearScan();
        long t0 = System.nanoTime();
        for (CorpusReport r : synthetic.scaled(scale)) {
            scan.add(r);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("load_seconds", (System.nanoTime() - t0) / 1e9);
        peerLatencies(s, ours, queries, "scan", scan::search);
        m.put("linear_scan", s);
        return m;
    }

    @SuppressWarnings("unchecked")
    private void peerLatencies(Map<String, Object> into, Map<String, Object> ours, QuerySet queries, String name,
            java.util.function.ToLongFunction<BenchQuery> search) {
        for (BenchQuery.Kind kind : List.of(BenchQuery.Kind.LEXICAL, BenchQuery.Kind.FILTERED)) {
            List<BenchQuery> qs = queries.of(kind).stream().filter(BenchQuery::hasPeers).toList();
            qs.forEach(search::applyAsLong); // warm-up
            // The linear scan is slow at scale; fewer rounds keep the run short and still give 60+ samples.
            int rounds = name.equals("scan") ? Math.max(1, Math.min(config.rounds(), 3)) : config.rounds();
            double[] ms = new double[qs.size() * rounds];
            long hits = 0;
            int i = 0;
            for (int r = 0; r < rounds; r++) {
                for (BenchQuery q : qs) {
                    long t0 = System.nanoTime();
                    hits += search.applyAsLong(q);
                    ms[i++] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Map<String, Object> lat = latency(ms);
            lat.put("mean_total_hits", hits / (double) ms.length);
            Map<String, Object> mine = (Map<String, Object>) ours.get(kind.key());
            double p50 = (double) lat.get("p50_ms") / (double) mine.get("p50_ms");
            double p95 = (double) lat.get("p95_ms") / (double) mine.get("p95_ms");
            lat.put("p50_ratio_peer_over_dreamloom", p50);
            lat.put("p95_ratio_peer_over_dreamloom", p95);
            into.put(kind.key(), lat);
            say("  %-5s %-8s p50 %7.2f ms  p95 %7.2f ms  -> peer time / Dreamloom time: %.2f (p50), %.2f (p95)", name,
                    kind.key(), lat.get("p50_ms"), lat.get("p95_ms"), p50, p95);
        }
    }

    // ---------------------------------------------------------------- CoreNLP peer

    private Map<String, Object> coreNlp(SyntheticCorpus synthetic, Path work) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> classpath = config.coreNlpClasspath();
        if (classpath.isEmpty()) {
            m.put("skipped", config.coreNlpSkipReason());
            say("");
            say("peer CoreNLP: skipped (%s)", config.coreNlpSkipReason());
            return m;
        }
        List<String> texts = synthetic.sample(1, config.coreNlpSample()).stream().map(CorpusReport::text).toList();
        Path file = work.resolve("corenlp-reports.txt");
        Files.write(file, texts.stream().map(t -> t.replaceAll("\\s+", " ")).toList(), StandardCharsets.UTF_8);
        say("");
        say("peer CoreNLP (own JVM, -Xmx4g): %d reports", texts.size());
        // Dreamloom on exactly these reports, with CoreNLP's protocol: an untimed pass over the first 50, then one
        // timed pass over all of them, on 1 and then 2 threads.
        CodingPipeline whole = WHOLE.get();
        code(whole, texts.subList(0, Math.min(50, texts.size())), 1);
        double ours1 = code(whole, texts, 1);
        double ours2 = code(whole, texts, 2);
        m.put("reports", texts.size());
        m.put("dreamloom_reports_per_s_1_thread", ours1);
        m.put("dreamloom_reports_per_s_2_threads", ours2);
        say("  Dreamloom (all coders) on the same reports: %,.0f reports/s (1 thread), %,.0f reports/s (2 threads)", ours1, ours2);
        List<Object> runs = new ArrayList<>();
        for (String annotators : config.coreNlpAnnotators()) {
            Map<String, Object> r = CoreNlpProcess.run(classpath, file, annotators, out);
            if (r.containsKey("threads_1") && r.containsKey("threads_2")) {
                double c1 = ((Number) r.get("threads_1")).doubleValue();
                double c2 = ((Number) r.get("threads_2")).doubleValue();
                r.put("ratio_dreamloom_over_corenlp_1_thread", ours1 / c1);
                r.put("ratio_dreamloom_over_corenlp_2_threads", ours2 / c2);
                say("  CoreNLP %s: %.1f reports/s (1 thread), %.1f (2 threads), models load %.1f s -> Dreamloom %.1fx / %.1fx",
                        annotators, c1, c2, ((Number) r.get("load_seconds")).doubleValue(), ours1 / c1, ours2 / c2);
            }
            runs.add(r);
        }
        m.put("runs", runs);
        return m;
    }

    // ---------------------------------------------------------------- targets

    @SuppressWarnings("unchecked")
    private List<Object> targets() {
        List<Object> t = new ArrayList<>();
        List<Object> scales = (List<Object>) result.get("scales");
        for (Object o : scales) {
            Map<String, Object> s = (Map<String, Object>) o;
            String x = "x" + s.get("scale");
            Map<String, Object> coding = (Map<String, Object>) s.get("coding");
            Map<String, Object> q = (Map<String, Object>) s.get("queries");
            Map<String, Object> peers = (Map<String, Object>) s.get("peers");
            target(t, x + " coding on 2 threads >= 1,000 reports/s", (double) coding.get("reports_per_s_2_threads"),
                    ">=", 1000);
            double lexP95 = (double) ((Map<String, Object>) q.get("lexical")).get("p95_ms");
            target(t, x + " lexical search p95 <= 10 ms", lexP95, "<=", 10);
            Map<String, Object> fts = (Map<String, Object>) peers.get("sqlite_fts5");
            double ftsP95 = (double) ((Map<String, Object>) fts.get("lexical")).get("p95_ms");
            target(t, x + " lexical p95 faster than FTS5 (FTS5 p95 / ours)", ftsP95 / lexP95, ">", 1);
            target(t, x + " hybrid search p95 <= 30 ms", (double) ((Map<String, Object>) q.get("hybrid")).get("p95_ms"),
                    "<=", 30);
            if (((int) s.get("scale")) >= 10) {
                target(t, x + " peak heap <= 1 GiB (MiB)", (double) ((Map<String, Object>) s.get("memory")).get("peak_heap_mb"),
                        "<=", 1024);
            }
        }
        Map<String, Object> c = (Map<String, Object>) result.get("corenlp");
        if (c != null && c.get("runs") instanceof List<?> runs) {
            for (Object o : runs) {
                Map<String, Object> r = (Map<String, Object>) o;
                if (r.containsKey("ratio_dreamloom_over_corenlp_2_threads")) {
                    target(t, "coding on 2 threads >= 3x CoreNLP (" + r.get("annotators") + ")",
                            (double) r.get("ratio_dreamloom_over_corenlp_2_threads"), ">=", 3);
                }
            }
        }
        say("");
        say("targets:");
        for (Object o : t) {
            Map<String, Object> m = (Map<String, Object>) o;
            say("  %-4s %-62s %10.2f", (boolean) m.get("met") ? "MET" : "MISS", m.get("target"), m.get("value"));
        }
        return t;
    }

    private static void target(List<Object> into, String name, double value, String op, double bound) {
        boolean met = switch (op) {
            case ">=" -> value >= bound;
            case ">" -> value > bound;
            default -> value <= bound;
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", name);
        m.put("value", value);
        m.put("met", met);
        into.add(m);
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_mb", Resources.maxHeapMb());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("cpu", cpuModel());
        m.put("load_average_start", Resources.loadAverage());
        return m;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (Exception e) {
            return "unknown";
        }
        return "unknown";
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
