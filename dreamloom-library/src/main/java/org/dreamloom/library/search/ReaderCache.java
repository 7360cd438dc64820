package org.dreamloom.library.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values worked out from one index reader, kept while searches use that reader and dropped as soon as one uses
 * another (the index changed); beyond a capacity the least recently used go. A value is computed outside the lock
 * and kept only if the reader is still the current one, so a slow computation on an old reader never lands.
 */
final class ReaderCache<V> {
    /** Computes a value from the reader it is asked for. */
    interface Computation<V> {
        V compute() throws IOException;
    }

    private final Map<String, V> values;
    private Object reader;

    ReaderCache(int capacity) {
        values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key} for {@code current}, computed by {@code computation} when not kept. */
    V get(Object current, String key, Computation<V> computation) throws IOException {
        synchronized (this) {
            if (reader != current) {
                values.clear();
                reader = current;
            }
            V v = values.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = computation.compute();
        synchronized (this) {
            if (reader == current) {
                values.put(key, v);
            }
        }
        return v;
    }
}
