package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.library.store.DreamQuery;
import org.dreamloom.library.store.DreamStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats/compare on library selections (dreamer, series, date, query) with stored automatic and human codes. */
class LibrarySelectionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = dir.resolve("lib.db");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("people.csv"), """
                dreamer,date,report
                Ann,2001-01-05,"I swam in a dark lake and a snake followed me."
                Ann,2002-03-01,"A snake lay on my kitchen table and my mother laughed at it."
                Ann,2003-07-09,"I was flying over the sea with my brother."
                Bob,2004-02-02,"I was late for an exam and could not find the room."
                Bob,2005-05-05,"My teeth fell out in a crowded hall and a stranger picked them up."
                """);
        // human cards: 3 characters on the first, 1 on the second
        Files.writeString(in.resolve("coded.jsonl"), """
                {"series": "S", "number": "1", "characters": ["1FMA", "1MKA", "2ISA"], "emotions": [], "report": "My mother, a friend and two strangers stood in a hall."}
                {"series": "S", "number": "2", "characters": ["1ANI"], "emotions": [], "report": "A dog ran across a field."}
                """);
        assertThat(Cli.run("import", "--library", lib.toString(), in.toString()).exit()).isZero();
    }

    private JsonNode stats(String selection, String codes) throws IOException {
        Cli r = Cli.run("stats", selection, "--library", lib.toString(), "--codes", codes, "--json");
        assertThat(r.exit()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
        return JSON.readTree(r.out());
    }

    private static JsonNode indicator(JsonNode stats, String name) {
        for (JsonNode i : stats.get("indicators")) {
            if (i.get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name + " in " + stats);
    }

    @Test
    void dreamerSeriesAndDateSelectionsPickTheirDreams() throws IOException {
        assertThat(stats("dreamer:Ann", "auto").get("dreams").asInt()).isEqualTo(3);
        assertThat(stats("dreamer:bob", "auto").get("dreams").asInt()).as("names in any case").isEqualTo(2);
        assertThat(stats("date:2002..2004", "auto").get("dreams").asInt()).isEqualTo(3);
        assertThat(stats("date:2004-01..", "auto").get("dreams").asInt()).isEqualTo(2);
        assertThat(stats("series:S", "auto").get("dreams").asInt()).isEqualTo(2);
    }

    @Test
    void humanCodesComeFromTheImportedCardsAndDreamsWithoutThemAreLeftOut() throws IOException {
        JsonNode s = stats("series:S", "human");
        assertThat(s.get("dreams").asInt()).isEqualTo(2);
        JsonNode perDream = indicator(s, "Characters per dream");
        assertThat(perDream.get("numerator").asInt()).isEqualTo(4);

        Cli none = Cli.run("stats", "dreamer:Ann", "--library", lib.toString(), "--codes", "human");
        assertThat(none.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(none.err()).contains("has a human coding; use --codes auto");
    }

    @Test
    void autoCodesAreTheStoredOnesWhenPresentElseCodedNow() throws IOException {
        Card seven;
        try (DreamStore store = DreamStore.open(lib)) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            List<CodedItem> items = java.util.stream.IntStream.range(0, 7)
                    .mapToObj(i -> new CodedItem("1MSA", List.of(), "test@1")).toList();
            for (var d : store.list(viewer, new DreamQuery("Bob", "", "", "", 0, 0))) {
                seven = Card.empty("", "", d.dream().text()).with(Category.CHARACTERS, items);
                store.saveCoding(d.id(), Dreamloom.coderVersion(), seven);
            }
        }
        JsonNode bob = stats("dreamer:Bob", "auto");
        assertThat(indicator(bob, "Characters per dream").get("numerator").asInt()).isEqualTo(14);

        Cli ann = Cli.run("stats", "dreamer:Ann", "--library", lib.toString(), "--codes", "auto");
        assertThat(ann.err()).contains("3 of 3 dreams were not coded by");
        assertThat(ann.out()).contains("dreamer:Ann: 3 dreams");
    }

    @Test
    void queryAndCompareWithTheNormsWork() throws IOException {
        String old = System.getProperty(SearchSession.EMBEDDER_PROPERTY);
        System.setProperty(SearchSession.EMBEDDER_PROPERTY, "hashing");
        try {
            assertThat(stats("query:snake", "auto").get("dreams").asInt()).isEqualTo(2);
            assertThat(stats("query:\"snake OR teeth\"", "auto").get("dreams").asInt()).isEqualTo(3);
        } finally {
            if (old == null) {
                System.clearProperty(SearchSession.EMBEDDER_PROPERTY);
            } else {
                System.setProperty(SearchSession.EMBEDDER_PROPERTY, old);
            }
        }
        Path chart = dir.resolve("ann.png");
        Cli c = Cli.run("compare", "dreamer:Ann", "--to", "norms:female", "--library", lib.toString(), "--codes",
                "auto", "--chart", chart.toString());
        assertThat(c.exit()).as(c.err()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
        assertThat(c.out()).contains("dreamer:Ann (3 dreams");
        assertThat(Files.size(chart)).isPositive();
        Cli two = Cli.run("compare", "dreamer:Ann", "--to", "dreamer:Bob", "--library", lib.toString(), "--codes",
                "auto", "--json");
        assertThat(two.exit()).as(two.err()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
        assertThat(JSON.readTree(two.out()).get("reference_label").asText()).isEqualTo("dreamer:Bob");
    }
}
