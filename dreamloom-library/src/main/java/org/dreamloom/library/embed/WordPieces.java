package org.dreamloom.library.embed;

/**
 * A text split once into the model's word pieces, without special tokens: each piece's id and its half-open
 * character range {@code [starts[i], ends[i])} in the text (Java {@code char} indices) and the number of the word
 * (pre-token: BERT splits at whitespace and at every punctuation mark) it belongs to, in text order.
 */
public record WordPieces(long[] ids, int[] starts, int[] ends, long[] words) {
    /** The number of pieces. */
    public int size() {
        return ids.length;
    }

    /**
     * Whether {@code offset} falls between words, not inside one: a piece that starts or ends at it is then a piece
     * of the text cut there too (inside a word, the part after the cut would become a word-initial piece alone).
     */
    public boolean wordBoundary(int offset) {
        int i = firstAtOrAfter(offset);
        if (i > 0 && ends[i - 1] > offset) {
            return false; // a piece runs across the offset
        }
        return i == 0 || i == ids.length || words[i - 1] != words[i];
    }

    /** The index of the first piece starting at or after {@code offset}. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
