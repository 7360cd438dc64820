package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reindex, search, similar and threads through {@link Main#run} on a small library written here, with the hashing
 * embedder (meaning is not the point of these tests; {@link SemanticSearchIT} runs the real model).
 */
class SearchCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = dir.resolve("lib.db");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("ann.csv"), """
                dreamer,date,report
                Ann,2001-01-05,"I swam in a dark lake and a snake followed me. I was terrified and woke up screaming."
                Ann,2002-03-01,"A snake lay on my kitchen table and my mother laughed at it."
                Ann,2003-07-09,"I was flying over the sea with my brother; the water was green and calm."
                Bob,2004-02-02,"I was late for an exam and could not find the room in the school."
                Bob,2005-05-05,"My teeth fell out in a crowded hall and a stranger picked them up."
                """);
        assertThat(Cli.run("import", "--library", lib.toString(), in.toString()).exit()).isZero();
        assertThat(Cli.run("code", "--library", lib.toString()).exit()).isZero();
    }

    private Cli cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", lib.toString(), "--embedder", "hashing"));
        return Cli.run(all.toArray(String[]::new));
    }

    private long idOf(String words) {
        try (DreamStore store = DreamStore.open(lib)) {
            return store.list(store.ownerId(DreamStore.LOCAL_OWNER), DreamQuery.all()).stream()
                    .filter(d -> d.dream().text().contains(words)).findFirst().orElseThrow().id();
        }
    }

    @Test
    void reindexIndexesEveryDreamAndSearchFindsWordsWithCountsPerDreamer() {
        Cli re = cli("reindex");
        assertThat(re.exit()).as(re.err()).isZero();
        assertThat(re.out()).contains("Indexed 5 dreams");
        assertThat(Files.isDirectory(SearchSession.indexDir(lib))).isTrue();

        Cli found = cli("search", "snake");
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.err()).as("a fresh index is left alone").doesNotContain("search index");
        assertThat(found.out()).startsWith("2 dreams match snake").contains("[snake]")
                .contains("Ann: 2 of 3 dreams, 67%").doesNotContain("Bob:");

        Cli hybrid = cli("search", "--mode", "hybrid", "snake");
        assertThat(hybrid.exit()).as(hybrid.err()).isZero();
        assertThat(hybrid.out()).containsPattern("^\\d+ dreams match snake \\(hybrid: 2 with the words, \\d+ more close in meaning\\)")
                .contains("By dreamer (dreams with the words):").contains("Ann: 2 of 3 dreams, 67%");
    }

    @Test
    void searchBringsAStaleIndexUpToDateAndSaysSo() throws IOException {
        Cli first = cli("search", "snake");
        assertThat(first.err()).as("never indexed").contains("rebuilt it (5 dreams)");
        Path more = Files.writeString(dir.resolve("more.txt"), "A snake slept in my shoe.");
        Cli.run("import", "--library", lib.toString(), more.toString());
        Cli found = cli("search", "snake");
        assertThat(found.err()).contains("was behind the library; re-indexed 1 dream in");
        assertThat(found.out()).startsWith("3 dreams match snake");
        assertThat(cli("search", "snake").err()).doesNotContain("search index");
        try (DreamStore store = DreamStore.open(lib)) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            store.deleteDream(viewer, idOf("my shoe"));
        }
        Cli afterDelete = cli("search", "snake");
        assertThat(afterDelete.err()).contains("rebuilt it (5 dreams)");
        assertThat(afterDelete.out()).startsWith("2 dreams match snake");
    }

    @Test
    void searchAsJsonCarriesTotalHitsSnippetsAndFacets() throws IOException {
        Cli r = cli("search", "snake", "--json", "--limit", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("total").asLong()).isEqualTo(2);
        assertThat(j.get("hits")).hasSize(1);
        JsonNode hit = j.get("hits").get(0);
        assertThat(hit.get("dreamer").asText()).isEqualTo("Ann");
        assertThat(hit.get("snippet").asText()).contains("<b>snake</b>");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(j.get("facets").get("dreamer").get(0).get("matching").asLong()).isEqualTo(2);
    }

    @Test
    void codesAndLabelsOfTheLibraryAreSearchable() throws IOException {
        JsonNode nightmares = JSON.readTree(cli("search", "nightmare:true", "--json").out());
        assertThat(nightmares.get("hits")).extracting(h -> h.get("id").asLong())
                .containsExactly(idOf("terrified"));
        Cli byCode = cli("search", "code:1FMA", "--json");
        assertThat(byCode.exit()).as(byCode.err()).isZero();
        assertThat(JSON.readTree(byCode.out()).get("hits")).extracting(h -> h.get("id").asLong())
                .contains(idOf("my mother laughed"));
    }

    @Test
    void badQueriesAreUsageErrorsWithAMessage() {
        Cli r = cli("search", "snake AND (");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("dreamloom search: ").doesNotContain("Exception");
    }

    @Test
    void similarAndThreadsAnswerForADreamAndForADreamer() throws IOException {
        long snake = idOf("dark lake");
        Cli similar = cli("similar", Long.toString(snake), "--json");
        assertThat(similar.exit()).as(similar.err()).isZero();
        JsonNode s = JSON.readTree(similar.out());
        assertThat(s.get("id").asLong()).isEqualTo(snake);
        assertThat(s.get("similar")).extracting(n -> n.get("id").asLong()).doesNotContain(snake)
                .contains(idOf("snake lay"));
        assertThat(cli("similar", Long.toString(snake)).out()).contains("#" + idOf("snake lay"));

        Cli thread = cli("threads", Long.toString(snake), "--json");
        assertThat(thread.exit()).as(thread.err()).isZero();
        JsonNode t = JSON.readTree(thread.out());
        assertThat(t.get("dreamer").asText()).isEqualTo("Ann");
        assertThat(t.get("later")).extracting(n -> n.get("id").asLong()).doesNotContain(snake);

        Cli themes = cli("threads", "--dreamer", "Ann");
        assertThat(themes.exit()).as(themes.err()).isZero();
        assertThat(themes.out()).startsWith("Ann: ").contains("over 3 dreams");

        assertThat(cli("similar", "9999").exit()).isEqualTo(ExitCodes.DATA);
        assertThat(cli("threads").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli("threads", "--dreamer", "Nobody").exit()).isEqualTo(ExitCodes.DATA);
    }
}
