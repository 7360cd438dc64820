package org.dreamloom.bench;

import java.util.Arrays;

/**
 * Latency percentiles by the nearest-rank method: the p-th percentile of n samples is the sample of rank
 * ceil(p/100 * n) in ascending order, so it is always a latency that was actually observed.
 */
public final class Percentiles {
    private final double[] sorted;

    /** Percentiles of the given samples (copied and sorted); at least one sample. */
    public Percentiles(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("percentiles need at least one sample");
        }
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    /** The p-th percentile, 0 &lt; p &le; 100. */
    public double at(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** The number of samples. */
    public int count() {
        return sorted.length;
    }

    /** The largest sample. */
    public double max() {
        return sorted[sorted.length - 1];
    }

    /** The arithmetic mean. */
    public double mean() {
        double s = 0;
        for (double x : sorted) {
            s += x;
        }
        return s / sorted.length;
    }
}
