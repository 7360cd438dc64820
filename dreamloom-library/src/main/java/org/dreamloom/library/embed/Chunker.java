package org.dreamloom.library.embed;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Cuts a report into chunks that each fit the embedding model's window, at sentence boundaries where it can.
 *
 * <p>MiniLM (all-MiniLM-L6-v2) was trained on inputs of at most 256 word pieces; text past that is seen
 * by the ONNX model but was never part of training, so a long report is embedded as several chunks of at
 * most 256 word pieces (including [CLS] and [SEP]) rather than one truncated or over-long input. Sentences
 * are packed greedily; a single sentence longer than the window is cut between words. Word-piece counts
 * of whitespace-separated pieces add up under BERT's pre-tokenisation, so each piece is counted once.
 */
public final class Chunker {
    private final ToIntFunction<String> tokenCounter;
    private final int budget;
    private final int specialTokens;

    /**
     * @param tokenCounter  counts the model tokens of a text including special tokens
     * @param maxTokens     the window, including special tokens (256 for MiniLM)
     * @param specialTokens how many special tokens the counter adds to every text (2 for BERT)
     */
    public Chunker(ToIntFunction<String> tokenCounter, int maxTokens, int specialTokens) {
        if (maxTokens <= specialTokens + 1) {
            throw new IllegalArgumentException("window of " + maxTokens + " tokens is too small");
        }
        this.tokenCounter = tokenCounter;
        this.budget = maxTokens - specialTokens;
        this.specialTokens = specialTokens;
    }

    /** A chunker sized for {@code embedder}'s window. */
    public static Chunker forEmbedder(Embedder embedder) {
        return new Chunker(embedder::countTokens, embedder.maxTokens(), embedder.countTokens(""));
    }

    /** The chunks of {@code text}, in order; none for blank text. */
    public List<Chunk> chunk(String text) {
        List<int[]> pieces = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int s = sentences.first();
        for (int e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
            addPieces(text, s, e, pieces);
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = -1;
        int end = -1;
        int used = 0;
        for (int[] p : pieces) {
            if (start >= 0 && used + p[2] > budget) {
                chunks.add(make(text, start, end, used));
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
            chunks.add(make(text, start, end, used));
        }
        return chunks;
    }

    private Chunk make(String text, int start, int end, int used) {
        return new Chunk(start, end, text.substring(start, end), used + specialTokens);
    }

    /** Adds the sentence [s, e) as one piece, or as word runs when it is longer than the window. */
    private void addPieces(String text, int s, int e, List<int[]> pieces) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return;
        }
        int n = count(text.substring(s, e));
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
            int w = count(text.substring(i, j));
            if (w > budget) {
                // One "word" longer than the window (e.g. a URL); cut it by characters so progress is made.
                int cut = i + Math.max(1, (j - i) * budget / w);
                pieces.add(new int[] {i, cut, count(text.substring(i, cut))});
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

    private int count(String piece) {
        return Math.max(0, tokenCounter.applyAsInt(piece) - specialTokens);
    }
}
