package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.HashingEmbedder;
import org.junit.jupiter.api.Test;

class QueryVectorCacheTest {
    /** The hashing embedder, counting the texts it embeds one by one. */
    private static final class Counting implements Embedder {
        final HashingEmbedder inner = new HashingEmbedder();
        final AtomicInteger single = new AtomicInteger();

        @Override public int dimension() { return inner.dimension(); }
        @Override public String id() { return inner.id(); }
        @Override public int maxTokens() { return inner.maxTokens(); }
        @Override public int countTokens(String text) { return inner.countTokens(text); }
        @Override public float[] embed(String text) {
            single.incrementAndGet();
            return inner.embed(text);
        }
    }

    @Test
    void aRepeatedQueryIsEmbeddedOnceAndGetsTheSameVector() {
        Counting model = new Counting();
        QueryVectorCache cache = new QueryVectorCache(model, 2);
        float[] first = cache.embed("snake in the garden");
        first[0] = 42; // a caller changing its copy must not change the cached vector
        float[] again = cache.embed("snake in the garden");
        assertThat(model.single.get()).isEqualTo(1);
        assertThat(again).containsExactly(model.inner.embed("snake in the garden"));
        assertThat(cache.id()).isEqualTo(model.id());
    }

    @Test
    void keepsOnlyRecentShortQueriesAndNeverBatches() {
        Counting model = new Counting();
        QueryVectorCache cache = new QueryVectorCache(model, 2);
        cache.embed("one");
        cache.embed("two");
        cache.embed("three");
        assertThat(cache.size()).isEqualTo(2);
        cache.embed("one"); // evicted: embedded again
        assertThat(model.single.get()).isEqualTo(4);
        cache.embed("x".repeat(QueryVectorCache.MAX_QUERY_CHARS + 1));
        cache.embedAll(List.of("a report chunk"));
        assertThat(cache.size()).isEqualTo(2);
    }
}
