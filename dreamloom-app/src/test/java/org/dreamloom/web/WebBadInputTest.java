package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A careless client over a real socket: every mistake is a 4xx with a JSON message naming it, never a 500 or HTML. */
class WebBadInputTest {
    private static final String PW = "correct horse battery";
    private static TestServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = new TestServer(new Auth.Limits(5, 1000, 1000, Duration.ofMinutes(15).toMillis()));
        client = server.client().signupAndLogin("careless", PW);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode error(Client.Answer a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        JsonNode e = a.json();
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("error").asText()).doesNotContain("Exception").doesNotContain("\tat ");
        return e;
    }

    @Test
    void aDateThatDoesNotExistIsRefusedByTheJournalAndBySearchNamingTheParameter() {
        for (String bad : new String[] {"2020-13-45", "2021-02-29", "2020-13", "2020-02-31"}) {
            JsonNode e = error(client.get("/api/dreams?from=" + bad), 400);
            assertThat(e.get("error").asText()).contains("'from'").contains(bad);
        }
        JsonNode s = error(client.get("/api/search?q=snake&to=2020-02-31"), 400);
        assertThat(s.get("error").asText()).contains("'to'").contains("2020-02-31").doesNotContain("MonthOfYear")
                .doesNotContain("FEBRUARY");
        assertThat(client.get("/api/dreams?from=2024-02-29&to=2024-03").status()).isEqualTo(200);
        assertThat(client.get("/api/dreams?from=2024-05&to=2024").status()).isEqualTo(200);
        JsonNode reversed = error(client.get("/api/search?q=snake&from=2021-01-01&to=2020-12-31"), 400);
        assertThat(reversed.get("error").asText()).contains("'from' (2021-01-01) is after 'to' (2020-12-31)");
        error(client.get("/api/dreams?from=2021&to=2020-06"), 400);
    }

    @Test
    void aQueryThatCannotBeReadSaysSoOnce() {
        JsonNode e = error(client.get("/api/search?q=AND%20OR%20("), 400);
        assertThat(e.get("error").asText()).startsWith("cannot read the query 'AND OR ('")
                .doesNotContain("cannot read the query: cannot read the query");
    }

    @Test
    void aBodyThatNamesAFieldTwiceIsRefusedInsteadOfKeepingTheLastValue() {
        JsonNode e = error(client.json("POST", "/api/dreams", "{\"text\": \"first\", \"text\": \"A second dream.\"}", true), 400);
        assertThat(e.get("error").asText()).contains("'text' twice");
    }

    @Test
    void aUrlTooLongForTheServerIsAJsonErrorNotAnHtmlPage() {
        Client.Answer a = client.get("/api/search?q=" + "dream+".repeat(4_000));
        JsonNode e = error(a, 414);
        assertThat(e.get("error").asText()).contains("URL is too long");
        assertThat(a.body()).doesNotContain("<html");
    }

    @Test
    void aBodyLargerThanTheServerAcceptsSaysHowLargeItMayBe() {
        String huge = "{\"text\": \"" + "a".repeat((int) WebServer.MAX_REQUEST_BYTES + 10) + "\"}";
        JsonNode e = error(client.json("POST", "/api/dreams", huge, true), 413);
        assertThat(e.get("error").asText()).contains("5,000,000 bytes");
    }

    @Test
    void aBodyThatIsNotAnObjectSaysWhatItIsWithoutAnotherRoutesExample() {
        JsonNode login = error(client.json("POST", "/api/login", "[\"careless\", \"pw\"]", true), 400);
        assertThat(login.get("error").asText()).contains("must be a JSON object").contains("not a list")
                .doesNotContain("\"text\"");
        JsonNode dream = error(client.json("POST", "/api/dreams", "5", true), 400);
        assertThat(dream.get("error").asText()).contains("not a number (5)");
    }

    @Test
    void aCorpusImportIsFiledUnderTheSeriesItWasGivenAndABadSeriesNameIsRefused() {
        server.server.auth().ensureAccount("lab-careless", PW, org.dreamloom.library.store.Account.RESEARCHER);
        Client lab = server.client().login("lab-careless", PW);

        Client.Answer up = lab.upload("/api/corpora?series=night-shift&visibility=private", "corpus.md",
                "# 2024-01-01 One\nI was lost in a hospital.\n\n# 2024-01-02 Two\nA nurse gave me a key.\n");
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        JsonNode corpora = lab.get("/api/corpora").json().get("corpora");
        assertThat(corpora).extracting(c -> c.get("series").asText()).contains("night-shift");

        JsonNode tooLong = error(lab.upload("/api/corpora?series=" + "s".repeat(101), "c.txt", "I flew."), 400);
        assertThat(tooLong.get("error").asText()).contains("'series'");
        error(lab.upload("/api/corpora?series=bad%00name", "c.txt", "I flew."), 400);
    }
}
