package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void allowsMaxEventsPerWindowThenSaysHowLongToWait() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(3, 60_000, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.retryAfterSeconds("k")).isZero();
            limiter.record("k");
            clock.millis += 1_000;
        }
        assertThat(limiter.retryAfterSeconds("k")).isEqualTo(57);
        assertThat(limiter.retryAfterSeconds("other")).isZero();
        clock.millis += 57_000;
        assertThat(limiter.retryAfterSeconds("k")).isZero();
    }

    @Test
    void clearForgetsAKey() {
        RateLimiter limiter = new RateLimiter(1, 60_000, new HandClock());
        limiter.record("k");
        assertThat(limiter.retryAfterSeconds("k")).isPositive();
        limiter.clear("k");
        assertThat(limiter.retryAfterSeconds("k")).isZero();
    }
}
