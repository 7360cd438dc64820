package org.dreamloom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.dreamloom.library.embed.Embedder;
import org.dreamloom.library.embed.Vectors;

/**
 * The embedder the benchmark indexes with, so that a corpus too large to embed in the time of a run still gets a
 * realistic vector index. Three phases: while {@link Phase#RECORD}, it embeds for real and remembers each
 * chunk's vector; while {@link Phase#REPLAY}, a chunk seen before gets its recorded vector and any other chunk a
 * recorded vector chosen by the text's hash, slightly perturbed (so the HNSW graph has the spread of real vectors,
 * not copies); while {@link Phase#QUERY}, it embeds for real again, so query latency includes the real cost of
 * embedding the query. Chunking always uses the real tokenizer.
 */
public final class ReplayingEmbedder implements Embedder {
    /** What {@link #embed} does now. */
    public enum Phase { RECORD, REPLAY, QUERY }

    private final Embedder real;
    private final Map<String, float[]> recorded = new ConcurrentHashMap<>();
    private volatile List<float[]> pool = List.of();
    private volatile Phase phase = Phase.RECORD;
    private volatile long replayed;

    /** Wraps the real embedder, which it closes when closed. */
    public ReplayingEmbedder(Embedder real) {
        this.real = real;
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
        return replayed;
    }

    @Override
    public int dimension() {
        return real.dimension();
    }

    @Override
    public String id() {
        return real.id();
    }

    @Override
    public int maxTokens() {
        return real.maxTokens();
    }

    @Override
    public int countTokens(String text) {
        return real.countTokens(text);
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (phase != Phase.REPLAY) {
            List<float[]> vs = real.embedAll(texts);
            if (phase == Phase.RECORD) {
                for (int i = 0; i < texts.size(); i++) {
                    recorded.put(texts.get(i), vs.get(i));
                }
            }
            return vs;
        }
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
        replayed += texts.size();
        return out;
    }

    @Override
    public void close() {
        real.close();
    }
}
