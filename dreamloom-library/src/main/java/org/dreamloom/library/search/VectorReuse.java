package org.dreamloom.library.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.util.BytesRef;
import org.dreamloom.library.embed.Vectors;

/**
 * The chunk vectors a dream already has in an index snapshot, so a rebuild or update re-embeds only dreams whose
 * text changed. A dream's vectors are reused when the snapshot holds the same id with exactly the same text and
 * its vectors came from the same embedder: embedding depends on nothing else (chunking depends on the text and
 * the embedder's window only). Thread-safe for reads as long as the snapshot is not released.
 */
final class VectorReuse {
    /** One reused chunk: its character range in the report and its unit vector. */
    record ReusedChunk(int start, int end, float[] vector) {}

    /** A dream's reused chunks in text order, and its mean vector. */
    record Reused(List<ReusedChunk> chunks, float[] mean) {}

    private static final Set<String> DREAM_FIELDS = Set.of(Fields.TEXT, Fields.MEAN_VECTOR);
    private static final Set<String> CHUNK_FIELDS = Set.of(Fields.CHUNK_START, Fields.CHUNK_END);

    private final IndexSearcher snapshot;

    /** Reuse from {@code snapshot}, or nothing when it is null (an empty index or another embedder's vectors). */
    VectorReuse(IndexSearcher snapshot) {
        this.snapshot = snapshot;
    }

    /** The vectors of {@code d} held by the snapshot for exactly its text, or null when it must be embedded. */
    Reused lookup(IndexedDream d) {
        if (snapshot == null) {
            return null;
        }
        try {
            Term key = new Term(Fields.ID_KEY, Long.toString(d.id()));
            TopDocs dream = snapshot.search(ofType(key, Fields.DREAM), 1);
            if (dream.scoreDocs.length == 0) {
                return null;
            }
            Document doc = snapshot.storedFields().document(dream.scoreDocs[0].doc, DREAM_FIELDS);
            BytesRef mean = doc.getBinaryValue(Fields.MEAN_VECTOR);
            if (mean == null || !d.text().equals(doc.get(Fields.TEXT))) {
                return null;
            }
            TopDocs chunkDocs = snapshot.search(ofType(key, Fields.CHUNK), 1024);
            List<ReusedChunk> chunks = new ArrayList<>(chunkDocs.scoreDocs.length);
            for (ScoreDoc sd : chunkDocs.scoreDocs) {
                float[] v = vector(sd.doc);
                if (v == null) {
                    return null;
                }
                Document c = snapshot.storedFields().document(sd.doc, CHUNK_FIELDS);
                chunks.add(new ReusedChunk(c.getField(Fields.CHUNK_START).numericValue().intValue(),
                        c.getField(Fields.CHUNK_END).numericValue().intValue(), v));
            }
            if (chunks.isEmpty()) {
                return null;
            }
            chunks.sort(Comparator.comparingInt(ReusedChunk::start));
            return new Reused(chunks, Vectors.fromBytes(mean.bytes, mean.offset, mean.length));
        } catch (IOException e) {
            // The snapshot cannot be read: embed afresh rather than fail the write.
            return null;
        }
    }

    private float[] vector(int doc) throws IOException {
        List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.CHUNK_VECTOR);
        int local = doc - leaf.docBase;
        if (values == null || values.advance(local) != local) {
            return null;
        }
        return values.vectorValue().clone();
    }

    private static BooleanQuery ofType(Term key, String type) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(key), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER)
                .build();
    }
}
