package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchGateTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Starts {@code work} in the gate on another thread, and waits until it is inside (running or waiting). */
    private Future<String> enter(SearchGate gate, CountDownLatch release, String name, int insideAfter)
            throws InterruptedException {
        Future<String> f = pool.submit(() -> gate.run(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return name;
        }));
        while (gate.inside() < insideAfter) {
            Thread.sleep(1);
        }
        return f;
    }

    @Test
    void runsWorkAndGivesBackItsResult() {
        SearchGate gate = new SearchGate(2, 4, 1_000);
        assertThat(gate.run(() -> "answer")).isEqualTo("answer");
        assertThat(gate.inside()).isZero();
        assertThat(gate.refused()).isZero();
    }

    @Test
    void aFullQueueRefusesAtOnceWith503AndRetryAfter() throws Exception {
        SearchGate gate = new SearchGate(1, 1, 60_000);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> running = enter(gate, release, "first", 1);
        Future<String> waiting = enter(gate, release, "second", 2);

        assertThatThrownBy(() -> gate.run(() -> "third"))
                .isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.retryAfter()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("busy");
                });
        assertThat(gate.refused()).isEqualTo(1);

        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("second"); // the one in the queue got its turn
        assertThat(gate.run(() -> "later")).isEqualTo("later");
        assertThat(gate.inside()).isZero();
    }

    @Test
    void aSearchThatWaitsTooLongIsRefusedToo() throws Exception {
        SearchGate gate = new SearchGate(1, 8, 1);
        CountDownLatch release = new CountDownLatch(1);
        enter(gate, release, "holder", 1);
        try {
            assertThatThrownBy(() -> gate.run(() -> "late"))
                    .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(503));
        } finally {
            release.countDown();
        }
    }

    @Test
    void waitingSearchesGetTheirTurnInArrivalOrder() throws Exception {
        SearchGate gate = new SearchGate(1, 8, 60_000);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Future<String> holder = enter(gate, release, "holder", 1);
        List<Future<String>> queued = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "q" + i;
            queued.add(pool.submit(() -> gate.run(() -> {
                order.add(name);
                return name;
            })));
            while (gate.inside() < i + 2) {
                Thread.sleep(1); // the next one arrives only once this one waits
            }
        }
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        for (Future<String> f : queued) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(order).containsExactly("q0", "q1", "q2", "q3");
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new SearchGate(0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("permits >= 1");
        System.setProperty("dreamloom.web.searchThreads", "many");
        try {
            assertThatThrownBy(SearchGate::fromSystemProperties).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dreamloom.web.searchThreads").hasMessageContaining("many");
        } finally {
            System.clearProperty("dreamloom.web.searchThreads");
        }
        assertThat(SearchGate.fromSystemProperties().permits()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
