package org.dreamloom.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Recent answers of {@code GET /api/search} (of type {@code T}: the JSON bytes in the app), per viewer, computed once and reused while nothing they depend on can
 * have changed: a search repeated meanwhile gets the same hits, totals and facets without asking the index and the
 * store again.
 *
 * <p>Why it is safe: an entry is keyed by everything the answer depends on (the viewer, the query, the mode and the
 * page) and stamped with the index generation and the web app's write count when its computation began (both read
 * before computing, so a change that lands during the computation makes the entry stale, never wrongly fresh); an
 * entry whose stamp differs from the current one is never used. Writes to the library from outside this server
 * (the CLI on the same file) are not counted, so every entry also expires after {@link #maxAgeNanos}: that is the
 * longest such a change can take to show. A burst of identical requests on a miss computes the answer once; the
 * others wait for it. Thread-safe.
 */
final class SearchAnswerCache<T> {
    private record Entry<T>(long indexGeneration, long writes, long bornNanos, FutureTask<T> answer) {
    }

    private final Map<String, Entry<T>> recent;
    private final LongSupplier indexGeneration;
    private final LongSupplier writes;
    private final long maxAgeNanos;

    /**
     * Keeps up to {@code capacity} answers, least recently used out first.
     *
     * @param indexGeneration the search index's generation (changes with every write to the index)
     * @param writes          how many writes the web app has made to the library
     * @param maxAgeMillis    the longest an answer is reused (bounds how stale writes from outside can leave it)
     */
    SearchAnswerCache(int capacity, LongSupplier indexGeneration, LongSupplier writes, long maxAgeMillis) {
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<T>> eldest) {
                return size() > capacity;
            }
        };
        this.indexGeneration = indexGeneration;
        this.writes = writes;
        this.maxAgeNanos = maxAgeMillis * 1_000_000L;
    }

    /** The key of a request: every input the answer depends on. */
    static String key(String viewer, String query, String mode, int limit, int offset) {
        return viewer + '\u0000' + mode + '\u0000' + limit + '\u0000' + offset + '\u0000' + query;
    }

    /**
     * The answer for {@code key}: a fresh cached one, else the one {@code compute} makes now (once, however many
     * threads ask at the same moment). A failure of {@code compute} (a 400 for a bad query, say) reaches every
     * waiting caller and is not kept.
     */
    T get(String key, Supplier<T> compute) {
        long generation = indexGeneration.getAsLong();
        long written = writes.getAsLong();
        long now = System.nanoTime();
        FutureTask<T> task;
        boolean mine = false;
        synchronized (recent) {
            Entry<T> e = recent.get(key);
            if (e != null && e.indexGeneration() == generation && e.writes() == written
                    && now - e.bornNanos() < maxAgeNanos) {
                task = e.answer();
            } else {
                task = new FutureTask<>(compute::get);
                recent.put(key, new Entry<>(generation, written, now, task));
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (recent) {
                Entry<T> cur = recent.get(key);
                if (cur != null && cur.answer() == task) {
                    recent.remove(key);
                }
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is shutting down");
        }
    }

    /** How many answers are kept now. */
    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
