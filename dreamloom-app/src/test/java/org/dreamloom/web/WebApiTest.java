package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over a real socket: the journal flow, accounts, sessions, CSRF, errors, import and export. */
class WebApiTest {
    private static final String PW = "correct horse battery";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(new Auth.Limits(5, 1000, 1000, Duration.ofMinutes(15).toMillis()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, Object> dream(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("date", "2024-03-05");
        m.put("title", "The lake");
        m.put("tags", List.of("Water", "family"));
        m.put("lucidity", 2);
        m.put("mood", -1);
        m.put("sleepQuality", 4);
        return m;
    }

    @Test
    void writeReadEditListAndDeleteADream() {
        Client c = server.client().signupAndLogin("journal1", PW);
        Client.Answer created = c.post("/api/dreams", dream("I swam across a cold lake with my brother."));
        assertThat(created.status()).isEqualTo(201);
        JsonNode d = created.json();
        long id = d.get("id").asLong();
        assertThat(d.get("visibility").asText()).isEqualTo("private");
        assertThat(d.get("tags")).extracting(JsonNode::asText).containsExactly("water", "family");
        assertThat(d.get("mood").asInt()).isEqualTo(-1);
        StringBuilder rebuilt = new StringBuilder();
        d.get("segments").forEach(seg -> rebuilt.append(seg.get("text").asText()));
        assertThat(rebuilt.toString()).isEqualTo("I swam across a cold lake with my brother.");
        // coding happens after the answer, in the background; the page codes on the spot if asked first
        assertThat(d.get("coding").asText()).isEqualTo("pending");
        assertThat(d.get("codes").size()).isZero();

        JsonNode page = c.get("/api/dreams/" + id).json();
        assertThat(page.get("codes").toString()).contains("characters");
        assertThat(page.get("text").asText()).isEqualTo("I swam across a cold lake with my brother.");
        assertThat(page.get("own").asBoolean()).isTrue();
        assertThat(page.has("emotionTimeline")).isTrue();
        assertThat(page.get("scenes").size()).isGreaterThanOrEqualTo(1);

        Map<String, Object> edit = dream("I swam across a warm lake with my sister.");
        edit.put("date", "2024-03-06");
        Client.Answer updated = c.put("/api/dreams/" + id, edit);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("text").asText()).contains("warm lake");

        c.post("/api/dreams", dream("A second dream, the same night.")).json();
        JsonNode list = c.get("/api/dreams").json();
        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(list.get("nights").get(0).get("night").asText()).isEqualTo("2024-03-06");
        assertThat(c.get("/api/dreams?from=2024-03-06").json().get("count").asInt()).isEqualTo(1);

        assertThat(c.delete("/api/dreams/" + id).status()).isEqualTo(204);
        assertThat(c.get("/api/dreams/" + id).status()).isEqualTo(404);
        assertThat(c.get("/api/dreams").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void theSameTextTwiceIsAConflictNotADuplicate() {
        Client c = server.client().signupAndLogin("journal2", PW);
        assertThat(c.post("/api/dreams", dream("Once.")).status()).isEqualTo(201);
        Client.Answer again = c.post("/api/dreams", dream("Once."));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).contains("already");
    }

    @Test
    void signUpOfATakenNameAnswersLikeAFreeOne() {
        Client c = server.client().refresh();
        Client.Answer free = c.post("/api/signup", Map.of("username", "taken1", "password", PW));
        Client.Answer taken = c.post("/api/signup", Map.of("username", "taken1", "password", "another password"));
        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(free.body());
        // the first password still works: the second sign-up changed nothing
        server.client().login("taken1", PW);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        server.client().signupAndLogin("known1", PW);
        Client c = server.client().refresh();
        Client.Answer unknown = c.post("/api/login", Map.of("username", "nobody-here", "password", PW));
        Client.Answer wrong = c.post("/api/login", Map.of("username", "known1", "password", "wrong password!"));
        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(unknown.header("Set-Cookie")).isNull();
    }

    @Test
    void loginsAreRateLimitedPerAccountWithAClear429() {
        server.client().signupAndLogin("limited1", PW);
        Client c = server.client().refresh();
        for (int i = 0; i < 5; i++) {
            assertThat(c.post("/api/login", Map.of("username", "limited1", "password", "bad password " + i)).status())
                    .isEqualTo(401);
        }
        Client.Answer limited = c.post("/api/login", Map.of("username", "limited1", "password", PW));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("error").asText()).contains("too many login attempts");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        // other accounts are not affected by one name's lockout
        server.client().signupAndLogin("limited2", PW);
    }

    @Test
    void loginsAreRateLimitedPerAddress() {
        try (TestServer s = new TestServer(new Auth.Limits(100, 3, 100, Duration.ofMinutes(1).toMillis()))) {
            Client c = s.client().refresh();
            for (int i = 0; i < 3; i++) {
                assertThat(c.post("/api/login", Map.of("username", "user" + i, "password", PW)).status()).isEqualTo(401);
            }
            Client.Answer limited = c.post("/api/login", Map.of("username", "user9", "password", PW));
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isNotNull();
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrictAndNotSecureOnLoopback() {
        Client c = server.client().refresh();
        c.post("/api/signup", Map.of("username", "cookie1", "password", PW));
        Client.Answer a = c.post("/api/login", Map.of("username", "cookie1", "password", PW));
        String cookie = a.raw().headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith(Auth.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        assertThat(WebServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(WebServer.isLoopback("0.0.0.0")).isFalse();
    }

    @Test
    void stateChangingRequestsNeedTheCsrfToken() {
        Client c = server.client().signupAndLogin("csrf1", PW);
        assertThat(c.json("POST", "/api/dreams", dream("No token."), false).status()).isEqualTo(403);
        String good = c.csrf;
        c.csrf = "forged-token-forged-token-forged-token";
        Client.Answer forged = c.post("/api/dreams", dream("Forged token."));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("error").asText()).contains("CSRF");
        c.csrf = good;
        assertThat(c.post("/api/dreams", dream("Good token.")).status()).isEqualTo(201);
        // login itself is protected by the double-submit token
        Client fresh = server.client();
        assertThat(fresh.json("POST", "/api/login", Map.of("username", "csrf1", "password", PW), false).status())
                .isEqualTo(403);
    }

    @Test
    void logoutEndsTheSession() {
        Client c = server.client().signupAndLogin("logout1", PW);
        assertThat(c.get("/api/dreams").status()).isEqualTo(200);
        assertThat(c.post("/api/logout", null).status()).isEqualTo(204);
        assertThat(c.get("/api/dreams").status()).isEqualTo(401);
    }

    @Test
    void badInputGetsAClear4xxNeverA500OrAStackTrace() {
        Client c = server.client().signupAndLogin("bad1", PW);
        List<Client.Answer> answers = List.of(
                c.post("/api/dreams", "{not json"),
                c.post("/api/dreams", "[1, 2]"),
                c.post("/api/dreams", Map.of("title", "no text")),
                c.post("/api/dreams", Map.of("text", "x", "mood", 7)),
                c.post("/api/dreams", Map.of("text", "x", "lucidity", "very")),
                c.post("/api/dreams", Map.of("text", "x", "date", "yesterday")),
                c.post("/api/dreams", Map.of("text", "x", "visibility", "everyone")),
                c.post("/api/dreams", Map.of("text", "x", "tags", Map.of("a", 1))),
                c.post("/api/dreams", Map.of("text", 12)),
                c.post("/api/dreams", Map.of("text", "x".repeat(JournalFields.MAX_TEXT + 1))),
                c.get("/api/dreams/abc"),
                c.get("/api/dreams/-4"),
                c.get("/api/dreams/99999999999999999999"),
                c.get("/api/dreams?limit=0"),
                c.get("/api/dreams?from=last-week"),
                c.get("/api/export?format=xml"),
                c.post("/api/signup", Map.of("username", "x", "password", PW)),
                c.post("/api/signup", Map.of("username", "shortpw", "password", "short")),
                c.post("/api/import", Map.of("file", "not multipart")),
                c.post("/api/dreams", Map.of("text", "a\u0000b")),
                c.json("POST", "/api/import", null, true));
        for (Client.Answer a : answers) {
            assertThat(a.status()).as(a.body()).isBetween(400, 499);
            JsonNode err = a.json();
            assertThat(err.get("error").asText()).isNotBlank();
            assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.dreamloom");
        }
        assertThat(c.post("/api/dreams", Map.of("text", "x", "mood", 7)).json().get("error").asText())
                .contains("mood").contains("-2").contains("2");
        assertThat(c.get("/api/no-such-route").status()).isEqualTo(404);
        Client.Answer badMultipart = c.raw("POST", "/api/import", "multipart/form-data; boundary=xyz", "garbage");
        assertThat(badMultipart.status()).isEqualTo(400);
        assertThat(badMultipart.json().get("error").asText()).contains("multipart");
    }

    @Test
    void importAndExportUseTheCommandLineFormats() {
        Client c = server.client().signupAndLogin("transfer1", PW);
        String journal = "## 2024-01-02 Owls\n\nAn owl spoke to me in a barn.\n\n## 2024-01-03 Stairs\n\n"
                + "The stairs went on for ever.\n";
        Client.Answer imported = c.upload("/api/import", "my journal.md", journal);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        assertThat(c.upload("/api/import", "my journal.md", journal).json().get("duplicates").asInt()).isEqualTo(2);

        Client.Answer bad = c.upload("/api/import", "rows.csv", "report,date\n\"unclosed,2024-01-01\n");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.json().get("rejected").asInt()).isPositive();
        assertThat(bad.json().get("problems").get(0).get("file").asText()).isEqualTo("rows.csv");

        Client.Answer csv = c.get("/api/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,dreamer,date").contains("An owl spoke to me in a barn.");
        Client.Answer cards = c.get("/api/export?format=cards");
        assertThat(cards.body().lines().count()).isEqualTo(2);
        assertThat(cards.body()).contains("\"report\":\"The stairs went on for ever.\"");
        Client.Answer jsonl = c.get("/api/export?format=jsonl");
        assertThat(jsonl.body().lines()).allMatch(l -> l.startsWith("{"));
    }

    @Test
    void researcherRoutesRefuseOrdinaryUsers() {
        Client user = server.client().signupAndLogin("plain1", PW);
        assertThat(user.get("/api/corpora").status()).isEqualTo(403);
        server.server.auth().ensureAccount("lab1", PW, org.dreamloom.library.store.Account.RESEARCHER);
        Client lab = server.client().login("lab1", PW);
        Client.Answer up = lab.upload("/api/corpora?visibility=shared", "corpus.md",
                "## One\n\nA red door in the desert.\n\n## Two\n\nA blue door under the sea.\n");
        assertThat(up.json().get("imported").asInt()).isEqualTo(2);
        JsonNode corpora = lab.get("/api/corpora").json().get("corpora");
        assertThat(corpora.get(0).get("dreams").asInt()).isEqualTo(2);
        assertThat(corpora.get(0).get("sharedDreams").asInt()).isEqualTo(2);
        // the shared corpus shows in others' library, without the owner's name
        JsonNode hits = user.get("/api/search").json().get("hits");
        assertThat(hits.toString()).contains("red door").doesNotContain("lab1");
    }

    @Test
    void profileHasTrendsAndRecurringThemes() {
        Client c = server.client().signupAndLogin("profile1", PW);
        for (String t : List.of("The ocean was green and my mother swam.", "A green ocean again, with a boat.",
                "The ocean froze under the moon.")) {
            Map<String, Object> d = dream(t);
            d.put("tags", List.of("sea"));
            c.post("/api/dreams", d);
        }
        JsonNode p = c.get("/api/profile").json();
        assertThat(p.get("dreams").asInt()).isEqualTo(3);
        assertThat(p.get("trends").get(0).get("month").asText()).isEqualTo("2024-03");
        assertThat(p.get("trends").get(0).get("dreams").asInt()).isEqualTo(3);
        assertThat(p.get("trends").get(0).get("mood").asDouble()).isEqualTo(-1.0);
        assertThat(p.get("themes").get("words").toString()).contains("ocean").contains("green");
        assertThat(p.get("themes").get("tags").get(0).get("name").asText()).isEqualTo("sea");
    }

    @Test
    void searchFindsWordsWithFacetsAndLinksSimilarDreams() {
        Client c = server.client().signupAndLogin("search1", PW);
        long owl = c.post("/api/dreams", dream("An owl spoke to me in a dark barn about my mother.")).json().get("id").asLong();
        c.post("/api/dreams", dream("The owl came back and sat in the barn with my mother."));
        c.post("/api/dreams", dream("A train crossed the desert at noon."));
        server.server.awaitIndexed();
        JsonNode r = c.get("/api/search?q=owl&mode=lexical").json();
        assertThat(r.get("total").asInt()).isEqualTo(2);
        assertThat(r.get("hits").get(0).get("snippet").asText()).contains("<b>");
        assertThat(r.get("facets").get("dreamer").fields().next().getValue().asInt()).isEqualTo(2);
        assertThat(r.get("facets").toString()).doesNotContain("search1");
        assertThat(c.get("/api/search?q=owl%20AND%20desert&mode=lexical").json().get("total").asInt()).isZero();
        assertThat(c.get("/api/search?q=barn&from=2024-03-01&to=2024-03-31&mode=lexical").json().get("total").asInt())
                .isEqualTo(2);
        Client.Answer bad = c.get("/api/search?q=%22unclosed");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).startsWith("cannot read the query")
                .as("said once, not 'cannot read the query: cannot read the query'").containsOnlyOnce("cannot read");
        assertThat(c.get("/api/search?q=owl&mode=psychic").status()).isEqualTo(400);

        JsonNode similar = c.get("/api/dreams/" + owl + "/similar").json();
        assertThat(similar.get("available").asBoolean()).isTrue();
        assertThat(similar.get("similar").get(0).get("excerpt").asText()).contains("owl came back");
        assertThat(similar.get("similar").get(0).get("reasons").size()).isPositive();
    }

    @Test
    void aRepeatedSearchSeesEveryWriteInBetween() {
        Client c = server.client().signupAndLogin("search2", PW);
        long first = c.post("/api/dreams", dream("A heron stood in the flooded meadow.")).json().get("id").asLong();
        server.server.awaitIndexed();
        String url = "/api/search?q=heron&mode=lexical";
        assertThat(c.get(url).json().get("hits").size()).isEqualTo(1);
        assertThat(c.get(url).json().get("hits").size()).isEqualTo(1); // answered again, possibly from the cache

        long second = c.post("/api/dreams", dream("The heron flew over my school.")).json().get("id").asLong();
        server.server.awaitIndexed();
        JsonNode both = c.get(url).json();
        assertThat(both.get("total").asInt()).isEqualTo(2);
        assertThat(both.get("pending").asInt()).isZero();
        JsonNode hybrid = c.get("/api/search?q=heron").json(); // words and meaning, the page's default
        assertThat(hybrid.get("mode").asText()).isEqualTo("hybrid");
        assertThat(hybrid.get("wordMatches").asInt()).as("the dreams the facets count").isEqualTo(2);
        assertThat(hybrid.get("total").asInt()).isGreaterThanOrEqualTo(2);

        assertThat(c.delete("/api/dreams/" + first).status()).isEqualTo(204);
        // gone at once, before the index has caught up: the store has the last word and the delete voids the cache
        JsonNode after = c.get(url).json();
        assertThat(after.get("hits").findValues("id")).extracting(JsonNode::asLong).containsExactly(second);
    }

    @Test
    void similarDreamsOfADreamJustWrittenNeedNoWaitingForTheQueue() {
        Client c = server.client().signupAndLogin("similar2", PW);
        c.post("/api/dreams", dream("A lighthouse keeper waved at me from the rocks."));
        long id = c.post("/api/dreams", dream("The lighthouse keeper came back and waved again.")).json().get("id").asLong();
        JsonNode similar = c.get("/api/dreams/" + id + "/similar").json();
        assertThat(similar.get("available").asBoolean()).isTrue();
        assertThat(c.get("/api/dreams/" + id).json().get("codes").size()).isPositive();
    }

    @Test
    void profileComparesCodedDreamsWithTheNorms() {
        Client c = server.client().signupAndLogin("norms1", PW);
        for (String t : List.of("My mother and my father argued with a man in the kitchen.",
                "A woman and her brother walked with me and my sister to school.",
                "I met a tall stranger and a policeman near my house.")) {
            c.post("/api/dreams", dream(t));
        }
        JsonNode ind = c.get("/api/profile?norms=male").json().get("indicators");
        assertThat(ind.get("norms").asText()).isEqualTo("male");
        assertThat(ind.get("available").asBoolean()).isTrue();
        assertThat(ind.get("values").findValues("h").stream().anyMatch(JsonNode::isNumber)).isTrue();
        assertThat(ind.get("warnings").toString()).contains("3 dreams");
        assertThat(c.get("/api/profile?norms=alien").status()).isEqualTo(400);
    }

    @Test
    void theDreamPageLabelsNightmaresAndLucidDreamsWithTheirEvidence() {
        Client c = server.client().signupAndLogin("labels1", PW);
        long scary = c.post("/api/dreams", dream("A man chased me through a dark house. I woke up screaming.")).json()
                .get("id").asLong();
        long calm = c.post("/api/dreams", dream("I sat in a garden with my aunt and we drank tea.")).json()
                .get("id").asLong();
        JsonNode labels = c.get("/api/dreams/" + scary).json().get("labels");
        assertThat(labels.findValuesAsText("name")).containsExactly("nightmare", "lucid");
        JsonNode nightmare = labels.get(0);
        assertThat(nightmare.get("value").asBoolean()).isTrue();
        assertThat(nightmare.get("evidence").toString()).contains("screaming");
        String text = "A man chased me through a dark house. I woke up screaming.";
        assertThat(nightmare.get("spans").findValuesAsText("start")).isNotEmpty();
        JsonNode first = nightmare.get("spans").get(0);
        assertThat(nightmare.get("evidence").toString())
                .contains(text.substring(first.get("start").asInt(), first.get("end").asInt()));
        assertThat(labels.get(1).get("value").asBoolean()).isFalse();
        assertThat(c.get("/api/dreams/" + calm).json().get("labels").findValues("value"))
                .allMatch(v -> !v.asBoolean());
        // an edit answers the page with labels of the new text
        JsonNode edited = c.put("/api/dreams/" + calm, dream("I realized I was dreaming and flew over my aunt's garden."))
                .json().get("labels");
        assertThat(edited.get(1).get("value").asBoolean()).isTrue();
        assertThat(edited.get(1).get("evidence").toString()).contains("dreaming");
    }

    @Test
    void aResearcherComparesOneSeriesWithTheNorms() {
        server.server.auth().ensureAccount("lab2", PW, org.dreamloom.library.store.Account.RESEARCHER);
        Client lab = server.client().login("lab2", PW);
        lab.post("/api/dreams", dream("My mother and my father argued with a man in the kitchen."));
        Client.Answer up = lab.upload("/api/corpora?visibility=private&format=dreambank", "harbour.tsv",
                "n\tdate\tdream\n1\t2001-01-01\tI walked with my sister to school and a dog barked at us.\n"
                + "2\t2001-01-02\tA woman and her brother sailed with me across the harbour.\n");
        assertThat(up.json().get("imported").asInt()).isEqualTo(2);
        JsonNode all = lab.get("/api/profile").json();
        assertThat(all.get("dreams").asInt()).isEqualTo(3);
        assertThat(all.get("allSeries").findValuesAsText("series")).containsExactly("(journal)", "harbour");
        JsonNode series = lab.get("/api/profile?series=harbour").json();
        assertThat(series.get("dreams").asInt()).isEqualTo(2);
        assertThat(series.get("series").asText()).isEqualTo("harbour");
        assertThat(series.get("indicators").get("values").findValues("pAdjusted")).isNotEmpty();
        assertThat(series.get("indicators").get("warnings").toString()).contains("harbour");
        assertThat(lab.get("/api/profile?series=(journal)").json().get("dreams").asInt()).isEqualTo(1);
        Client.Answer missing = lab.get("/api/profile?series=nowhere");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).contains("nowhere").contains("/api/corpora");
    }

    @Test
    void openApiDocumentIsServedAndValidLooking() {
        JsonNode doc = server.client().get("/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/dreams/{id}")).isTrue();
        assertThat(doc.at("/paths/~1api~1dreams/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/DreamInput");
    }
}
