package org.dreamloom.library.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an index holds, in a form the store can compare with its own rows to decide whether to rebuild:
 * the number of dreams, the largest id, an order-independent fingerprint of every indexed field, and the
 * embedding model the vectors came from.
 *
 * <p>The fingerprint is the sum (mod 2^64) of a 64-bit hash of each dream, so it can be kept up to date
 * on every insert and delete and computed by the store in one pass over its rows with
 * {@link #expected(Iterable, String)}.
 */
public record IndexStatus(long count, long maxId, long fingerprint, String embedder) {

    /** The status an index holding exactly {@code dreams}, embedded by {@code embedderId}, would have. */
    public static IndexStatus expected(Iterable<IndexedDream> dreams, String embedderId) {
        long count = 0;
        long max = -1;
        long fp = 0;
        for (IndexedDream d : dreams) {
            count++;
            max = Math.max(max, d.id());
            fp += hash(d);
        }
        return new IndexStatus(count, max, fp, embedderId);
    }

    /** Whether this index status agrees with {@code expected} in every part; if not, rebuild. */
    public boolean consistentWith(IndexStatus expected) {
        return equals(expected);
    }

    /** A 64-bit hash of every field of {@code d} that the index holds. */
    public static long hash(IndexedDream d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.id()).append('\u0001').append(d.owner()).append('\u0001').append(d.visibility())
                .append('\u0001').append(d.dreamer()).append('\u0001').append(d.series()).append('\u0001')
                .append(d.date()).append('\u0001').append(d.sex()).append('\u0001').append(d.text())
                .append('\u0001').append(d.codes()).append('\u0001').append(new TreeMap<>(d.labels()));
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Map<String, String> toCommitData() {
        return Map.of("count", Long.toString(count), "maxId", Long.toString(maxId),
                "fingerprint", Long.toString(fingerprint), "embedder", embedder);
    }
}
