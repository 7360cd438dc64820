package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * No user can read, search, count or infer another user's private dream through any endpoint: after Alice writes a
 * private dream, every answer Bob gets from every GET route is byte-for-byte what it was before, none mentions the
 * dream's secret word, and every route on one dream answers Bob for Alice's dream exactly as for a dream that does not
 * exist. Routes come from the OpenAPI document, so a new route is covered without touching this test.
 */
class PrivacyPropertiesTest {
    private static final String PW = "correct horse battery";
    private static TestServer server;
    private static Client alice;
    private static Client bob;
    private static List<String[]> routes;

    @BeforeContainer
    static void start() {
        server = new TestServer(new Auth.Limits(5, 1000, 1000, Duration.ofMinutes(15).toMillis()));
        alice = server.client().signupAndLogin("alice", PW);
        bob = server.client().signupAndLogin("bob", PW);
        bob.post("/api/dreams", Map.of("text", "Bob dreamed of a silver train and a lighthouse.", "visibility", "shared"));
        alice.post("/api/dreams", Map.of("text", "Alice shares a dream of a lighthouse by the sea.", "visibility", "shared"));
        server.server.awaitIndexed();
        routes = new ArrayList<>();
        JsonNode doc = server.client().get("/openapi.json").json();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext();) {
                routes.add(new String[] {m.next().toUpperCase(Locale.ROOT), path.getKey()});
            }
        }
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    /** A private dream: a secret word hidden in text, title and tags, with random journal fields. */
    record Secret(String word, Map<String, Object> body) {
    }

    @Provide
    Arbitrary<Secret> secrets() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofLength(10).map(s -> "qx" + s);
        Arbitrary<String> filler = Arbitraries.of("lighthouse", "train", "sea", "mother", "silver", "forest", "ran",
                "I", "was", "afraid", "and", "happy").list().ofMinSize(2).ofMaxSize(25).map(l -> String.join(" ", l));
        return Combinators.combine(word, filler, Arbitraries.integers().between(-2, 2),
                Arbitraries.integers().between(0, 4), Arbitraries.of("", "2023-01-01", "2024-03-05", "2025-12-31"))
                .as((w, f, mood, lucid, date) -> {
                    Map<String, Object> b = new LinkedHashMap<>();
                    b.put("text", f + " " + w + ". " + f);
                    b.put("title", "Title " + w);
                    b.put("tags", List.of(w, "night"));
                    b.put("mood", mood);
                    b.put("lucidity", lucid);
                    b.put("date", date);
                    return new Secret(w, b);
                });
    }

    private static Map<String, String> bobsView(String secret) {
        Map<String, String> view = new LinkedHashMap<>();
        String q = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        for (String[] r : routes) {
            if (!r[0].equals("GET") || r[1].contains("{")) {
                continue;
            }
            for (String suffix : List.of("", "?q=" + q, "?q=" + q + "&limit=200", "?format=jsonl", "?format=cards")) {
                Client.Answer a = bob.get(r[1] + suffix);
                view.put(r[1] + suffix, a.status() + " " + a.body());
            }
        }
        return view;
    }

    @Property(tries = 15)
    void alicesPrivateDreamLeavesNoTraceInBobsAnswers(@ForAll("secrets") Secret secret) {
        Map<String, String> before = bobsView(secret.word());

        Client.Answer created = alice.post("/api/dreams", secret.body());
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        long missing = id + 1_000_000;
        server.server.awaitIndexed();

        Map<String, String> after = bobsView(secret.word());
        assertThat(after).isEqualTo(before);
        // the search answer echoes Bob's own query: that is not a leak, anything else naming the word would be
        after.forEach((route, answer) -> assertThat(answer.replace("\"query\":\"" + secret.word() + "\"", ""))
                .as(route).doesNotContain(secret.word()));

        for (String[] r : routes) {
            if (!r[1].contains("{id}")) {
                continue;
            }
            Object body = r[0].equals("GET") || r[0].equals("DELETE") ? null
                    : Map.of("text", "Bob overwrites " + secret.word(), "visibility", "public");
            Client.Answer theirs = bob.json(r[0], r[1].replace("{id}", String.valueOf(id)), body, true);
            Client.Answer none = bob.json(r[0], r[1].replace("{id}", String.valueOf(missing)), body, true);
            assertThat(theirs.status()).as(r[0] + " " + r[1]).isEqualTo(none.status()).isEqualTo(404);
            assertThat(theirs.body().replaceAll("\\b" + id + "\\b", "N"))
                    .isEqualTo(none.body().replaceAll("\\b" + missing + "\\b", "N"));
            assertThat(theirs.body()).doesNotContain(secret.word());
        }
        JsonNode mine = alice.get("/api/dreams/" + id).json();
        assertThat(mine.get("text").asText()).contains(secret.word()).doesNotContain("Bob overwrites");
        assertThat(mine.get("visibility").asText()).isEqualTo("private");
    }
}
