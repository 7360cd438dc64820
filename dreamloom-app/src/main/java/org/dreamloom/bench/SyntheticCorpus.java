package org.dreamloom.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A deterministic scale-up of a corpus: report {@code i} of the scaled corpus is the original report {@code i}
 * for {@code i < n}, and beyond that a new report recombined from sentences of the whole corpus. A synthetic
 * report takes the metadata and the sentence count of original {@code i mod n} (so lengths, dreamers, series
 * and dates keep the corpus's distribution, and each dreamer gets proportionally more dreams) and draws its
 * sentences uniformly from the pool with a random generator seeded by (seed, i). Reports are generated on
 * demand, never held all at once, so a 10x corpus costs no heap until something keeps it.
 */
public final class SyntheticCorpus {
    /** Sentence ends: a terminal mark followed by white space. Crude on purpose; the text only has to read like a report. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final List<CorpusReport> originals;
    private final List<String> pool = new ArrayList<>();
    private final int[] sentenceCounts;
    private final long seed;

    /** A scale-up of {@code originals} (not empty) with the given seed. */
    public SyntheticCorpus(List<CorpusReport> originals, long seed) {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("cannot scale up an empty corpus");
        }
        this.originals = List.copyOf(originals);
        this.seed = seed;
        this.sentenceCounts = new int[originals.size()];
        for (int i = 0; i < originals.size(); i++) {
            String[] sentences = SENTENCE_END.split(originals.get(i).text().strip());
            int kept = 0;
            for (String s : sentences) {
                if (!s.isBlank()) {
                    pool.add(s.strip());
                    kept++;
                }
            }
            sentenceCounts[i] = Math.max(1, kept);
        }
    }

    /** How many sentences the pool holds. */
    public int poolSize() {
        return pool.size();
    }

    /** How many original reports there are. */
    public int originalCount() {
        return originals.size();
    }

    /** Report {@code i} of the scaled corpus (any i &ge; 0). */
    public CorpusReport report(long i) {
        if (i < 0) {
            throw new IllegalArgumentException("negative report index " + i);
        }
        int n = originals.size();
        CorpusReport template = originals.get((int) (i % n));
        if (i < n) {
            return template;
        }
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int count = sentenceCounts[(int) (i % n)];
        StringBuilder text = new StringBuilder(count * 80);
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                text.append(' ');
            }
            text.append(pool.get(r.nextInt(pool.size())));
        }
        return new CorpusReport(template.series(), template.dreamer(), template.date(), template.sex(), text.toString());
    }

    /** The first {@code factor * n} reports of the scaled corpus, generated as they are iterated. */
    public Iterable<CorpusReport> scaled(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("scale factor must be at least 1, got " + factor);
        }
        long total = (long) factor * originals.size();
        return range(0, total);
    }

    /** Reports {@code from} (inclusive) to {@code to} (exclusive) of the scaled corpus, generated as iterated. */
    public Iterable<CorpusReport> range(long from, long to) {
        return () -> new Iterator<>() {
            private long next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public CorpusReport next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return report(next++);
            }
        };
    }

    /**
     * {@code count} reports spread evenly over the scaled corpus of the given factor (every k-th report),
     * so a sample of a 10x corpus is mostly synthetic, as the corpus is.
     */
    public List<CorpusReport> sample(int factor, int count) {
        long total = (long) factor * originals.size();
        int c = (int) Math.min(count, total);
        List<CorpusReport> out = new ArrayList<>(c);
        for (int k = 0; k < c; k++) {
            out.add(report(k * total / c));
        }
        return out;
    }
}
