package org.dreamloom.library.embed;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Cuts a report into chunks that each fit the embedding model's window, at sentence boundaries where it can.
 *
 * <p>MiniLM (all-MiniLM-L6-v2) was trained on inputs of at most 256 word pieces; text past that is seen
 * by the ONNX model but was never part of training, so a long report is embedded as several chunks of at
 * most 256 word pieces (including [CLS] and [SEP]) rather than one truncated or over-long input. Sentences
 * are packed greedily; a single sentence longer than the window is cut between words. Word-piece counts
 * of whitespace-separated pieces add up under BERT's pre-tokenisation, so each piece is counted once.
 *
 * <p>When the embedder can split a whole text with offsets ({@link Embedder#wordPieces}), the report is tokenised
 * once: a sentence's count is the number of its pieces, and each chunk carries its piece ids so the embedder does
 * not tokenise it again. BERT's normaliser and pre-tokeniser work word by word (whitespace and punctuation end every
 * word), so the pieces inside a sentence of the report are the pieces of that sentence alone; where a range would
 * split a piece (a long "word" cut by characters) the chunker counts that range by itself, as without pieces, and
 * the chunk goes without ids.
 */
public final class Chunker {
    private final ToIntFunction<String> tokenCounter;
    private final Function<String, WordPieces> splitter;
    private final int budget;
    private final int specialTokens;

    /**
     * @param tokenCounter  counts the model tokens of a text including special tokens
     * @param maxTokens     the window, including special tokens (256 for MiniLM)
     * @param specialTokens how many special tokens the counter adds to every text (2 for BERT)
     */
    public Chunker(ToIntFunction<String> tokenCounter, int maxTokens, int specialTokens) {
        this(tokenCounter, null, maxTokens, specialTokens);
    }

    /**
     * @param splitter the word pieces of a whole text with offsets, without special tokens; {@code null} to count
     *                 every sentence with {@code tokenCounter}
     */
    public Chunker(ToIntFunction<String> tokenCounter, Function<String, WordPieces> splitter, int maxTokens,
            int specialTokens) {
        if (maxTokens <= specialTokens + 1) {
            throw new IllegalArgumentException("window of " + maxTokens + " tokens is too small");
        }
        this.tokenCounter = tokenCounter;
        this.splitter = splitter;
        this.budget = maxTokens - specialTokens;
        this.specialTokens = specialTokens;
    }

    /** A chunker sized for {@code embedder}'s window, tokenising each report once when the embedder can. */
    public static Chunker forEmbedder(Embedder embedder) {
        Function<String, WordPieces> splitter = embedder.wordPieces("a") != null ? embedder::wordPieces : null;
        return new Chunker(embedder::countTokens, splitter, embedder.maxTokens(), embedder.countTokens(""));
    }

    /** The chunks of {@code text}, in order; none for blank text. */
    public List<Chunk> chunk(String text) {
        Counting counting = new Counting(text, splitter == null ? null : splitter.apply(text));
        List<int[]> pieces = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int s = sentences.first();
        for (int e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
            addPieces(counting, s, e, pieces);
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        int end = -1;
        int used = 0;
        for (int[] p : pieces) {
            if (start >= 0 && used + p[2] > budget) {
                chunks.add(make(counting, start, end, used));
                start = -1;
                used = 0;
            }
            if (start < 0) {
                start = p[0];
            }
            end = p[1];
            used += p[2];
        }
        if (start >= 0) {
            chunks.add(make(counting, start, end, used));
        }
        return chunks;
    }

    private Chunk make(Counting counting, int start, int end, int used) {
        long[] ids = counting.idsWithin(start, end);
        if (ids != null && ids.length != used) {
            ids = null; // some range was counted by itself; let the embedder tokenise this chunk
        }
        return new Chunk(start, end, counting.text.substring(start, end), used + specialTokens, ids);
    }

    /** Adds the sentence [s, e) as one piece, or as word runs when it is longer than the window. */
    private void addPieces(Counting counting, int s, int e, List<int[]> pieces) {
        String text = counting.text;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return;
        }
        int n = counting.count(s, e);
        if (n <= budget) {
            pieces.add(new int[] {s, e, n});
            return;
        }
        // An over-long sentence: pack its words one by one.
        int i = s;
        while (i < e) {
            int j = i;
            while (j < e && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            int w = counting.count(i, j);
            if (w > budget) {
                // One "word" longer than the window (e.g. a URL); cut it by characters so progress is made.
                int cut = i + Math.max(1, (j - i) * budget / w);
                pieces.add(new int[] {i, cut, counting.count(i, cut)});
                i = cut;
                continue;
            }
            pieces.add(new int[] {i, j, w});
            i = j;
            while (i < e && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
    }

    /** Counts the word pieces of ranges of one text, from its one tokenisation when there is one. */
    private final class Counting {
        final String text;
        final WordPieces pieces;

        Counting(String text, WordPieces pieces) {
            this.text = text;
            this.pieces = pieces;
        }

        /** The pieces of [s, e) without special tokens. */
        int count(int s, int e) {
            if (pieces != null && pieces.wordBoundary(s) && pieces.wordBoundary(e)) {
                return pieces.firstAtOrAfter(e) - pieces.firstAtOrAfter(s);
            }
            return Math.max(0, tokenCounter.applyAsInt(text.substring(s, e)) - specialTokens);
        }

        /** The ids of the pieces of [s, e), or {@code null} when no tokenisation is at hand or [s, e) cuts a word. */
        long[] idsWithin(int s, int e) {
            if (pieces == null || !pieces.wordBoundary(s) || !pieces.wordBoundary(e)) {
                return null;
            }
            return Arrays.copyOfRange(pieces.ids(), pieces.firstAtOrAfter(s), pieces.firstAtOrAfter(e));
        }
    }
}
