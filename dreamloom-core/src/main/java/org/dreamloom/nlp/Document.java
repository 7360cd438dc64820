package org.dreamloom.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One dream report analysed once: its sentences, tokens with character offsets, and, on demand, universal
 * dependency POS tags and lemmas. Built by {@link TextAnalyzer} and shared by every coder of a pipeline.
 *
 * <p>Observably immutable and thread-safe: the token layer is fixed at construction; POS tags are computed
 * lazily per sentence (tagging every token is the most expensive step, and most coders only need a few
 * sentences) and memoised; concurrent first calls may tag a sentence twice but always see the same tags.
 */
public final class Document {
    private final String text;
    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final String[] tokens;
    private final String[] lower;
    private final int[] sentenceStart; // first token of each sentence, plus a sentinel = token count
    private final int[] sentenceCharStart;
    private final int[] sentenceCharEnd;
    private final int[] sentenceOfToken;
    private final AtomicReferenceArray<String[]> posBySentence;
    private final TextAnalyzer analyzer;

    Document(String text, int[] tokenStart, int[] tokenEnd, int[] sentenceStart, int[] sentenceCharStart,
             int[] sentenceCharEnd, TextAnalyzer analyzer) {
        this.text = text;
        this.tokenStart = tokenStart;
        this.tokenEnd = tokenEnd;
        this.sentenceStart = sentenceStart;
        this.sentenceCharStart = sentenceCharStart;
        this.sentenceCharEnd = sentenceCharEnd;
        this.analyzer = analyzer;
        int n = tokenStart.length;
        this.tokens = new String[n];
        this.lower = new String[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = text.substring(tokenStart[i], tokenEnd[i]);
            lower[i] = tokens[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        }
        this.sentenceOfToken = new int[n];
        for (int s = 0; s + 1 < sentenceStart.length; s++) {
            Arrays.fill(sentenceOfToken, sentenceStart[s], sentenceStart[s + 1], s);
        }
        this.posBySentence = new AtomicReferenceArray<>(Math.max(0, sentenceStart.length - 1));
    }

    /** The report text every offset points into. */
    public String text() {
        return text;
    }

    /** Number of tokens. */
    public int size() {
        return tokens.length;
    }

    /** Number of sentences. */
    public int sentenceCount() {
        return sentenceStart.length - 1;
    }

    /** The token at index {@code i} as written. */
    public String token(int i) {
        return tokens[i];
    }

    /** The token lower-cased (Locale.ROOT), with typographic apostrophes made plain. */
    public String lower(int i) {
        return lower[i];
    }

    /** Character offset where token {@code i} starts. */
    public int start(int i) {
        return tokenStart[i];
    }

    /** Character offset just after token {@code i}. */
    public int end(int i) {
        return tokenEnd[i];
    }

    /** The sentence index of token {@code i}. */
    public int sentenceOf(int i) {
        return sentenceOfToken[i];
    }

    /** The first token of sentence {@code s}. */
    public int sentenceFirstToken(int s) {
        return sentenceStart[s];
    }

    /** One past the last token of sentence {@code s}. */
    public int sentenceEndToken(int s) {
        return sentenceStart[s + 1];
    }

    /** The text span of sentence {@code s}: {start, end} character offsets. */
    public int[] sentenceSpan(int s) {
        return new int[] {sentenceCharStart[s], sentenceCharEnd[s]};
    }

    /** True when token {@code i} opens its sentence (ignoring leading punctuation such as quotes). */
    public boolean isSentenceInitial(int i) {
        int s = sentenceOfToken[i];
        for (int j = sentenceStart[s]; j < i; j++) {
            if (Character.isLetterOrDigit(tokens[j].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The universal-dependencies POS tag of token {@code i} (e.g. NOUN, PROPN, PRON); tags its sentence on first use. */
    public String pos(int i) {
        return sentencePos(sentenceOfToken[i])[i - sentenceStart[sentenceOfToken[i]]];
    }

    /** The POS tags of sentence {@code s}, computed once. */
    private String[] sentencePos(int s) {
        String[] tags = posBySentence.get(s);
        if (tags == null) {
            tags = analyzer.tag(Arrays.copyOfRange(tokens, sentenceStart[s], sentenceStart[s + 1]));
            posBySentence.compareAndSet(s, null, tags);
            tags = posBySentence.get(s);
        }
        return tags;
    }

    /** The lemma of token {@code i} read as a noun (no tagging needed): "women" gives "woman". */
    public String nounLemma(int i) {
        return analyzer.lemmatizer().lemma(lower[i], Lemmatizer.Pos.NOUN);
    }

    /** The lemma of token {@code i} under its POS tag; tags the sentence on first use. */
    public String lemma(int i) {
        String tag = pos(i);
        Lemmatizer.Pos p = switch (tag) {
            case "NOUN", "PROPN" -> Lemmatizer.Pos.NOUN;
            case "VERB", "AUX" -> Lemmatizer.Pos.VERB;
            case "ADJ" -> Lemmatizer.Pos.ADJ;
            default -> null;
        };
        return p == null ? lower[i] : analyzer.lemmatizer().lemma(lower[i], p);
    }

    /** True when WordNet knows the lower-case {@code word} as a common noun, verb or adjective (in any form). */
    public boolean isDictionaryWord(String word) {
        Lemmatizer l = analyzer.lemmatizer();
        for (Lemmatizer.Pos p : Lemmatizer.Pos.values()) {
            if (l.isLemma(l.lemma(word, p), p)) {
                return true;
            }
        }
        return false;
    }

    /** True when WordNet knows the lower-case {@code word} (in any inflected form) as a {@code pos}. */
    public boolean isWordOf(String word, Lemmatizer.Pos pos) {
        Lemmatizer l = analyzer.lemmatizer();
        return l.isLemma(l.lemma(word, pos), pos);
    }

    /** All tokens, in order (a copy). */
    public List<String> tokens() {
        return List.of(tokens);
    }
}
