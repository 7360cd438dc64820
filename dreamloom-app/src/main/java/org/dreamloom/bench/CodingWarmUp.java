package org.dreamloom.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dreamloom.coding.CodingPipeline;

/**
 * Warms a coding pipeline up until the JIT compiler has settled, so that timed passes measure compiled coders.
 *
 * <p>Why not one fixed pass: on 2 cores the compiler threads were still busy through both timed passes of the
 * first scale after one 4,000-report pass (8 s of compiling during a 7 s warm-up pass, then 5 to 7 s during each
 * timed pass), taking a core from the workers; the first scale's 2-thread figure then measured the JVM compiling
 * the coders, and came out no faster than 1 thread. So the warm-up codes fresh reports on 2 threads, pass after
 * pass, until two passes in a row spend at most {@link #JIT_SETTLED} of their elapsed time compiling, or a time
 * limit runs out (a JVM that never settles still finishes, and the result says it did not settle).
 *
 * @param passes  every warm-up pass, in order
 * @param settled whether the last two passes were quiet
 * @param seconds elapsed time of the whole warm-up
 */
public record CodingWarmUp(List<CodingRun> passes, boolean settled, double seconds) {
    /** The share of a pass's elapsed time spent compiling at or below which the pass counts as quiet. */
    public static final double JIT_SETTLED = 0.05;
    /** The fewest reports in a warm-up pass, so that a pass lasts long enough to say whether the JIT is busy. */
    public static final int MIN_PASS = 1000;
    /** Warm-up reports are drawn from this many times the timed sample (fewer when the corpus is smaller). */
    public static final int POOL = 8;
    /** The most warm-up time per scale, in seconds. */
    public static final double LIMIT_S = 90;
    /** The most warm-up time per scale for {@code bench --quick}, which should stay under a minute. */
    public static final double QUICK_LIMIT_S = 8;

    public CodingWarmUp {
        passes = List.copyOf(passes);
    }

    /**
     * Codes {@code pool} on 2 threads, {@code passSize} reports a pass (taking the pool in order and wrapping round,
     * so each pass takes reports the last did not while the pool lasts), until settled or {@code limitSeconds}
     * have gone; at least one pass. {@code each} sees every pass as it ends.
     */
    public static CodingWarmUp run(CodingPipeline pipeline, List<String> pool, int passSize, double limitSeconds,
            Consumer<CodingRun> each) throws Exception {
        if (pool.isEmpty() || passSize < 1) {
            throw new IllegalArgumentException("a warm-up needs reports and a pass size of at least 1");
        }
        List<CodingRun> passes = new ArrayList<>();
        long t0 = System.nanoTime();
        do {
            CodingRun r = CodingRun.of(pipeline, pass(pool, passes.size(), passSize), 2);
            passes.add(r);
            each.accept(r);
        } while (!settled(passes) && (System.nanoTime() - t0) / 1e9 < limitSeconds);
        return new CodingWarmUp(passes, settled(passes), (System.nanoTime() - t0) / 1e9);
    }

    /** The reports of pass number {@code index} (from 0): {@code size} consecutive reports of the pool, wrapping. */
    static List<String> pass(List<String> pool, int index, int size) {
        int n = Math.min(size, pool.size());
        List<String> out = new ArrayList<>(n);
        long from = (long) index * n;
        for (int k = 0; k < n; k++) {
            out.add(pool.get((int) ((from + k) % pool.size())));
        }
        return out;
    }

    /** Whether a pass spent at most {@link #JIT_SETTLED} of its elapsed time compiling (false when unknown). */
    static boolean quiet(CodingRun r) {
        return r.jitSeconds() >= 0 && r.jitSeconds() <= JIT_SETTLED * r.wallSeconds();
    }

    /** Two quiet passes in a row at the end: one short pass can fall between two compilations by chance. */
    static boolean settled(List<CodingRun> passes) {
        int n = passes.size();
        return n >= 2 && quiet(passes.get(n - 1)) && quiet(passes.get(n - 2));
    }

    /** The figures as a map for the JSON report. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passes", passes.size());
        m.put("settled", settled);
        m.put("seconds", seconds);
        m.put("runs", passes.stream().map(CodingRun::asMap).toList());
        return m;
    }
}
