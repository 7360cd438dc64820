package org.dreamloom.library.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dreamloom.library.embed.Embedder;

/**
 * The embeddings of recent query texts, least recently used dropped first. Embedding a query costs ~10 ms of
 * MiniLM, more than the rest of a search; paging through results and re-running a query (the web app does both
 * on every page) ask for the same text again. Thread-safe; vectors are shared, callers must not change them.
 */
final class QueryVectors {
    private final Embedder embedder;
    private final Map<String, float[]> recent;
    private volatile int capacity;

    /** A cache of the last {@code capacity} query vectors of {@code embedder}. */
    QueryVectors(Embedder embedder, int capacity) {
        this.embedder = embedder;
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > QueryVectors.this.capacity;
            }
        };
    }

    /** Keeps at most {@code capacity} vectors from now on; 0 turns the cache off (every query embedded). */
    void capacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.capacity = capacity;
        synchronized (recent) {
            recent.clear();
        }
    }

    /** The vector of {@code text}, embedded now or remembered from a recent query. */
    float[] of(String text) {
        if (capacity == 0) {
            return embedder.embed(text);
        }
        synchronized (recent) {
            float[] v = recent.get(text);
            if (v != null) {
                return v;
            }
        }
        // Embedded outside the lock, so one slow query does not hold up the others.
        float[] v = embedder.embed(text);
        synchronized (recent) {
            recent.put(text, v);
        }
        return v;
    }
}
