package org.dreamloom.library.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * Values read from the stored fields of index documents, kept per segment so that a document shown again is not
 * decompressed again.
 *
 * <p>Why: a search shows up to a page of hits, and each used to read its stored fields, which decompresses an LZ4
 * block of the segment (text, codes and the dream's 1.5 KB mean vector share those blocks): a fifth of a lexical
 * search's CPU under the web load. A segment never changes once written (deletions only hide documents), so a value
 * read from it stays true as long as the segment lives; entries are keyed by the segment's core and dropped when
 * Lucene closes it (after a merge). The cache holds at most {@code maxWeight} (e.g. characters of text) in all;
 * beyond that, documents are read from the stored fields every time, as before. Thread-safe.
 *
 * @param <T> the value kept per document
 */
final class SegmentDocCache<T> {
    /** Reads a document's value from its segment's stored fields ({@code doc} relative to the segment). */
    interface Loader<T> {
        T load(StoredFields stored, int doc) throws IOException;
    }

    private final Map<Object, AtomicReferenceArray<T>> bySegment = new ConcurrentHashMap<>();
    private final Map<Object, AtomicLong> weightBySegment = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long maxWeight;
    private final ToLongFunction<T> weigher;
    private final Loader<T> loader;

    /**
     * @param maxWeight the most weight kept in all (0: keep nothing)
     * @param weigher   the weight of one value (e.g. its characters), at least 1 counted per value
     * @param loader    how a value is read from the stored fields
     */
    SegmentDocCache(long maxWeight, ToLongFunction<T> weigher, Loader<T> loader) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.loader = loader;
    }

    /** The value of top-level document {@code doc} of {@code reader}: the kept one, else read now (and kept). */
    T get(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null || maxWeight <= 0) {
            return loader.load(leaf.reader().storedFields(), local);
        }
        AtomicReferenceArray<T> values = segment(helper, leaf.reader().maxDoc());
        T kept = values.get(local);
        if (kept != null) {
            return kept;
        }
        T value = loader.load(leaf.reader().storedFields(), local);
        long w = Math.max(1, weigher.applyAsLong(value));
        if (weight.addAndGet(w) > maxWeight) {
            weight.addAndGet(-w); // full: this one is read again next time
            return value;
        }
        if (values.compareAndSet(local, null, value)) {
            AtomicLong segmentWeight = weightBySegment.get(helper.getKey());
            if (segmentWeight != null) {
                segmentWeight.addAndGet(w);
            }
        } else {
            weight.addAndGet(-w); // another thread kept it first
        }
        return value;
    }

    private AtomicReferenceArray<T> segment(IndexReader.CacheHelper helper, int maxDoc) {
        IndexReader.CacheKey key = helper.getKey();
        AtomicReferenceArray<T> values = bySegment.get(key);
        if (values != null) {
            return values;
        }
        boolean[] created = {false};
        values = bySegment.computeIfAbsent(key, k -> {
            created[0] = true;
            weightBySegment.put(k, new AtomicLong());
            return new AtomicReferenceArray<>(maxDoc);
        });
        if (created[0]) {
            // the segment is gone (merged away, index closed): forget its values and give their weight back
            helper.addClosedListener(k -> {
                bySegment.remove(k);
                AtomicLong w = weightBySegment.remove(k);
                if (w != null) {
                    weight.addAndGet(-w.get());
                }
            });
        }
        return values;
    }

    /** The weight kept now (tests). */
    long weight() {
        return weight.get();
    }

    /** The segments with values kept now (tests). */
    int segments() {
        return bySegment.size();
    }
}
