package org.dreamloom.library.embed;

import java.util.Locale;

/**
 * A tiny deterministic stand-in for a sentence model: a bag of lower-cased words hashed into a fixed number
 * of dimensions and normalised. Texts sharing words are close; there is no meaning beyond that. For tests
 * where the real model is not the point. Thread-safe.
 */
public final class HashingEmbedder implements Embedder {
    private final int dimension;
    private final int maxTokens;

    /** A hashing embedder of {@code dimension} dimensions and a window of {@code maxTokens} words (+2). */
    public HashingEmbedder(int dimension, int maxTokens) {
        this.dimension = dimension;
        this.maxTokens = maxTokens;
    }

    /** 384 dimensions and a 256-token window, like MiniLM. */
    public HashingEmbedder() {
        this(384, 256);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String id() {
        return "hashing-" + dimension;
    }

    @Override
    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public int countTokens(String text) {
        return words(text).length + 2;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[dimension];
        for (String w : words(text)) {
            int h = w.hashCode() * 0x9E3779B1;
            v[Math.floorMod(h, dimension)] += 1f;
            v[Math.floorMod(h >>> 7, dimension)] += 0.5f;
        }
        v[0] += 1e-3f; // never a zero vector, so blank-ish text still has a direction
        return Vectors.normalize(v);
    }

    private static String[] words(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").trim();
        return t.isEmpty() ? new String[0] : t.split(" ");
    }
}
