package org.dreamloom.library.embed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** Small helpers for dense float vectors: normalisation, dot product, mean, and a compact byte form for storage. */
public final class Vectors {
    private Vectors() {}

    /** A unit-length copy of {@code v}; a zero vector is returned unchanged (as a copy). */
    public static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = v.clone();
        if (sum == 0) {
            return out;
        }
        float inv = (float) (1.0 / Math.sqrt(sum));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }

    /** The dot product; for unit vectors this is the cosine similarity. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different length: " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The unit-length mean of several vectors, weighted by {@code weights} (same order), or plain mean if null. */
    public static float[] mean(List<float[]> vectors, List<Integer> weights) {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("mean of no vectors");
        }
        float[] out = new float[vectors.get(0).length];
        for (int i = 0; i < vectors.size(); i++) {
            float w = weights == null ? 1f : weights.get(i);
            float[] v = vectors.get(i);
            for (int j = 0; j < out.length; j++) {
                out[j] += w * v[j];
            }
        }
        return normalize(out);
    }

    /** The little-endian bytes of {@code v}, for a stored field. */
    public static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    /** The inverse of {@link #toBytes}. */
    public static float[] fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }
}
