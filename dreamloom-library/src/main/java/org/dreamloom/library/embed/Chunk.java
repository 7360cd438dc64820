package org.dreamloom.library.embed;

import java.util.Arrays;
import java.util.Objects;

/**
 * One piece of a report small enough for the embedding model to read whole: a half-open character range
 * {@code [start, end)} into the report, its text, and its size in model tokens.
 *
 * @param pieceIds the chunk's word-piece ids without special tokens, taken from one tokenisation of the whole report
 *                 so the embedder need not tokenise the chunk again; {@code null} when the chunker only counted
 */
public record Chunk(int start, int end, String text, int tokens, long[] pieceIds) {
    /** A chunk without its word-piece ids. */
    public Chunk(int start, int end, String text, int tokens) {
        this(start, end, text, tokens, null);
    }

    // A record compares arrays by reference; chunks are equal when their ids are.
    @Override
    public boolean equals(Object o) {
        return o instanceof Chunk c && start == c.start && end == c.end && tokens == c.tokens
                && text.equals(c.text) && Arrays.equals(pieceIds, c.pieceIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text, tokens, Arrays.hashCode(pieceIds));
    }

    @Override
    public String toString() {
        return "Chunk[" + start + ", " + end + ", " + tokens + " tokens, " + text + "]";
    }
}
