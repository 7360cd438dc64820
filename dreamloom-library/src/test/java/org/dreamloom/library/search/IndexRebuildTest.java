package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.library.Fixtures;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.store.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding from the store's records, incremental changes, and the consistency check against the store. */
class IndexRebuildTest {
    private final HashingEmbedder embedder = new HashingEmbedder();

    @Test
    void statusAfterRebuildMatchesWhatTheStoreExpects(@TempDir Path dir) throws Exception {
        List<IndexedDream> dreams = Fixtures.dreams();
        IndexStatus expected = IndexStatus.expected(dreams, embedder.id());
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            assertThat(index.status().count()).isZero();
            assertThat(index.status().consistentWith(expected)).isFalse();
            index.rebuild(dreams);
            assertThat(index.status()).isEqualTo(expected);
            assertThat(expected.count()).isEqualTo(dreams.size());
            assertThat(expected.maxId()).isEqualTo(36);
        }
        // The status survives closing and reopening (it is kept in the commit).
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            assertThat(index.status().consistentWith(expected)).isTrue();
            assertThat(index.search(new Viewer("alice"), SearchRequest.of("key")).total()).isPositive();
        }
    }

    @Test
    void aChangedDreamOrADifferentModelMakesTheIndexInconsistent(@TempDir Path dir) throws Exception {
        List<IndexedDream> dreams = new ArrayList<>(Fixtures.dreams());
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            index.rebuild(dreams);
        }
        IndexedDream d = dreams.get(4);
        dreams.set(4, new IndexedDream(d.id(), d.owner(), Visibility.PRIVATE, d.dreamer(), d.series(), d.date(),
                d.sex(), d.text(), d.codes(), d.labels()));
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            assertThat(index.status().consistentWith(IndexStatus.expected(dreams, embedder.id()))).isFalse();
        }
        try (SearchIndex index = SearchIndex.open(dir, new HashingEmbedder(64, 256))) {
            assertThat(index.status().consistentWith(IndexStatus.expected(Fixtures.dreams(), "hashing-64"))).isFalse();
            // Until rebuilt, searching by meaning is refused with a clear message; words still work.
            assertThatThrownBy(() -> index.search(new Viewer("alice"), SearchRequest.of("key")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuild the index");
            assertThat(index.search(new Viewer("alice"), SearchRequest.of("key").withMode(SearchMode.LEXICAL)).total())
                    .isPositive();
            index.rebuild(Fixtures.dreams());
            assertThat(index.status().consistentWith(IndexStatus.expected(Fixtures.dreams(), "hashing-64"))).isTrue();
        }
    }

    @Test
    void upsertAndDeleteKeepTheFingerprintInStep() throws Exception {
        List<IndexedDream> dreams = new ArrayList<>(Fixtures.dreams());
        try (SearchIndex index = SearchIndex.inMemory(embedder)) {
            index.rebuild(dreams);
            IndexedDream extra = IndexedDream.of(100, "erin", Visibility.PUBLIC, "Erin", "erin-journal", null, "female",
                    "A lighthouse keeper gave me a brass key.", List.of(), null);
            index.upsert(extra);
            dreams.add(extra);
            assertThat(index.status()).isEqualTo(IndexStatus.expected(dreams, embedder.id()));

            IndexedDream changed = IndexedDream.of(3, "alice", Visibility.PUBLIC, "Alice", "alice-journal", null, "female",
                    "An open door and no key at all.", List.of(), null);
            index.upsert(changed);
            dreams.set(2, changed);
            assertThat(index.status()).isEqualTo(IndexStatus.expected(dreams, embedder.id()));
            assertThat(index.search(new Viewer("x"), new SearchRequest("\"locked door\"", SearchMode.LEXICAL, 10, 0)).total())
                    .isZero();

            index.delete(100);
            dreams.remove(extra);
            assertThat(index.status()).isEqualTo(IndexStatus.expected(dreams, embedder.id()));
            assertThat(index.status().maxId()).isEqualTo(36);
            assertThat(index.documentCount()).isGreaterThan(dreams.size()); // chunk documents too
        }
    }

    @Test
    void rebuildReplacesEverythingAndIsRepeatable() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory(embedder)) {
            index.rebuild(Fixtures.dreams());
            IndexStatus first = index.status();
            int docs = index.documentCount();
            index.rebuild(Fixtures.dreams());
            assertThat(index.status()).isEqualTo(first);
            assertThat(index.documentCount()).isEqualTo(docs);
            index.rebuild(Fixtures.dreams().subList(0, 5));
            assertThat(index.status().count()).isEqualTo(5);
            assertThat(index.search(new Viewer("alice"), SearchRequest.of("dreamer:bob")).total()).isZero();
        }
    }

    @Test
    void searchesDuringARebuildSeeTheLastCompleteIndex() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory(embedder)) {
            index.rebuild(Fixtures.dreams());
            SearchRequest all = new SearchRequest("*:*", SearchMode.LEXICAL, 100, 0);
            long before = index.search(new Viewer("alice"), all).total();
            List<Long> seenMidway = new ArrayList<>();
            List<IndexedDream> next = Fixtures.dreams().subList(0, 3);
            Iterable<IndexedDream> watching = () -> new java.util.Iterator<>() {
                private int i;

                public boolean hasNext() {
                    return i < next.size();
                }

                public IndexedDream next() {
                    try {
                        seenMidway.add(index.search(new Viewer("alice"), all).total());
                        seenMidway.add(index.status().count());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    return next.get(i++);
                }
            };
            index.rebuild(watching);
            assertThat(seenMidway).isNotEmpty().allMatch(n -> n == before || n == 36);
            assertThat(index.status().count()).isEqualTo(3);
        }
    }

    @Test
    void duplicateIdsInARebuildAreRefusedAndTheLastCommitSurvives(@TempDir Path dir) throws Exception {
        List<IndexedDream> dreams = new ArrayList<>(Fixtures.dreams());
        try (SearchIndex index = SearchIndex.open(dir, embedder)) {
            index.rebuild(dreams);
        }
        dreams.add(dreams.get(0));
        SearchIndex index = SearchIndex.open(dir, embedder);
        assertThatThrownBy(() -> index.rebuild(dreams))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dream id 1 appears twice");
        index.close();
        try (SearchIndex again = SearchIndex.open(dir, embedder)) {
            assertThat(again.status().count()).isEqualTo(36);
        }
    }
}
