package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SearchAnswerCacheTest {
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final SearchAnswerCache<Map<String, Object>> cache = new SearchAnswerCache<>(2, generation::get, writes::get, 60_000);

    private Map<String, Object> answer() {
        return Map.of("n", computed.incrementAndGet());
    }

    @Test
    void reusesAnAnswerUntilTheIndexOrTheLibraryChanges() {
        String k = SearchAnswerCache.key("web:ann", "owl", "lexical", 20, 0);
        assertThat(cache.get(k, this::answer)).containsEntry("n", 1);
        assertThat(cache.get(k, this::answer)).containsEntry("n", 1);
        generation.incrementAndGet();
        assertThat(cache.get(k, this::answer)).containsEntry("n", 2);
        writes.incrementAndGet();
        assertThat(cache.get(k, this::answer)).containsEntry("n", 3);
        assertThat(cache.get(k, this::answer)).containsEntry("n", 3);
    }

    @Test
    void keepsViewersQueriesAndPagesApart() {
        assertThat(SearchAnswerCache.key("web:ann", "owl", "lexical", 20, 0))
                .isNotEqualTo(SearchAnswerCache.key("web:bob", "owl", "lexical", 20, 0))
                .isNotEqualTo(SearchAnswerCache.key("web:ann", "owl", "hybrid", 20, 0))
                .isNotEqualTo(SearchAnswerCache.key("web:ann", "owl", "lexical", 20, 20))
                .isNotEqualTo(SearchAnswerCache.key("web:ann", "owls", "lexical", 20, 0));
        cache.get(SearchAnswerCache.key("web:ann", "owl", "lexical", 20, 0), this::answer);
        assertThat(cache.get(SearchAnswerCache.key("web:bob", "owl", "lexical", 20, 0), this::answer))
                .containsEntry("n", 2);
        cache.get(SearchAnswerCache.key("web:ann", "cat", "lexical", 20, 0), this::answer);
        assertThat(cache.size()).isEqualTo(2); // the capacity
    }

    @Test
    void expiresAnswersAfterTheirMaximumAge() throws InterruptedException {
        SearchAnswerCache<Map<String, Object>> brief = new SearchAnswerCache<>(8, generation::get, writes::get, 1);
        brief.get("k", this::answer);
        Thread.sleep(5);
        assertThat(brief.get("k", this::answer)).containsEntry("n", 2);
    }

    @Test
    void aFailureReachesTheCallerAndIsNotKept() {
        assertThatThrownBy(() -> cache.get("bad", () -> {
            throw ApiError.badRequest("cannot read the query");
        })).isInstanceOf(ApiError.class).hasMessageContaining("cannot read");
        assertThat(cache.get("bad", this::answer)).containsEntry("n", 1);
    }

    @Test
    void simultaneousMissesComputeOnce() throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    seen.add(cache.get("same", () -> {
                        inside.countDown();
                        try {
                            Thread.sleep(50); // the others arrive while this one computes
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return answer();
                    }).get("n"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(computed.get()).isEqualTo(1);
        assertThat(seen).hasSize(8).containsOnly(1);
    }

    @Test
    void theLiveMemberIsAddedToACachedJsonObject() {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        assertThat(new String(LibraryController.withLastMember("{\"a\":1}".getBytes(utf8), "\"pending\":3"), utf8))
                .isEqualTo("{\"a\":1,\"pending\":3}");
        assertThat(new String(LibraryController.withLastMember("{}".getBytes(utf8), "\"pending\":0"), utf8))
                .isEqualTo("{\"pending\":0}");
        assertThatThrownBy(() -> LibraryController.withLastMember("[1]".getBytes(utf8), "\"x\":1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
