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

    @Override
    default void close() {}
}
