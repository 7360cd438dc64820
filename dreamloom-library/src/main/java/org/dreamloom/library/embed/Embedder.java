package org.dreamloom.library.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a piece of text into a fixed-length, L2-normalised vector whose dot product with another such vector
 * measures closeness in meaning. Implementations state their own thread safety.
 */
public interface Embedder extends AutoCloseable {

    /** The length of every vector this embedder returns. */
    int dimension();

    /** A stable name for the model and its settings; the index records it so a model change forces a rebuild. */
    String id();

    /** The largest input, in the model's own tokens including special tokens, that the model reads whole. */
    int maxTokens();

    /** The number of model tokens {@code text} becomes, including special tokens such as [CLS] and [SEP]. */
    int countTokens(String text);

    /** The unit-length vector of {@code text}; {@code text} must not be blank. */
    float[] embed(String text);

    /** The vectors of several texts, in order; implementations may run them in parallel. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    /**
     * The word pieces of {@code text} without special tokens, with their character offsets, from one tokenisation,
     * so a chunker can count sentences and hand each chunk's ids on; {@code null} when this embedder cannot.
     */
    default WordPieces wordPieces(String text) {
        return null;
    }

    /**
     * The vectors of several chunks, in order, equal to {@link #embedAll} of their texts; an embedder that reads
     * {@link Chunk#pieceIds()} spares tokenising each chunk again.
     */
    default List<float[]> embedChunks(List<Chunk> chunks) {
        List<String> texts = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            texts.add(c.text());
        }
        return embedAll(texts);
    }

    @Override
    default void close() {}
}
