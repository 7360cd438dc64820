package org.dreamloom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.ForwardingEmbedder;
import org.dreamloom.library.embed.Vectors;

/**
 * The embedder the benchmark indexes with, so that a corpus too large to embed in the time of a run still gets a
 * realistic vector index. Three phases: while {@link Phase#RECORD}, it embeds for real and remembers each
 * chunk's vector; while {@link Phase#REPLAY}, a chunk seen before gets its recorded vector and any other chunk a
 * recorded vector chosen by the text's hash, slightly perturbed (so the HNSW graph has the spread of real vectors,
 * not copies); while {@link Phase#QUERY}, it embeds for real again, so query latency includes the real cost of
 * embedding the query. Everything else (the window, token counts, word pieces) is the real embedder's, so
 * chunking is the product's own: each report tokenised once, as {@code reindex} does.
 */
public final class ReplayingEmbedder extends ForwardingEmbedder {
    /** What the embedding methods do now. */
    public enum Phase { RECORD, REPLAY, QUERY }

    private final Map<String, float[]> recorded = new ConcurrentHashMap<>();
    private volatile List<float[]> pool = List.of();
    private volatile Phase phase = Phase.RECORD;
    private final AtomicLong replayed = new AtomicLong();

    /** Wraps the real embedder, which it closes when closed. */
    public ReplayingEmbedder(Embedder real) {
        super(real);
    }

    /** Switches phase; entering REPLAY freezes the pool of recorded vectors. */
    public void phase(Phase p) {
        if (p == Phase.REPLAY) {
            pool = new ArrayList<>(recorded.values());
            if (pool.isEmpty()) {
                throw new IllegalStateException("nothing recorded to replay: embed a sample first");
            }
        }
        phase = p;
    }

    /** How many chunks were embedded for real while recording. */
    public int recordedCount() {
        return recorded.size();
    }

    /** How many chunks got a replayed vector. */
    public long replayedCount() {
        return replayed.get();
    }

    /** The product's query path. */
    @Override
    public float[] embed(String text) {
        if (phase == Phase.REPLAY) {
            return replay(List.of(text)).get(0);
        }
        return remember(List.of(text), List.of(super.embed(text))).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (phase == Phase.REPLAY) {
            return replay(texts);
        }
        return remember(texts, super.embedAll(texts));
    }

    /** The product's indexing path: for real, the chunks' own word-piece ids go to the model untokenised. */
    @Override
    public List<float[]> embedChunks(List<Chunk> chunks) {
        List<String> texts = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            texts.add(c.text());
        }
        if (phase == Phase.REPLAY) {
            return replay(texts);
        }
        return remember(texts, super.embedChunks(chunks));
    }

    private List<float[]> remember(List<String> texts, List<float[]> vectors) {
        if (phase == Phase.RECORD) {
            for (int i = 0; i < texts.size(); i++) {
                recorded.put(texts.get(i), vectors.get(i));
            }
        }
        return vectors;
    }

    private List<float[]> replay(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            float[] base = recorded.get(t);
            if (base == null) {
                base = pool.get(Math.floorMod(t.hashCode(), pool.size()));
            }
            SplittableRandom r = new SplittableRandom(t.hashCode());
            float[] v = base.clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += (float) (r.nextGaussian() * 0.02);
            }
            out.add(Vectors.normalize(v));
        }
        replayed.addAndGet(texts.size());
        return out;
    }
}
