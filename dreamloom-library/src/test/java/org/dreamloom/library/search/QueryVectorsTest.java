package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.dreamloom.library.embed.HashingEmbedder;
import org.junit.jupiter.api.Test;

/** Recent query vectors are remembered, the least recently used is dropped first, and 0 turns it off. */
class QueryVectorsTest {

    @Test
    void remembersRecentTextsAndDropsTheLeastRecentlyUsed() {
        VectorReuseTest.CountingEmbedder counting = new VectorReuseTest.CountingEmbedder(new HashingEmbedder());
        QueryVectors cache = new QueryVectors(counting, 2);
        float[] lost = cache.of("lost at home");
        assertThat(cache.of("lost at home")).isSameAs(lost);
        cache.of("a flood");
        cache.of("lost at home"); // used again: "a flood" is now the eldest
        cache.of("teeth falling out");
        assertThat(counting.embedded).containsExactly("lost at home", "a flood", "teeth falling out");
        cache.of("a flood");
        assertThat(counting.embedded).hasSize(4);
        assertThat(cache.of("lost at home")).containsExactly(new HashingEmbedder().embed("lost at home"));
    }

    @Test
    void capacityZeroEmbedsEveryQuery() {
        VectorReuseTest.CountingEmbedder counting = new VectorReuseTest.CountingEmbedder(new HashingEmbedder());
        QueryVectors cache = new QueryVectors(counting, 8);
        cache.of("snakes");
        cache.capacity(0);
        cache.of("snakes");
        cache.of("snakes");
        assertThat(counting.embedded).hasSize(3);
    }
}
