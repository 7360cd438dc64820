package org.dreamloom.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window counter per key (an account name, an address): at most {@code max} events per {@code windowMillis}.
 * Thread-safe; old keys are dropped when their window has passed.
 */
public final class RateLimiter {
    private final int max;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    public RateLimiter(int max, long windowMillis, Clock clock) {
        this.max = max;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Seconds until {@code key} may act again, or 0 when it may act now. */
    public long retryAfterSeconds(String key) {
        Deque<Long> d = events.get(key);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            long now = clock.millis();
            prune(d, now);
            if (d.size() < max) {
                return 0;
            }
            return Math.max(1, (d.peekFirst() + windowMillis - now + 999) / 1000);
        }
    }

    /** Counts one event for {@code key}. */
    public void record(String key) {
        Deque<Long> d = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            long now = clock.millis();
            prune(d, now);
            d.addLast(now);
        }
        if (events.size() > 100_000) {
            // a flood of distinct keys: forget those whose windows are over
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), clock.millis());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    /** Forgets {@code key}'s events (after a successful login). */
    public void clear(String key) {
        events.remove(key);
    }

    private void prune(Deque<Long> d, long now) {
        while (!d.isEmpty() && d.peekFirst() <= now - windowMillis) {
            d.removeFirst();
        }
    }
}
