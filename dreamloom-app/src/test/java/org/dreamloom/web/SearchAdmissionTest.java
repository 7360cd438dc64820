package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Admission control of searches (and the other heavy reads: similar, kindred, profile) over a real socket: a full gate
 * answers 503 with Retry-After, then recovers.
 */
class SearchAdmissionTest {
    private static final String PW = "correct horse battery";

    @Test
    void aSearchFindingTheGateFullIsAnswered503WithRetryAfterAndTheNextOneIsServed() throws Exception {
        System.setProperty("dreamloom.web.searchThreads", "1");
        System.setProperty("dreamloom.web.searchQueue", "0");
        TestServer server;
        try {
            server = new TestServer();
        } finally {
            System.clearProperty("dreamloom.web.searchThreads");
            System.clearProperty("dreamloom.web.searchQueue");
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (server) {
            Client c = server.client().signupAndLogin("gate1", PW);
            assertThat(c.post("/api/dreams", Map.of("text", "A fox ran across the frozen lake.")).status())
                    .isEqualTo(201);
            server.server.awaitIndexed();
            SearchGate gate = server.server.searchGate();
            assertThat(gate.permits()).isEqualTo(1);

            // another search holds the only turn, and no one may wait
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = pool.submit(() -> gate.run(() -> {
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            while (gate.inside() < 1) {
                Thread.sleep(1);
            }
            Client.Answer busy = c.get("/api/search?q=fox&mode=lexical");
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.json().get("error").asText()).contains("busy");
            assertThat(gate.refused()).isEqualTo(1);
            // linking similar dreams and finding kindred ones are search work too: they wait for the same turn
            long id = c.get("/api/dreams").json().get("nights").get(0).get("dreams").get(0).get("id").asLong();
            assertThat(c.get("/api/dreams/" + id + "/similar").status()).isEqualTo(503);
            assertThat(c.get("/api/kindred").status()).isEqualTo(503);
            // so is the profile (every own dream's card compared with the norms); a bad parameter needs no turn
            Client.Answer profileBusy = c.get("/api/profile");
            assertThat(profileBusy.status()).isEqualTo(503);
            assertThat(profileBusy.header("Retry-After")).isEqualTo("1");
            assertThat(c.get("/api/profile?norms=alien").status()).isEqualTo(400);
            assertThat(gate.refused()).isEqualTo(4);

            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            Client.Answer ok = c.get("/api/search?q=fox&mode=lexical");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.json().get("total").asInt()).isEqualTo(1);
            assertThat(c.get("/api/dreams/" + id + "/similar").status()).isEqualTo(200);
            assertThat(c.get("/api/kindred").status()).isEqualTo(200);
            Client.Answer profile = c.get("/api/profile");
            assertThat(profile.status()).isEqualTo(200);
            assertThat(profile.json().get("dreams").asInt()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
