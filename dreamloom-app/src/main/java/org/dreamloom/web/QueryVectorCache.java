package org.dreamloom.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.library.embed.Embedder;

/**
 * An embedder that remembers the vectors of recent short texts (search queries), so a query asked again is not run
 * through the model again; everything else, and every batch, goes straight to the wrapped embedder.
 *
 * <p>Why here: hybrid and semantic searches embed the query on every request, and under load the same few queries
 * come back again and again; a vector depends only on the text and the model, so a cached one is exact. Reports
 * being indexed arrive through {@link #embedAll} and are never cached (each is embedded once). The id is the
 * wrapped embedder's, so an index built with either is the same index. Thread-safe.
 */
final class QueryVectorCache implements Embedder {
    /** Texts longer than this are report chunks, not queries: not worth keeping. */
    static final int MAX_QUERY_CHARS = 300;

    private final Embedder model;
    private final Map<String, float[]> recent;

    /** Keeps the vectors of up to {@code capacity} distinct queries, least recently used out first. */
    QueryVectorCache(Embedder model, int capacity) {
        this.model = model;
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            return model.embed(text);
        }
        float[] v;
        synchronized (recent) {
            v = recent.get(text);
        }
        if (v == null) {
            // computed outside the lock: two threads may embed the same new query once each, which is harmless
            v = model.embed(text);
            synchronized (recent) {
                recent.put(text, v);
            }
        }
        // a copy, so no caller can change the cached vector
        return v.clone();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }

    /** How many query vectors are kept now. */
    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String id() {
        return model.id();
    }

    @Override
    public int maxTokens() {
        return model.maxTokens();
    }

    @Override
    public int countTokens(String text) {
        return model.countTokens(text);
    }

    @Override
    public void close() {
        model.close();
    }
}
