package org.dreamloom.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Admission control for searches: at most {@code permits} run at once (about one per core), the others wait their
 * turn first come, first served, and when {@code maxWaiting} are waiting already a new one is refused at once with
 * 503 and {@code Retry-After}.
 *
 * <p>Why: a search is pure CPU. Sixty-four searches started together on two cores all run time-sliced, so each
 * takes some thirty times its own cost and the unluckiest ones far longer; run two at a time in arrival order, each
 * finishes in its own cost plus its wait in the queue, so the slowest answers are barely slower than the typical
 * one. The bounded queue keeps an overload from piling up waits without end: a client told to come back in a second
 * is better off than one whose answer arrives after its own timeout. Thread-safe.
 */
final class SearchGate {
    private final Semaphore running;
    private final int permits;
    private final int maxWaiting;
    private final long maxWaitMillis;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    /**
     * @param permits       searches that may run at once (at least 1)
     * @param maxWaiting    searches that may wait for a turn (0: refuse whenever every permit is taken)
     * @param maxWaitMillis the longest a search waits for its turn before it is refused too
     */
    SearchGate(int permits, int maxWaiting, long maxWaitMillis) {
        if (permits < 1 || maxWaiting < 0 || maxWaitMillis < 1) {
            throw new IllegalArgumentException("a search gate needs permits >= 1, a queue >= 0 and a wait >= 1 ms, not "
                    + permits + ", " + maxWaiting + ", " + maxWaitMillis);
        }
        this.running = new Semaphore(permits, true); // fair: first come, first served
        this.permits = permits;
        this.maxWaiting = maxWaiting;
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * The gate of the web app: {@code dreamloom.web.searchThreads} searches at once (default: the number of cores),
     * {@code dreamloom.web.searchQueue} waiting (default 128: twice the load target's 64 connections, and well under
     * Jetty's 250 request threads, so the queue fills before Jetty's own does), for at most
     * {@code dreamloom.web.searchWaitMillis} (default 10,000).
     */
    static SearchGate fromSystemProperties() {
        return new SearchGate(
                property("dreamloom.web.searchThreads", Runtime.getRuntime().availableProcessors(), 1),
                property("dreamloom.web.searchQueue", 128, 0),
                property("dreamloom.web.searchWaitMillis", 10_000, 1));
    }

    private static int property(String name, int fallback, int min) {
        String v = System.getProperty(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(name + " must be a whole number >= " + min + ", not '" + v + "'");
    }

    /**
     * Runs {@code work} when its turn comes and returns its result.
     *
     * @throws ApiError 503 with Retry-After when the queue is full or the turn did not come in time
     */
    <T> T run(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    private void acquire() {
        try {
            // a timed tryAcquire honours fairness: a free permit is taken only when nobody waits for one already
            if (running.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return;
            }
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw busy(maxWaiting + " searches are waiting already");
            }
            try {
                if (!running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                    throw busy("a search waited " + maxWaitMillis + " ms for its turn");
                }
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is shutting down");
        }
    }

    private ApiError busy(String why) {
        refused.incrementAndGet();
        return new ApiError(503, "the server is busy (" + why + "); try again in a second", 1);
    }

    /** Searches running or waiting for a turn now. */
    int inside() {
        return waiting.get() + permits - running.availablePermits();
    }

    /** How many searches were refused so far. */
    int refused() {
        return refused.get();
    }

    /** Searches that may run at once. */
    int permits() {
        return permits;
    }
}
