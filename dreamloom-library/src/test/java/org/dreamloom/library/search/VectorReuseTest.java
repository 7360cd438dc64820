package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dreamloom.coding.Category;
import org.dreamloom.library.Fixtures;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.ForwardingEmbedder;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.embed.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds and updates embed only dreams whose text changed; the others keep their vectors exactly. */
class VectorReuseTest {

    /** Records every text it is asked to embed: dreams come through {@code embedChunks}, queries through {@code embed}. */
    static final class CountingEmbedder extends ForwardingEmbedder {
        final HashingEmbedder inner;
        final List<String> embedded = new CopyOnWriteArrayList<>();

        CountingEmbedder(HashingEmbedder inner) {
            super(inner);
            this.inner = inner;
        }

        @Override
        public float[] embed(String text) {
            embedded.add(text);
            return super.embed(text);
        }

        @Override
        public List<float[]> embedChunks(List<Chunk> chunks) {
            chunks.forEach(c -> embedded.add(c.text()));
            return super.embedChunks(chunks);
        }
    }

    private static List<IndexedDream> withCodes(List<IndexedDream> dreams, String code) {
        List<IndexedDream> out = new ArrayList<>();
        for (IndexedDream d : dreams) {
            out.add(new IndexedDream(d.id(), d.owner(), d.visibility(), d.dreamer(), d.series(), d.date(), d.sex(),
                    d.text(), Map.of(Category.SETTINGS, List.of(code)), d.labels()));
        }
        return out;
    }

    private static IndexedDream withText(IndexedDream d, String text) {
        return new IndexedDream(d.id(), d.owner(), d.visibility(), d.dreamer(), d.series(), d.date(), d.sex(), text,
                d.codes(), d.labels());
    }

    @Test
    void aRebuildAfterCodeChangesEmbedsNothingAndKeepsEveryVector(@TempDir Path dir) throws Exception {
        CountingEmbedder embedder = new CountingEmbedder(new HashingEmbedder());
        List<IndexedDream> dreams = Fixtures.dreams();
        int first;
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            index.rebuild(dreams);
            first = embedder.embedded.size();
            assertThat(first).isGreaterThanOrEqualTo(dreams.size());
            float[] before = index.get(new Viewer(dreams.get(0).owner()), dreams.get(0).id()).orElseThrow().vector();

            List<IndexedDream> recoded = withCodes(dreams, "IO");
            index.rebuild(recoded);
            assertThat(embedder.embedded).hasSize(first);
            assertThat(index.status()).isEqualTo(IndexStatus.expected(recoded, embedder.id()));
            float[] after = index.get(new Viewer(dreams.get(0).owner()), dreams.get(0).id()).orElseThrow().vector();
            assertThat(after).containsExactly(before);
            // The reused vectors still answer searches by meaning, and the new codes by filter.
            assertThat(index.search(new Viewer("alice"), SearchRequest.of("setting:IO key")).total()).isPositive();
            embedder.embedded.clear(); // the search embedded its query
        }
        // Across a reopen too: the vectors come from the committed index.
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            index.rebuild(withCodes(dreams, "OQ"));
            assertThat(embedder.embedded).isEmpty();
        }
    }

    @Test
    void onlyADreamWhoseTextChangedIsEmbeddedAgain(@TempDir Path dir) throws Exception {
        CountingEmbedder embedder = new CountingEmbedder(new HashingEmbedder());
        List<IndexedDream> dreams = new ArrayList<>(Fixtures.dreams());
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            index.rebuild(dreams);
            embedder.embedded.clear();
            String text = "A purple giraffe read me a newspaper on the roof of the station.";
            dreams.set(3, withText(dreams.get(3), text));
            index.rebuild(dreams);
            assertThat(embedder.embedded).containsExactly(text);
            // Its vector is the new text's, not the old one's.
            float[] mean = index.get(new Viewer(dreams.get(3).owner()), dreams.get(3).id()).orElseThrow().vector();
            assertThat(Vectors.dot(mean, embedder.inner.embed(text))).isGreaterThan(0.999);
        }
    }

    @Test
    void updatesReuseVectorsToo(@TempDir Path dir) throws Exception {
        CountingEmbedder embedder = new CountingEmbedder(new HashingEmbedder());
        List<IndexedDream> dreams = Fixtures.dreams();
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            index.rebuild(dreams);
            embedder.embedded.clear();
            List<IndexedDream> recoded = withCodes(dreams.subList(0, 3), "IQ");
            index.upsertAll(recoded);
            assertThat(embedder.embedded).isEmpty();
            assertThat(index.search(new Viewer("alice"), SearchRequest.of("setting:IQ").withMode(SearchMode.LEXICAL))
                    .total()).isPositive();
        }
    }

    @Test
    void vectorsOfAnotherEmbedderAreNeverReused(@TempDir Path dir) throws Exception {
        List<IndexedDream> dreams = Fixtures.dreams();
        try (SearchIndex index = SearchIndex.open(dir, new HashingEmbedder())) {
            index.rebuild(dreams);
        }
        CountingEmbedder other = new CountingEmbedder(new HashingEmbedder(64, 256));
        try (SearchIndex index = SearchIndex.open(dir, other)) {
            index.rebuild(dreams);
            assertThat(other.embedded).hasSizeGreaterThanOrEqualTo(dreams.size());
            assertThat(Collections.frequency(other.embedded, dreams.get(0).text())).isLessThanOrEqualTo(1);
        }
    }
}
