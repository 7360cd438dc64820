package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.store.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The per-segment cache of stored values: a value is read once per segment, the weight bound holds, a segment's
 * values go when Lucene closes it, the search index never shows a hit's old text after the dream changed, and hits
 * found by meaning show their own dream across segments, updates and deletions.
 */
class SegmentDocCacheTest {
    private static Document doc(String text) {
        Document d = new Document();
        d.add(new StoredField("t", text));
        return d;
    }

    @Test
    void readsEachDocumentOnceKeepsWithinItsWeightAndForgetsClosedSegments() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(doc("first"));
            w.addDocument(doc("second"));
            w.commit();
            w.addDocument(doc("third, in a segment of its own"));
            w.commit();
            AtomicInteger reads = new AtomicInteger();
            // room for "first" and "second" (5 + 6 characters), not for the third text
            SegmentDocCache<String> cache = new SegmentDocCache<>(11, String::length, (stored, doc) -> {
                reads.incrementAndGet();
                return stored.document(doc).get("t");
            });
            DirectoryReader reader = DirectoryReader.open(dir);
            assertThat(reader.leaves()).hasSize(2);
            for (int round = 0; round < 3; round++) {
                assertThat(cache.get(reader, 0)).isEqualTo("first");
                assertThat(cache.get(reader, 1)).isEqualTo("second");
                assertThat(cache.get(reader, 2)).isEqualTo("third, in a segment of its own");
            }
            // the first two were read once; the third did not fit, so it was read every time
            assertThat(reads.get()).isEqualTo(2 + 3);
            assertThat(cache.weight()).isEqualTo(11);
            assertThat(cache.segments()).isEqualTo(2);

            // merged into one new segment: the old segments close and their values (and weight) go with them
            w.forceMerge(1);
            w.commit();
            DirectoryReader merged = DirectoryReader.openIfChanged(reader);
            reader.close();
            assertThat(cache.segments()).isZero();
            assertThat(cache.weight()).isZero();
            List<String> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(cache.get(merged, i));
            }
            assertThat(all).containsExactlyInAnyOrder("first", "second", "third, in a segment of its own");
            merged.close();
        }
    }

    @Test
    void aCacheWithoutRoomReadsEveryTime() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(doc("kept"));
            w.commit();
            AtomicInteger reads = new AtomicInteger();
            SegmentDocCache<String> none = new SegmentDocCache<>(0, String::length, (stored, doc) -> {
                reads.incrementAndGet();
                return stored.document(doc).get("t");
            });
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                none.get(reader, 0);
                none.get(reader, 0);
            }
            // a cache of weight 0 keeps nothing: every call reads
            assertThat(reads.get()).isEqualTo(2);
            assertThat(none.weight()).isZero();
        }
    }

    @Test
    void aChangedDreamShowsItsNewTextInHitsNotTheKeptOldOne() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory(new HashingEmbedder())) {
            IndexedDream before = new IndexedDream(1, "alice", Visibility.PRIVATE, "alice", "s", null, "female",
                    "A red balloon drifted over the harbour at dawn.", Map.of(), Map.of());
            index.upsert(before);
            Viewer alice = new Viewer("alice");
            Hit h = index.search(alice, new SearchRequest("balloon", SearchMode.LEXICAL, 10, 0)).hits().get(0);
            assertThat(h.snippet()).contains("red <b>balloon</b> drifted");
            assertThat(h.dreamer()).isEqualTo("alice");

            IndexedDream after = new IndexedDream(1, "alice", Visibility.PRIVATE, "alice2", "s", null, "female",
                    "A blue balloon sank into the harbour at night.", Map.of(), Map.of());
            index.upsert(after);
            Hit again = index.search(alice, new SearchRequest("balloon", SearchMode.LEXICAL, 10, 0)).hits().get(0);
            assertThat(again.snippet()).contains("blue <b>balloon</b> sank").doesNotContain("red");
            assertThat(again.dreamer()).isEqualTo("alice2");
        }
    }

    @Test
    void meaningHitsShowTheirOwnDreamAfterUpdatesInManySegments() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory(new HashingEmbedder())) {
            String[] texts = {"A lighthouse keeper fed gulls on the rocks.", "The orchard was full of ripe pears and wasps.",
                    "Snow covered the orchard and the pears froze.", "A train crossed the desert at noon."};
            for (int i = 0; i < texts.length; i++) { // one segment each: every upsert commits
                index.upsert(new IndexedDream(i + 1, "alice", Visibility.PRIVATE, "alice", "s", null, "female", texts[i],
                        Map.of(), Map.of()));
            }
            index.upsert(new IndexedDream(2, "alice", Visibility.PRIVATE, "alice", "s", null, "female",
                    "The orchard pears were picked by a giant.", Map.of(), Map.of()));
            index.delete(4);
            Viewer alice = new Viewer("alice");
            for (SearchMode mode : List.of(SearchMode.SEMANTIC, SearchMode.HYBRID)) {
                SearchResult r = index.search(alice, new SearchRequest("orchard pears", mode, 10, 0));
                assertThat(r.hits()).extracting(Hit::id).contains(2L, 3L).doesNotContain(4L);
                for (Hit h : r.hits()) {
                    String plain = h.snippet().replace("<b>", "").replace("</b>", "");
                    String current = h.id() == 2 ? "The orchard pears were picked by a giant." : texts[(int) h.id() - 1];
                    assertThat(current).as("%s hit %d", mode, h.id()).contains(plain);
                }
            }
        }
    }
}
