package org.dreamloom.library.embed;

import java.util.List;
import java.util.Objects;

/**
 * An embedder that hands every call to another one, so that a wrapper (one that counts, holds, records or replays)
 * overrides only what it changes and still forwards everything else, including what the interface gains later.
 *
 * <p>Every method goes straight to the delegate, the batch ones too: {@link #embedAll} and {@link #embedChunks}
 * call the delegate's, not this wrapper's {@link #embed}, so that the delegate's own batching (a pool's threads,
 * a model's tokenise-once path) is kept. A wrapper that changes what a vector is, or watches every text embedded,
 * therefore overrides each embedding method it cares about: {@code embed} for queries, {@code embedChunks} for
 * what the search index builds, {@code embedAll} for plain batches. {@code ForwardingEmbedderTest} fails when a
 * method of {@link Embedder} is not forwarded here.
 */
public abstract class ForwardingEmbedder implements Embedder {
    private final Embedder delegate;

    /** Forwards to {@code delegate}. */
    protected ForwardingEmbedder(Embedder delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The embedder every call goes to. */
    protected Embedder delegate() {
        return delegate;
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public int maxTokens() {
        return delegate.maxTokens();
    }

    @Override
    public int countTokens(String text) {
        return delegate.countTokens(text);
    }

    @Override
    public float[] embed(String text) {
        return delegate.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return delegate.embedAll(texts);
    }

    @Override
    public WordPieces wordPieces(String text) {
        return delegate.wordPieces(text);
    }

    @Override
    public List<float[]> embedChunks(List<Chunk> chunks) {
        return delegate.embedChunks(chunks);
    }

    /** Closes the delegate. */
    @Override
    public void close() {
        delegate.close();
    }
}
