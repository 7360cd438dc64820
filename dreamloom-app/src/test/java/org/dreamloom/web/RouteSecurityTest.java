package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dreamloom.library.store.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route Javalin actually registered is in the OpenAPI document, and every route rejects callers it must
 * reject: anonymous callers (401), non-researchers on researcher routes (403), state changes without the CSRF
 * token (403), and other people's private dreams (404, the same answer as for a dream that does not exist).
 */
class RouteSecurityTest {
    private static final String PW = "correct horse battery";
    private static TestServer server;
    private static Client alice;
    private static Client bob;
    private static Client lab;
    private static long alicePrivate;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        server = new TestServer(new Auth.Limits(5, 1000, 1000, Duration.ofMinutes(15).toMillis()));
        alice = server.client().signupAndLogin("alice", PW);
        bob = server.client().signupAndLogin("bob", PW);
        server.server.auth().ensureAccount("lab", PW, Account.RESEARCHER);
        lab = server.client().login("lab", PW);
        alicePrivate = alice.post("/api/dreams", Map.of("text", "Alice's private dream of a glass tower."))
                .json().get("id").asLong();
        doc = server.client().get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Op(String method, String path, String access) {
        String concrete(long id) {
            return path.replace("{id}", String.valueOf(id));
        }

        boolean mutating() {
            return !method.equals("GET");
        }
    }

    private static List<Op> documented() {
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext();) {
                Map.Entry<String, JsonNode> op = m.next();
                ops.add(new Op(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue().get("x-access").asText()));
            }
        }
        return ops;
    }

    @Test
    void everyRegisteredRouteIsInTheOpenApiDocumentAndNothingElse() {
        List<String> registered = server.server.registeredRoutes().stream()
                .filter(r -> !r.startsWith("BEFORE") && !r.startsWith("AFTER")).toList();
        List<String> inDoc = documented().stream().map(o -> o.method() + " " + o.path()).toList();
        assertThat(registered).isNotEmpty();
        assertThat(inDoc).containsExactlyInAnyOrderElementsOf(registered);
        for (Op op : documented()) {
            JsonNode node = doc.get("paths").get(op.path()).get(op.method().toLowerCase(Locale.ROOT));
            assertThat(node.get("summary").asText()).as(op.toString()).isNotBlank();
            assertThat(node.get("responses").size()).as(op.toString()).isGreaterThan(1);
        }
    }

    @Test
    void everyNonPublicRouteRejectsAnonymousCallers() {
        Client anonymous = server.client().refresh();
        int checked = 0;
        for (Op op : documented()) {
            if (op.access().equals("public")) {
                continue;
            }
            Client.Answer a = anonymous.json(op.method(), op.concrete(alicePrivate), op.mutating() ? Map.of() : null, true);
            assertThat(a.status()).as(op.toString()).isEqualTo(401);
            assertThat(a.body()).as(op.toString()).doesNotContain("glass tower");
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void researcherRoutesRejectOrdinaryUsers() {
        int checked = 0;
        for (Op op : documented()) {
            if (op.access().equals("researcher")) {
                assertThat(bob.json(op.method(), op.concrete(1), op.mutating() ? Map.of() : null, true).status())
                        .as(op.toString()).isEqualTo(403);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void everyStateChangingRouteRejectsAMissingCsrfToken() {
        int checked = 0;
        for (Op op : documented()) {
            if (!op.mutating()) {
                continue;
            }
            Client who = op.access().equals("researcher") ? lab : alice;
            Client.Answer a = who.json(op.method(), op.concrete(alicePrivate), Map.of("text", "changed"), false);
            assertThat(a.status()).as(op.toString()).isEqualTo(403);
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(alice.get("/api/dreams/" + alicePrivate).json().get("text").asText()).contains("glass tower");
    }

    @Test
    void routesOnOneDreamTreatOtherPeoplesPrivateDreamsAsMissing() {
        long missing = alicePrivate + 100_000;
        int checked = 0;
        for (Op op : documented()) {
            if (!op.path().contains("{id}")) {
                continue;
            }
            Object body = op.mutating() ? Map.of("text", "Bob was here.") : null;
            Client.Answer theirs = bob.json(op.method(), op.concrete(alicePrivate), body, true);
            Client.Answer none = bob.json(op.method(), op.concrete(missing), body, true);
            assertThat(theirs.status()).as(op.toString()).isEqualTo(404).isEqualTo(none.status());
            assertThat(theirs.body().replaceAll("\\b" + alicePrivate + "\\b", "N"))
                    .isEqualTo(none.body().replaceAll("\\b" + missing + "\\b", "N"));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
        assertThat(alice.get("/api/dreams/" + alicePrivate).json().get("text").asText()).contains("glass tower");
    }
}
