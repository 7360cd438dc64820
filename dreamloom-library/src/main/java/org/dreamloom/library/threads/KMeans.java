package org.dreamloom.library.threads;

import java.util.List;
import java.util.Random;
import org.dreamloom.library.embed.Vectors;

/**
 * Spherical k-means on unit vectors (similarity = dot product) with k-means++ seeding; deterministic for a
 * given {@link Random}. Small and allocation-light: a dreamer has at most a few thousand dreams.
 */
final class KMeans {
    private static final int ITERATIONS = 25;

    private KMeans() {}

    /** The cluster (0..k-1) of each vector; fewer clusters are used when there are fewer distinct vectors. */
    static int[] cluster(List<float[]> vectors, int k, Random random) {
        int n = vectors.size();
        int[] assign = new int[n];
        if (n == 0 || k <= 1) {
            return assign;
        }
        k = Math.min(k, n);
        int dim = vectors.get(0).length;
        float[][] centres = new float[k][];
        centres[0] = vectors.get(random.nextInt(n)).clone();
        double[] dist = new double[n];
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double best = Double.MAX_VALUE;
                for (int j = 0; j < c; j++) {
                    best = Math.min(best, 1 - Vectors.dot(vectors.get(i), centres[j]));
                }
                dist[i] = Math.max(0, best) * Math.max(0, best);
                sum += dist[i];
            }
            if (sum == 0) {
                k = c; // all remaining points coincide with a centre
                break;
            }
            double r = random.nextDouble() * sum;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= dist[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            centres[c] = vectors.get(pick).clone();
        }
        for (int it = 0; it < ITERATIONS; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestSim = -2;
                for (int c = 0; c < k; c++) {
                    double s = Vectors.dot(vectors.get(i), centres[c]);
                    if (s > bestSim) {
                        bestSim = s;
                        best = c;
                    }
                }
                if (assign[i] != best || it == 0) {
                    changed |= assign[i] != best;
                    assign[i] = best;
                }
            }
            if (!changed && it > 0) {
                break;
            }
            float[][] sums = new float[k][dim];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                float[] v = vectors.get(i);
                float[] s = sums[assign[i]];
                for (int d = 0; d < dim; d++) {
                    s[d] += v[d];
                }
                counts[assign[i]]++;
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    centres[c] = Vectors.normalize(sums[c]);
                }
            }
        }
        return compact(assign);
    }

    /** Renumbers clusters 0..m-1 in order of first appearance, dropping empty ones. */
    private static int[] compact(int[] assign) {
        int[] map = new int[assign.length + 1];
        java.util.Arrays.fill(map, -1);
        int next = 0;
        int[] out = new int[assign.length];
        for (int i = 0; i < assign.length; i++) {
            if (map[assign[i]] < 0) {
                map[assign[i]] = next++;
            }
            out[i] = map[assign[i]];
        }
        return out;
    }
}
