package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.dreamloom.library.store.Account;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user's own account over a real socket: changing the password, deleting the account with its dreams. */
class AccountApiTest {
    private static final String PW = "correct horse battery";
    private static final String NEW_PW = "staple of the night";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(new Auth.Limits(5, 1000, 1000, Duration.ofMinutes(15).toMillis()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndLogsOutTheOtherSessions() {
        Client laptop = server.client().signupAndLogin("pwchange1", PW);
        Client phone = server.client().login("pwchange1", PW);

        Client.Answer wrong = laptop.put("/api/account/password", Map.of("current", "not my password", "password", NEW_PW));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("error").asText()).contains("current password is wrong");
        assertThat(laptop.put("/api/account/password", Map.of("current", PW, "password", "short")).status())
                .isEqualTo(400);
        assertThat(phone.get("/api/dreams").status()).isEqualTo(200);

        assertThat(laptop.put("/api/account/password", Map.of("current", PW, "password", NEW_PW)).status())
                .isEqualTo(200);
        assertThat(laptop.get("/api/dreams").status()).isEqualTo(200);
        assertThat(phone.get("/api/dreams").status()).isEqualTo(401);
        Client other = server.client().refresh();
        assertThat(other.post("/api/login", Map.of("username", "pwchange1", "password", PW)).status()).isEqualTo(401);
        assertThat(other.post("/api/login", Map.of("username", "pwchange1", "password", NEW_PW)).status()).isEqualTo(200);
    }

    @Test
    void aRoleChangedByAnotherProcessTakesEffectInTheRunningServerWithinSeconds() throws Exception {
        Client carol = server.client().signupAndLogin("rolechange1", PW);
        assertThat(carol.get("/api/corpora").status()).isEqualTo(403);
        assertThat(carol.get("/api/session").json().get("role").asText()).isEqualTo(Account.USER);

        try (DreamStore cli = DreamStore.open(server.libraryFile)) { // what `dreamloom accounts --researcher` does
            Account a = cli.accounts().account("rolechange1").orElseThrow();
            cli.accounts().update(a.id(), a.passwordHash(), Account.RESEARCHER);
        }
        assertThat(statusWithin(carol, "/api/corpora", 200)).isEqualTo(200);
        assertThat(carol.get("/api/session").json().get("role").asText()).isEqualTo(Account.RESEARCHER);

        try (DreamStore cli = DreamStore.open(server.libraryFile)) { // and `--user` takes it back
            Account a = cli.accounts().account("rolechange1").orElseThrow();
            cli.accounts().update(a.id(), a.passwordHash(), Account.USER);
        }
        assertThat(statusWithin(carol, "/api/corpora", 403)).isEqualTo(403);
    }

    @Test
    void aSessionEndedByAnotherProcessEndsInTheRunningServerWithinSeconds() throws Exception {
        Client dave = server.client().signupAndLogin("sessionend1", PW);
        Client elsewhere = server.client().login("sessionend1", PW);
        assertThat(dave.get("/api/dreams").status()).isEqualTo(200);

        try (DreamStore other = DreamStore.open(server.libraryFile)) { // a second server changed the password
            Account a = other.accounts().account("sessionend1").orElseThrow();
            other.accounts().endSessions(a.id(), null);
        }
        assertThat(statusWithin(dave, "/api/dreams", 401)).isEqualTo(401);
        // each session is read again on its own clock: the other one may still be trusted for a moment
        assertThat(statusWithin(elsewhere, "/api/dreams", 401)).isEqualTo(401);
    }

    /** Polls {@code path} until it answers {@code wanted} or well past the recheck interval; the last status. */
    private static int statusWithin(Client c, String path, int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Auth.SESSION_RECHECK.multipliedBy(5).toNanos();
        int status = c.get(path).status();
        while (status != wanted && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = c.get(path).status();
        }
        return status;
    }

    @Test
    void wrongPasswordsAtTheAccountRoutesCountAgainstTheLoginLimit() {
        Client c = server.client().signupAndLogin("pwguess1", PW);
        for (int i = 0; i < 5; i++) {
            assertThat(c.put("/api/account/password", Map.of("current", "guess number " + i, "password", NEW_PW))
                    .status()).isEqualTo(403);
        }
        Client.Answer limited = c.json("DELETE", "/api/account", Map.of("password", PW), true);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(c.get("/api/dreams").status()).isEqualTo(200);
    }

    @Test
    void deletingTheAccountRemovesItsDreamsEverywhereAndFreesTheName() {
        Client ann = server.client().signupAndLogin("leaver1", PW);
        Client bob = server.client().signupAndLogin("stayer1", PW);
        Map<String, Object> shared = Map.of("text", "A glass albatross circled the harbour twice.", "visibility", "shared");
        long id = ann.post("/api/dreams", shared).json().get("id").asLong();
        ann.post("/api/dreams", Map.of("text", "My albatross dream again, private this time."));
        server.server.awaitIndexed();
        assertThat(bob.get("/api/search?q=albatross&mode=lexical").json().get("total").asInt()).isEqualTo(1);

        Client.Answer refused = ann.json("DELETE", "/api/account", Map.of("password", "not my password"), true);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(ann.get("/api/dreams/" + id).status()).isEqualTo(200);
        assertThat(ann.json("DELETE", "/api/account", Map.of("password", PW), false).status()).isEqualTo(403);

        assertThat(ann.json("DELETE", "/api/account", Map.of("password", PW), true).status()).isEqualTo(204);
        assertThat(ann.get("/api/dreams").status()).isEqualTo(401);
        server.server.awaitIndexed();
        JsonNode after = bob.get("/api/search?q=albatross&mode=lexical").json();
        assertThat(after.get("total").asInt()).isZero();
        assertThat(bob.get("/api/kindred").body()).doesNotContain("albatross");
        assertThat(server.store.accounts().account("leaver1")).isEmpty();
        assertThat(server.store.list(server.store.accounts().account("stayer1").orElseThrow().ownerId(),
                DreamQuery.all())).extracting(s -> s.dream().text()).noneMatch(t -> t.contains("albatross"));
        Client stranger = server.client().refresh();
        assertThat(stranger.post("/api/login", Map.of("username", "leaver1", "password", PW)).status()).isEqualTo(401);

        Client newcomer = server.client().signupAndLogin("leaver1", NEW_PW);
        assertThat(newcomer.get("/api/dreams").json().toString()).doesNotContain("albatross");
        assertThat(newcomer.get("/api/search?q=albatross&mode=lexical").json().get("total").asInt()).isZero();
    }
}
