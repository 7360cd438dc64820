package org.dreamloom.library.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dreamloom.coding.Category;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Chunker;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.Vectors;
import org.dreamloom.library.store.Visibility;

/**
 * The Lucene index of dreams: words, filters and embedding vectors, derived from the store and rebuildable
 * from it. Every read runs on behalf of a {@link Viewer} and sees only the viewer's own dreams and dreams
 * that are not private; the privacy filter is part of every Lucene query, including the kNN filter.
 *
 * <p>Each dream is one "dream" document (text, filters, stored fields) plus one "chunk" document per
 * embedding chunk (vector and the same filter fields, so kNN can be filtered inside the HNSW search).
 * Thread-safe: writes are serialised, reads run on near-real-time searchers.
 */
public final class SearchIndex implements Closeable {
    /** Candidates taken from each ranking (BM25 and kNN) before fusion. */
    static final int CANDIDATES = 100;
    /** The constant of reciprocal rank fusion, as in Cormack et al. (2009). */
    static final int RRF_K = 60;
    private static final int BATCH = 256;
    /** What a hit shows; loaded for the shown hits only. */
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.DREAMER, Fields.SERIES, Fields.DATE_STORED,
            Fields.TEXT);
    private static final FieldType TEXT_WITH_OFFSETS = textType(true);
    private static final FieldType TEXT_PLAIN = textType(false);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = Fields.analyzer();
    private final Embedder embedder;
    private final Chunker chunker;
    /** Recent query embeddings: paging and repeated queries skip the model. */
    private final QueryVectors queryVectors;
    /** Visible dreams per dreamer and per series, per viewer ({@link #totals}). */
    private final ReaderCache<Map<String, Map<String, Long>>> totalsCache = new ReaderCache<>(64);
    /** Recent counts of {@link #visibleCount}. */
    private final ReaderCache<Integer> visibleCounts = new ReaderCache<>(16_384);
    /**
     * The stored fields of shown hits, kept per segment (a hit read again costs no decompression); at most
     * {@link #HIT_CACHE_CHARS} characters (each text twice, as written and lower-cased, and its words' offsets), some
     * 10,000 typical reports.
     */
    private final SegmentDocCache<HitFields> hitFields = new SegmentDocCache<>(HIT_CACHE_CHARS, HitFields::weight,
            (stored, doc) -> HitFields.load(stored, doc, analyzer));
    /** The report spans of chunk documents shown as hybrid and semantic hits' passages, kept likewise. */
    private final SegmentDocCache<Span> chunkSpans = new SegmentDocCache<>(1L << 22, sp -> 1, SearchIndex::readSpan);
    /** The most characters of hit text {@link #hitFields} keeps (as Latin-1 strings, about as many bytes). */
    static final long HIT_CACHE_CHARS = 32L << 20;
    private long fingerprint;
    private String indexedEmbedder;
    /** While a rebuild runs, readers keep the last complete index instead of seeing it half-built. */
    private volatile boolean rebuilding;

    private SearchIndex(Directory directory, Embedder embedder) throws IOException {
        this.directory = directory;
        this.embedder = embedder;
        this.chunker = Chunker.forEmbedder(embedder);
        this.queryVectors = new QueryVectors(embedder, 256);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(128);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        this.fingerprint = Long.parseLong(data.getOrDefault("fingerprint", "0"));
        this.indexedEmbedder = data.getOrDefault("embedder", embedder.id());
    }

    /** Opens (or creates) the index in folder {@code dir}; vectors come from {@code embedder}. */
    public static SearchIndex open(Path dir, Embedder embedder) throws IOException {
        return new SearchIndex(FSDirectory.open(dir), embedder);
    }

    /** A new empty index in memory, for tests and small tools. */
    public static SearchIndex inMemory(Embedder embedder) {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an index in memory", e);
        }
    }

    // ---------------------------------------------------------------- writing

    /** Replaces the whole index with {@code dreams} and commits; see {@link #rebuild(Iterable, IntConsumer)}. */
    public void rebuild(Iterable<IndexedDream> dreams) throws IOException {
        rebuild(dreams, n -> {});
    }

    /**
     * Replaces the whole index with {@code dreams}, embedding every chunk, and commits. Embedding of the
     * next batch runs while the current one is written. {@code progress} receives the running count of
     * dreams indexed. A dream id that appears twice is an error. On any error the index on disk keeps its
     * last commit, and this object is closed (Lucene's rollback closes the writer): open the index again.
     */
    public synchronized void rebuild(Iterable<IndexedDream> dreams, IntConsumer progress) throws IOException {
        rebuilding = true;
        try {
            rebuildInto(dreams, progress);
        } finally {
            rebuilding = false;
        }
        searchers.maybeRefreshBlocking();
    }

    private void rebuildInto(Iterable<IndexedDream> dreams, IntConsumer progress) throws IOException {
        // The last complete index stays readable (a point-in-time reader) while the new one is written, so the
        // vectors of dreams whose text did not change are copied from it instead of being embedded again.
        searchers.maybeRefreshBlocking();
        IndexSearcher snapshot = searchers.acquire();
        try {
            VectorReuse reuse = new VectorReuse(indexedEmbedder.equals(embedder.id()) ? snapshot : null);
            rebuildInto(dreams, progress, reuse);
        } finally {
            searchers.release(snapshot);
        }
    }

    private void rebuildInto(Iterable<IndexedDream> dreams, IntConsumer progress, VectorReuse reuse) throws IOException {
        writer.deleteAll();
        fingerprint = 0;
        indexedEmbedder = embedder.id();
        Set<Long> seen = new HashSet<>();
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "index-embed-ahead");
            t.setDaemon(true);
            return t;
        });
        try {
            Iterator<IndexedDream> it = dreams.iterator();
            CompletableFuture<List<List<Document>>> pending = next(it, ahead, reuse);
            int done = 0;
            while (pending != null) {
                List<List<Document>> batch = pending.join();
                pending = next(it, ahead, reuse);
                for (List<Document> docs : batch) {
                    Document dream = docs.get(docs.size() - 1);
                    long id = dream.getField(Fields.ID).numericValue().longValue();
                    if (!seen.add(id)) {
                        throw new IllegalArgumentException("dream id " + id + " appears twice in the rebuild input");
                    }
                    fingerprint += dream.getField(Fields.FINGERPRINT).numericValue().longValue();
                    writer.addDocuments(docs);
                }
                done += batch.size();
                progress.accept(done);
            }
            rebuilding = false;
            commit();
        } catch (java.util.concurrent.CompletionException e) {
            writer.rollback();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException | IOException e) {
            writer.rollback();
            throw e;
        } finally {
            ahead.shutdownNow();
        }
    }

    private CompletableFuture<List<List<Document>>> next(Iterator<IndexedDream> it, ExecutorService ahead,
            VectorReuse reuse) {
        if (!it.hasNext()) {
            return null;
        }
        List<IndexedDream> batch = new ArrayList<>(BATCH);
        while (it.hasNext() && batch.size() < BATCH) {
            batch.add(it.next());
        }
        return CompletableFuture.supplyAsync(() -> documents(batch, reuse), ahead);
    }

    /** Adds or replaces one dream (and commits). */
    public void upsert(IndexedDream dream) throws IOException {
        upsertAll(List.of(dream));
    }

    /** Adds or replaces several dreams, then commits once. */
    public synchronized void upsertAll(Collection<IndexedDream> dreams) throws IOException {
        List<List<Document>> docs;
        IndexSearcher snapshot = acquire();
        try {
            docs = documents(new ArrayList<>(dreams), new VectorReuse(indexedEmbedder.equals(embedder.id()) ? snapshot : null));
        } finally {
            release(snapshot);
        }
        for (List<Document> d : docs) {
            Document dream = d.get(d.size() - 1);
            long id = dream.getField(Fields.ID).numericValue().longValue();
            fingerprint -= storedFingerprint(id);
            fingerprint += dream.getField(Fields.FINGERPRINT).numericValue().longValue();
            writer.updateDocuments(new Term(Fields.ID_KEY, Long.toString(id)), d);
            searchers.maybeRefreshBlocking(); // so the next upsert in this batch sees this one's fingerprint
        }
        commit();
    }

    /** Removes a dream (and commits); removing an absent id does nothing. */
    public synchronized void delete(long id) throws IOException {
        fingerprint -= storedFingerprint(id);
        writer.deleteDocuments(new Term(Fields.ID_KEY, Long.toString(id)));
        commit();
    }

    private long storedFingerprint(long id) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs td = s.search(dreamById(id), 1);
            if (td.scoreDocs.length == 0) {
                return 0;
            }
            return s.storedFields().document(td.scoreDocs[0].doc, Set.of(Fields.FINGERPRINT))
                    .getField(Fields.FINGERPRINT).numericValue().longValue();
        } finally {
            searchers.release(s);
        }
    }

    private void commit() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexStatus s = status();
        writer.setLiveCommitData(s.toCommitData().entrySet());
        writer.commit();
    }

    /**
     * The Lucene documents of each dream: its chunk documents, then the dream document last. Chunk vectors come
     * from {@code reuse} when the dream's text is unchanged there, otherwise from the embedder (one call for all).
     */
    private List<List<Document>> documents(List<IndexedDream> dreams, VectorReuse reuse) {
        List<VectorReuse.Reused> reused = new ArrayList<>(dreams.size());
        List<List<Chunk>> chunks = new ArrayList<>(dreams.size());
        List<Chunk> toEmbed = new ArrayList<>();
        for (IndexedDream d : dreams) {
            VectorReuse.Reused r = reuse.lookup(d);
            reused.add(r);
            List<Chunk> c = r != null ? List.of() : chunker.chunk(d.text());
            chunks.add(c);
            toEmbed.addAll(c);
        }
        List<float[]> vectors = toEmbed.isEmpty() ? List.of() : embedder.embedChunks(toEmbed);
        List<List<Document>> out = new ArrayList<>(dreams.size());
        int v = 0;
        for (int i = 0; i < dreams.size(); i++) {
            IndexedDream d = dreams.get(i);
            List<Document> docs = new ArrayList<>();
            VectorReuse.Reused r = reused.get(i);
            float[] mean;
            if (r != null) {
                for (VectorReuse.ReusedChunk c : r.chunks()) {
                    docs.add(chunkDocument(d, c.vector(), c.start(), c.end()));
                }
                mean = r.mean();
            } else {
                List<float[]> mine = new ArrayList<>();
                List<Integer> weights = new ArrayList<>();
                for (Chunk c : chunks.get(i)) {
                    float[] vec = Vectors.normalize(vectors.get(v++));
                    mine.add(vec);
                    weights.add(c.tokens());
                    docs.add(chunkDocument(d, vec, c.start(), c.end()));
                }
                mean = mine.isEmpty() ? null : Vectors.mean(mine, weights);
            }
            docs.add(dreamDocument(d, mean));
            out.add(docs);
        }
        return out;
    }

    private static Document chunkDocument(IndexedDream d, float[] vec, int start, int end) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.CHUNK, Field.Store.NO));
        filterFields(doc, d);
        doc.add(new KnnFloatVectorField(Fields.CHUNK_VECTOR, vec, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(Fields.CHUNK_START, start));
        doc.add(new StoredField(Fields.CHUNK_END, end));
        return doc;
    }

    private static Document dreamDocument(IndexedDream d, float[] mean) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.DREAM, Field.Store.NO));
        filterFields(doc, d);
        doc.add(new StoredField(Fields.ID, d.id()));
        doc.add(new StoredField(Fields.OWNER, d.owner()));
        doc.add(new StoredField(Fields.VISIBILITY, d.visibility().db()));
        doc.add(new StoredField(Fields.DREAMER, d.dreamer()));
        doc.add(new StoredField(Fields.SERIES, d.series()));
        doc.add(new StoredField(Fields.SEX, d.sex()));
        doc.add(new SortedDocValuesField(Fields.DREAMER_FACET, new BytesRef(d.dreamer())));
        doc.add(new SortedDocValuesField(Fields.SERIES_FACET, new BytesRef(d.series())));
        if (d.date() != null) {
            doc.add(new StoredField(Fields.DATE_STORED, d.date().toString()));
        }
        doc.add(new Field(Fields.TEXT, d.text(), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.TEXT_EXACT, d.text(), TEXT_PLAIN));
        d.codes().forEach((cat, codes) -> codes.forEach(c -> doc.add(new StoredField(Fields.CODES_STORED, cat.name() + "\t" + c))));
        d.labels().forEach((k, v) -> doc.add(new StoredField(Fields.LABELS_STORED, k + "\t" + v)));
        if (mean != null) {
            doc.add(new StoredField(Fields.MEAN_VECTOR, Vectors.toBytes(mean)));
        }
        doc.add(new StoredField(Fields.FINGERPRINT, IndexStatus.hash(d)));
        return doc;
    }

    /** The fields every document of a dream carries, so any of them can be filtered by privacy and filters. */
    private static void filterFields(Document doc, IndexedDream d) {
        doc.add(new StringField(Fields.ID_KEY, Long.toString(d.id()), Field.Store.NO));
        doc.add(new LongPoint(Fields.ID, d.id()));
        doc.add(new NumericDocValuesField(Fields.ID, d.id()));
        doc.add(new StringField(Fields.OWNER, d.owner(), Field.Store.NO));
        doc.add(new StringField(Fields.VISIBILITY, d.visibility().db(), Field.Store.NO));
        doc.add(new StringField(Fields.DREAMER, Fields.norm(d.dreamer()), Field.Store.NO));
        doc.add(new StringField(Fields.SERIES, Fields.norm(d.series()), Field.Store.NO));
        doc.add(new StringField(Fields.SEX, Fields.norm(d.sex()), Field.Store.NO));
        if (d.date() != null) {
            doc.add(new IntPoint(Fields.DATE, DreamQueryParser.ymd(d.date())));
        }
        Set<String> seen = new HashSet<>();
        d.codes().forEach((cat, codes) -> {
            for (String c : codes) {
                String n = Fields.norm(c);
                add(doc, Fields.CODE, n, seen);
                if (cat == Category.CHARACTERS) {
                    add(doc, Fields.CHARACTER, n, seen);
                }
                if (cat == Category.SETTINGS) {
                    add(doc, Fields.SETTING, n, seen);
                }
                if (cat == Category.EMOTIONS) {
                    add(doc, Fields.EMOTION, n, seen);
                    String e = HvdcCodes.emotionOf(c);
                    if (e != null) {
                        add(doc, Fields.EMOTION, Fields.norm(e), seen);
                    }
                }
            }
        });
        d.labels().forEach((k, v) -> {
            doc.add(new StringField(Fields.label(k), Fields.norm(v), Field.Store.NO));
            doc.add(new StringField(Fields.LABEL_KEYS, Fields.norm(k), Field.Store.NO));
        });
    }

    private static void add(Document doc, String field, String value, Set<String> seen) {
        if (seen.add(field + "\u0000" + value)) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }

    // ---------------------------------------------------------------- status

    /** What the index holds now: count, largest id, fingerprint, and the embedder its vectors came from. */
    public IndexStatus status() throws IOException {
        if (!rebuilding) {
            searchers.maybeRefreshBlocking();
        }
        IndexSearcher s = searchers.acquire();
        try {
            long count = s.count(new TermQuery(new Term(Fields.TYPE, Fields.DREAM)));
            long max = -1;
            TopDocs top = s.search(new TermQuery(new Term(Fields.TYPE, Fields.DREAM)), 1,
                    new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(
                            Fields.ID, org.apache.lucene.search.SortField.Type.LONG, true)));
            if (top.scoreDocs.length > 0) {
                max = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.ID))
                        .getField(Fields.ID).numericValue().longValue();
            }
            return new IndexStatus(count, max, fingerprint, indexedEmbedder);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * How many recent query vectors to keep (256 by default); 0 embeds every query afresh, as a benchmark of
     * first-time queries wants.
     */
    public void cacheQueryVectors(int capacity) {
        queryVectors.capacity(capacity);
    }

    /** The embedder this index uses for queries and new dreams. */
    public Embedder embedder() {
        return embedder;
    }

    // ---------------------------------------------------------------- searching

    /**
     * Runs {@code request} for {@code viewer}.
     *
     * @throws QuerySyntaxException when the query cannot be read; the message says where and how to fix it
     */
    public SearchResult search(Viewer viewer, SearchRequest request) throws QuerySyntaxException {
        IndexSearcher s = acquire();
        try {
            SearchMode mode = request.mode();
            Query visible = visibleTo(viewer);
            boolean lexical = mode == SearchMode.LEXICAL;
            QueryPlan plan = plan(s, viewer, lexical ? request.query() : QueryPlan.stripFraming(request.query()), visible,
                    !lexical);
            if (mode != SearchMode.LEXICAL && plan.semanticText().isBlank()) {
                mode = SearchMode.LEXICAL; // nothing to embed: filters only
            }
            if (mode != SearchMode.LEXICAL && !indexedEmbedder.equals(embedder.id())) {
                throw new IllegalStateException("the index's vectors come from '" + indexedEmbedder + "' but queries "
                        + "are embedded with '" + embedder.id() + "'; rebuild the index (dreamloom reindex) "
                        + "or search by words only");
            }
            return switch (mode) {
                case LEXICAL -> lexical(s, plan, visible, viewer, request);
                case SEMANTIC -> semantic(s, plan, visible, viewer, request);
                case HYBRID -> hybrid(s, plan, visible, viewer, request);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        } finally {
            release(s);
        }
    }

    private QueryPlan plan(IndexSearcher s, Viewer viewer, String raw, Query visible, boolean rankingNeeded)
            throws QuerySyntaxException, IOException {
        if (raw.isBlank()) {
            throw new QuerySyntaxException("empty query: give words to look for, a \"phrase\" or a filter "
                    + "such as dreamer:alta", 0);
        }
        Query visibleDreams = and(dreamsOnly(), visible);
        java.util.function.Predicate<String> labelKnown = key -> {
            try {
                return s.count(and(new TermQuery(new Term(Fields.LABEL_KEYS, key)), visibleDreams)) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        DreamQueryParser parser = new DreamQueryParser(analyzer, labelKnown, () -> {
            Set<String> keys = new java.util.TreeSet<>();
            try {
                org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(s.getIndexReader(), Fields.LABEL_KEYS);
                if (terms != null) {
                    org.apache.lucene.index.TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        String key = t.utf8ToString();
                        if (labelKnown.test(key)) {
                            keys.add(key);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return keys;
        });
        try {
            Query q = parser.parse(raw);
            // Shares are counted over the viewer's visible dreams only, so others' private dreams cannot
            // change which words count as common (and so which dreams rank).
            if (!rankingNeeded) {
                return QueryPlan.of(raw, q);
            }
            double reports = Math.max(1, visibleCount(s, viewer, null, visibleDreams));
            return QueryPlan.of(raw, q, t -> {
                try {
                    return visibleCount(s, viewer, t, and(new TermQuery(t), visibleDreams)) / reports;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (ParseException e) {
            throw syntaxError(raw, e);
        } catch (TokenMgrError e) {
            throw syntaxError(raw, e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot read the query '" + raw + "': " + e.getMessage(), 0);
        }
    }

    /** A clear message for a parse failure: what was unexpected, at which column, and what usually fixes it. */
    private static QuerySyntaxException syntaxError(String raw, Throwable e) {
        // QueryParser wraps the parser's own exception (with the token positions) in a plain ParseException.
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String prefix = "cannot read the query '" + raw + "': ";
        if (cause instanceof ParseException pe && pe.currentToken != null) {
            org.apache.lucene.queryparser.classic.Token next = pe.currentToken.next;
            int col = next == null ? raw.length() + 1 : next.beginColumn + 1;
            boolean atEnd = next == null || next.kind == 0;
            String what = atEnd ? "the query ends too early" : "unexpected '" + next.image + "' at column " + col;
            String hint = atEnd
                    ? " (is a closing bracket, a field value or a word after AND/OR/NOT missing?)"
                    : " (AND, OR and NOT need words on both sides; escape special characters "
                            + "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / with a backslash)";
            return new QuerySyntaxException(prefix + what + hint, col);
        }
        if (cause instanceof TokenMgrError) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("column (\\d+)").matcher(cause.getMessage());
            int col = m.find() ? Integer.parseInt(m.group(1)) : 0;
            return new QuerySyntaxException(prefix + "the query stops in the middle of something at column " + col
                    + " (close every quote, or put a word after ^ and ~; escape special characters with a backslash)",
                    col);
        }
        return new QuerySyntaxException(prefix + stripPrefix(cause.getMessage()), 0);
    }

    private static String stripPrefix(String message) {
        // QueryParser wraps our own messages as "Cannot parse '...': <ours>"; keep ours only.
        int i = message.indexOf("': ");
        return message.startsWith("Cannot parse '") && i > 0 ? message.substring(i + 3) : message;
    }

    private SearchResult lexical(IndexSearcher s, QueryPlan plan, Query visible, Viewer viewer, SearchRequest r)
            throws IOException {
        Query q = and(plan.strict(), dreamsOnly(), visible);
        int n = Math.max(1, r.offset() + r.limit());
        Object[] res = s.search(q, new MultiCollectorManager(
                new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE),
                new FacetCounter(Fields.DREAMER_FACET), new FacetCounter(Fields.SERIES_FACET)));
        TopDocs top = (TopDocs) res[0];
        Highlighter hl = new Highlighter(analyzer, plan.strict(), plan.common());
        List<Hit> hits = new ArrayList<>();
        ScoreDoc[] sd = top.scoreDocs;
        for (int i = r.offset(); i < Math.min(sd.length, r.offset() + r.limit()); i++) {
            hits.add(hit(s, sd[i].doc, sd[i].score, hl, i + 1, 0, Double.NaN, null));
        }
        @SuppressWarnings("unchecked")
        Facets facets = facets(s, viewer, (Map<String, Long>) res[1], (Map<String, Long>) res[2]);
        return new SearchResult(SearchMode.LEXICAL, top.totalHits.value, top.totalHits.value, hits, facets);
    }

    private SearchResult semantic(IndexSearcher s, QueryPlan plan, Query visible, Viewer viewer, SearchRequest r)
            throws IOException {
        int k = Math.max(CANDIDATES, 2 * (r.offset() + r.limit()));
        List<Near> near = nearestChunks(s, queryVectors.of(plan.semanticText()), k, visible, plan.filter(), -1);
        Highlighter hl = new Highlighter(analyzer, plan.strict(), plan.common());
        List<Hit> hits = new ArrayList<>();
        for (int i = r.offset(); i < Math.min(near.size(), r.offset() + r.limit()); i++) {
            Near nb = near.get(i);
            int doc = dreamDocAfter(s, nb.chunkDoc(), nb.id());
            hits.add(hit(s, doc, nb.cosine(), hl, 0, i + 1, nb.cosine(), spanOf(s, nb.chunkDoc())));
        }
        Set<Long> ids = new HashSet<>();
        near.forEach(nb -> ids.add(nb.id()));
        Object[] res = s.search(and(idsQuery(ids), dreamsOnly(), visible), new MultiCollectorManager(
                new FacetCounter(Fields.DREAMER_FACET), new FacetCounter(Fields.SERIES_FACET)));
        @SuppressWarnings("unchecked")
        Facets facets = facets(s, viewer, (Map<String, Long>) res[0], (Map<String, Long>) res[1]);
        return new SearchResult(SearchMode.SEMANTIC, near.size(), 0, hits, facets);
    }

    private SearchResult hybrid(IndexSearcher s, QueryPlan plan, Query visible, Viewer viewer, SearchRequest r)
            throws IOException {
        // Totals and facets: what matches the words exactly, as in LEXICAL mode.
        // The nearest in meaning first, so that the one pass over the exact matches also counts those among them
        // (the total adds the dreams found only by meaning; a separate count query cost a twentieth of the search).
        List<Near> near = nearestChunks(s, queryVectors.of(plan.semanticText()), CANDIDATES, visible, plan.filter(), -1);
        Set<Long> semanticIds = new HashSet<>();
        near.forEach(nb -> semanticIds.add(nb.id()));
        Query strict = and(plan.strict(), dreamsOnly(), visible);
        Object[] res = s.search(strict, new MultiCollectorManager(new org.apache.lucene.search.TotalHitCountCollectorManager(),
                new FacetCounter(Fields.DREAMER_FACET), new FacetCounter(Fields.SERIES_FACET),
                new IdsAmongCounter(semanticIds)));
        long strictTotal = (Integer) res[0];
        long alsoStrict = (Long) res[3];
        // Ranking: any of the words (BM25) fused with the nearest in meaning (kNN).
        TopDocs lex = s.search(and(plan.ranking(), dreamsOnly(), visible), CANDIDATES);
        Map<Long, double[]> fused = new LinkedHashMap<>(); // id -> {score, lexRank, semRank, cosine}
        Map<Long, Integer> docOf = new HashMap<>();
        Map<Long, Integer> chunkOf = new HashMap<>(); // id -> the document of its best chunk
        for (int i = 0; i < lex.scoreDocs.length; i++) {
            // from doc values: reading stored fields (a compressed block each) for 100 candidates cost more than
            // the whole rest of the ranking
            long id = idOf(s, lex.scoreDocs[i].doc);
            docOf.put(id, lex.scoreDocs[i].doc);
            fused.computeIfAbsent(id, x -> new double[] {0, 0, 0, Double.NaN});
            double[] f = fused.get(id);
            f[0] += 1.0 / (RRF_K + i + 1);
            f[1] = i + 1;
        }
        for (int i = 0; i < near.size(); i++) {
            Near nb = near.get(i);
            double[] f = fused.computeIfAbsent(nb.id(), x -> new double[] {0, 0, 0, Double.NaN});
            f[0] += 1.0 / (RRF_K + i + 1);
            f[2] = i + 1;
            f[3] = nb.cosine();
            chunkOf.put(nb.id(), nb.chunkDoc());
        }
        List<Map.Entry<Long, double[]>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Comparator.<Map.Entry<Long, double[]>>comparingDouble(e -> -e.getValue()[0])
                .thenComparingLong(Map.Entry::getKey));
        Highlighter hl = new Highlighter(analyzer, plan.strict(), plan.common());
        List<Hit> hits = new ArrayList<>();
        for (int i = r.offset(); i < Math.min(ranked.size(), r.offset() + r.limit()); i++) {
            long id = ranked.get(i).getKey();
            double[] f = ranked.get(i).getValue();
            Integer chunk = chunkOf.get(id);
            int doc = docOf.containsKey(id) ? docOf.get(id) : dreamDocAfter(s, chunk, id);
            hits.add(hit(s, doc, f[0], hl, (int) f[1], (int) f[2], f[3], chunk == null ? null : spanOf(s, chunk)));
        }
        // Dreams found only by meaning add to the total.
        @SuppressWarnings("unchecked")
        Facets facets = facets(s, viewer, (Map<String, Long>) res[1], (Map<String, Long>) res[2]);
        return new SearchResult(SearchMode.HYBRID, strictTotal + semanticIds.size() - alsoStrict, strictTotal, hits,
                facets);
    }

    /**
     * The dreams nearest to {@code vector} among those {@code viewer} may see, best chunk per dream, closest
     * first, at most {@code k}; {@code excludeId} (or -1) is left out.
     */
    public List<Neighbour> nearest(Viewer viewer, float[] vector, int k, long excludeId) {
        IndexSearcher s = acquire();
        try {
            List<Neighbour> out = new ArrayList<>();
            for (Near n : nearestChunks(s, vector, k, visibleTo(viewer), null, excludeId)) {
                out.add(new Neighbour(n.id(), n.cosine(), spanOf(s, n.chunkDoc())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        } finally {
            release(s);
        }
    }

    /** A dream found by meaning: its id, cosine and the Lucene document of its best chunk. */
    private record Near(long id, double cosine, int chunkDoc) {
    }

    /**
     * The dreams nearest to {@code vector}, best chunk per dream, closest first, at most {@code k}. Chunks' spans are
     * not read here (stored fields: a compressed block per chunk) but by {@link #spanOf} for the hits shown.
     */
    private List<Near> nearestChunks(IndexSearcher s, float[] vector, int k, Query visible, Query filter, long excludeId)
            throws IOException {
        BooleanQuery.Builder f = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.CHUNK)), Occur.FILTER)
                .add(visible, Occur.FILTER);
        if (filter != null) {
            f.add(filter, Occur.FILTER);
        }
        if (excludeId >= 0) {
            f.add(new TermQuery(new Term(Fields.ID_KEY, Long.toString(excludeId))), Occur.MUST_NOT);
        }
        // Several chunks of one dream may be among the nearest; ask for more chunks than dreams wanted.
        TopDocs td = s.search(new KnnFloatVectorQuery(Fields.CHUNK_VECTOR, Vectors.normalize(vector), 2 * k, f.build()), 2 * k);
        Map<Long, Near> best = new LinkedHashMap<>();
        for (ScoreDoc sd : td.scoreDocs) {
            long id = idOf(s, sd.doc);
            // DOT_PRODUCT scores are (1 + cosine) / 2 for unit vectors.
            best.putIfAbsent(id, new Near(id, 2.0 * sd.score - 1.0, sd.doc));
        }
        List<Near> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble((Near n) -> -n.cosine()).thenComparingLong(Near::id));
        return out.size() > k ? out.subList(0, k) : out;
    }

    private static final Set<String> CHUNK_SPAN = Set.of(Fields.CHUNK_START, Fields.CHUNK_END);

    /** The span of the report a chunk document covers. */
    private Span spanOf(IndexSearcher s, int chunkDoc) throws IOException {
        return chunkSpans.get(s.getIndexReader(), chunkDoc);
    }

    private static Span readSpan(StoredFields stored, int chunkDoc) throws IOException {
        Document d = stored.document(chunkDoc, CHUNK_SPAN);
        return new Span(d.getField(Fields.CHUNK_START).numericValue().intValue(),
                d.getField(Fields.CHUNK_END).numericValue().intValue());
    }

    private static long idOf(IndexSearcher s, int doc) throws IOException {
        var leaves = s.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var dv = leaf.reader().getNumericDocValues(Fields.ID);
        if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("index document " + doc + " has no dream id; rebuild the index");
        }
        return dv.longValue();
    }

    /** The dream {@code id} if {@code viewer} may see it. */
    public Optional<StoredDream> get(Viewer viewer, long id) {
        List<StoredDream> l = load(viewer, List.of(id));
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The dreams with these ids that {@code viewer} may see, in the order of {@code ids}. */
    public List<StoredDream> load(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IndexSearcher s = acquire();
        try {
            TopDocs td = s.search(and(idsQuery(new HashSet<>(ids)), dreamsOnly(), visibleTo(viewer)), ids.size());
            Map<Long, StoredDream> byId = new HashMap<>();
            for (ScoreDoc sd : td.scoreDocs) {
                StoredDream d = read(s.storedFields().document(sd.doc));
                byId.put(d.dream().id(), d);
            }
            List<StoredDream> out = new ArrayList<>();
            for (long id : ids) {
                if (byId.containsKey(id)) {
                    out.add(byId.get(id));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        } finally {
            release(s);
        }
    }

    /**
     * The fingerprint ({@link IndexStatus#hash}) of every dream the index holds, by id: what a start compares with
     * the store to index only the dreams that changed meanwhile. Reads every dream document: for starts, not queries.
     */
    public Map<Long, Long> fingerprints() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            int n = Math.max(1, s.count(dreamsOnly()));
            ScoreDoc[] docs = s.search(dreamsOnly(), n).scoreDocs;
            java.util.Arrays.sort(docs, Comparator.comparingInt(d -> d.doc)); // in index order: sequential reads
            StoredFields stored = s.storedFields();
            Map<Long, Long> out = new HashMap<>(docs.length * 2);
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc, Set.of(Fields.FINGERPRINT));
                out.put(idOf(s, sd.doc), d.getField(Fields.FINGERPRINT).numericValue().longValue());
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Every dream of {@code dreamer} (any case) that {@code viewer} may see, oldest first (undated last). */
    public List<StoredDream> dreamsOf(Viewer viewer, String dreamer) {
        IndexSearcher s = acquire();
        try {
            Query q = and(new TermQuery(new Term(Fields.DREAMER, Fields.norm(dreamer))), dreamsOnly(), visibleTo(viewer));
            int n = Math.max(1, s.count(q));
            TopDocs td = s.search(q, n);
            List<StoredDream> out = new ArrayList<>();
            for (ScoreDoc sd : td.scoreDocs) {
                out.add(read(s.storedFields().document(sd.doc)));
            }
            out.sort(Comparator.comparing((StoredDream d) -> d.dream().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(d -> d.dream().id()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        } finally {
            release(s);
        }
    }

    private static StoredDream read(Document d) {
        Map<Category, List<String>> codes = new EnumMap<>(Category.class);
        for (IndexableField f : d.getFields(Fields.CODES_STORED)) {
            String[] p = f.stringValue().split("\t", 2);
            codes.computeIfAbsent(Category.valueOf(p[0]), c -> new ArrayList<>()).add(p[1]);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (IndexableField f : d.getFields(Fields.LABELS_STORED)) {
            String[] p = f.stringValue().split("\t", 2);
            labels.put(p[0], p[1]);
        }
        String date = d.get(Fields.DATE_STORED);
        IndexedDream dream = new IndexedDream(d.getField(Fields.ID).numericValue().longValue(), d.get(Fields.OWNER),
                Visibility.ofDb(d.get(Fields.VISIBILITY)), d.get(Fields.DREAMER), d.get(Fields.SERIES),
                date == null ? null : LocalDate.parse(date), d.get(Fields.SEX), d.get(Fields.TEXT), codes, labels);
        BytesRef v = d.getBinaryValue(Fields.MEAN_VECTOR);
        return new StoredDream(dream, v == null ? null : Vectors.fromBytes(v.bytes, v.offset, v.length));
    }

    private Hit hit(IndexSearcher s, int doc, double score, Highlighter hl, int lexRank, int semRank, double cosine,
            Span chunk) throws IOException {
        HitFields d = hitFields.get(s.getIndexReader(), doc);
        String text = d.text();
        List<Span> marks = d.words() != null ? hl.matchesWords(d.lowerCased(), d.words(), d.stems()) : hl.matches(text, d.lowerCased());
        int from = chunk == null ? 0 : chunk.start();
        int to = chunk == null ? text.length() : chunk.end();
        return new Hit(d.id(), score, d.dreamer(), d.series(), d.date(), Highlighter.snippet(text, marks, from, to), marks,
                lexRank, semRank, cosine);
    }

    /**
     * What a hit shows of a dream document's stored fields, and for the highlighter its text lower-cased, its words'
     * offsets ({@link Highlighter#words}; null if unusable) and their stems: otherwise every search showing the
     * report lower-cased, tokenized and stemmed it again (the larger part of highlighting).
     */
    private record HitFields(long id, String dreamer, String series, LocalDate date, String text, String lowerCased,
            int[] words, BytesRef[] stems) {
        static HitFields load(StoredFields stored, int doc, Analyzer analyzer) throws IOException {
            Document d = stored.document(doc, HIT_FIELDS);
            String date = d.get(Fields.DATE_STORED);
            String text = d.get(Fields.TEXT);
            String lower = Highlighter.lowerCase(text);
            int[] words = Highlighter.words(analyzer, text, lower);
            return new HitFields(d.getField(Fields.ID).numericValue().longValue(), d.get(Fields.DREAMER),
                    d.get(Fields.SERIES), date == null ? null : LocalDate.parse(date), text, lower, words,
                    words == null ? null : Highlighter.stems(analyzer, lower, words));
        }

        /** Roughly the characters it takes (two per int of the offsets, two per stem reference; stems are shared). */
        long weight() {
            return 64 + 2L * text.length() + (words == null ? 0 : 3L * words.length);
        }
    }

    /**
     * The dream document of dream {@code id}, one of whose chunk documents is {@code chunkDoc}: a dream's documents
     * are written as one block (chunks, then the dream; Lucene keeps a block together in one segment and in order),
     * so it is the first dream document after the chunk, found by one step of the "dream" postings and checked by
     * its id and liveness; {@link #dreamDoc} (a query per hit, a twentieth of a hybrid search) if anything differs.
     */
    private int dreamDocAfter(IndexSearcher s, int chunkDoc, long id) throws IOException {
        var leaves = s.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(chunkDoc, leaves));
        org.apache.lucene.index.Terms types = leaf.reader().terms(Fields.TYPE);
        if (types != null) {
            org.apache.lucene.index.TermsEnum te = types.iterator();
            if (te.seekExact(new BytesRef(Fields.DREAM))) {
                org.apache.lucene.index.PostingsEnum dreams = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
                int local = dreams.advance(chunkDoc - leaf.docBase + 1);
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                var ids = leaf.reader().getNumericDocValues(Fields.ID);
                if (local != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS && (live == null || live.get(local))
                        && ids != null && ids.advanceExact(local) && ids.longValue() == id) {
                    return leaf.docBase + local;
                }
            }
        }
        return dreamDoc(s, id);
    }

    private int dreamDoc(IndexSearcher s, long id) throws IOException {
        TopDocs td = s.search(dreamById(id), 1);
        if (td.scoreDocs.length == 0) {
            throw new IllegalStateException("dream " + id + " has chunks but no dream document; rebuild the index");
        }
        return td.scoreDocs[0].doc;
    }

    private static Query dreamById(long id) {
        return and(new TermQuery(new Term(Fields.ID_KEY, Long.toString(id))), dreamsOnly());
    }

    private Facets facets(IndexSearcher s, Viewer viewer, Map<String, Long> dreamers, Map<String, Long> series)
            throws IOException {
        Map<String, Map<String, Long>> totals = totals(s, viewer);
        return new Facets(counts(dreamers, totals.get(Fields.DREAMER)), counts(series, totals.get(Fields.SERIES)));
    }

    private static List<FacetCount> counts(Map<String, Long> matching, Map<String, Long> totals) {
        List<FacetCount> out = new ArrayList<>();
        matching.forEach((k, v) -> {
            if (!k.isEmpty()) {
                out.add(new FacetCount(k, v, totals.getOrDefault(k, v)));
            }
        });
        out.sort(Comparator.comparingLong((FacetCount c) -> -c.matching()).thenComparing(FacetCount::value));
        return out;
    }

    /**
     * How many of the dreams {@code viewer} may see hold report term {@code term} (null: how many they may see at
     * all), as {@code query} counts them; cached per reader, viewer and term, as the words of hybrid queries recur
     * while the index does not change (two to three counts a query were a tenth of a hybrid search's Java time).
     */
    private int visibleCount(IndexSearcher s, Viewer viewer, Term term, Query query) throws IOException {
        String key = viewer.userId() + '\u0000' + (term == null ? "" : term.field() + '\u0000' + term.text());
        return visibleCounts.get(s.getIndexReader(), key, () -> s.count(query));
    }

    /** Visible dreams per dreamer and per series: the denominators of the facets, cached per reader and viewer. */
    private Map<String, Map<String, Long>> totals(IndexSearcher s, Viewer viewer) throws IOException {
        return totalsCache.get(s.getIndexReader(), viewer.userId(), () -> {
            Object[] res = s.search(and(dreamsOnly(), visibleTo(viewer)), new MultiCollectorManager(
                    new FacetCounter(Fields.DREAMER_FACET), new FacetCounter(Fields.SERIES_FACET)));
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> t = Map.of(Fields.DREAMER, (Map<String, Long>) res[0],
                    Fields.SERIES, (Map<String, Long>) res[1]);
            return t;
        });
    }

    /** The privacy filter: the viewer's own dreams, and everyone's shared and public dreams. */
    static Query visibleTo(Viewer viewer) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.OWNER, viewer.userId())), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.VISIBILITY, Visibility.SHARED.db())), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.VISIBILITY, Visibility.PUBLIC.db())), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    private static Query dreamsOnly() {
        return new TermQuery(new Term(Fields.TYPE, Fields.DREAM));
    }

    private static Query idsQuery(Set<Long> ids) {
        return LongPoint.newSetQuery(Fields.ID, ids.stream().mapToLong(Long::longValue).toArray());
    }

    /** {@code main} scored, the rest as filters. */
    private static Query and(Query main, Query... filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
        for (Query f : filters) {
            b.add(f, Occur.FILTER);
        }
        return b.build();
    }

    private IndexSearcher acquire() {
        try {
            if (!rebuilding) {
                searchers.maybeRefresh();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index for reading", e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of Lucene documents (dreams and chunks); for diagnostics and benchmarks. */
    public int documentCount() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** Merges the index down to at most {@code segments} segments (faster queries after a bulk load). */
    public synchronized void forceMerge(int segments) throws IOException {
        writer.forceMerge(segments);
        commit();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** Whether a directory holds an index at all. */
    public static boolean exists(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }
}
