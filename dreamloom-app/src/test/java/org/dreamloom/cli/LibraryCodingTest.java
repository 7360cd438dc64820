package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Category;
import org.dreamloom.io.cards.CardJson;
import org.dreamloom.library.store.DreamStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code code --library}: stored cards, resumable runs, and {@code show} listing the codes with evidence. */
class LibraryCodingTest {
    @TempDir
    Path dir;
    Path lib;

    @BeforeEach
    void library() throws IOException {
        lib = dir.resolve("lib.db");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("journal.md"), """
                # 2021-03-01 The flood
                My father and I stood in the kitchen while the water rose. A stranger knocked at the door.

                # 2021-03-09 The exam
                I was late for an exam and my sister laughed at me in the hall.
                """);
        Files.writeString(in.resolve("horse.txt"), "A white horse spoke to me in my grandmother's garden.");
        assertThat(Cli.run("import", "--library", lib.toString(), in.toString()).exit()).isZero();
    }

    @Test
    void codesEveryUncodedDreamOnceAndStoresTheCards() {
        Cli first = Cli.run("code", "--library", lib.toString(), "--threads", "2");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Coded 3 dreams with " + Dreamloom.coderVersion());

        Cli again = Cli.run("code", "--library", lib.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("Nothing to code");

        try (DreamStore store = DreamStore.open(lib)) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            assertThat(store.stats(viewer).coders()).containsEntry(Dreamloom.coderVersion(), 3L);
            assertThat(store.dreamsNotCodedBy(viewer, Dreamloom.coderVersion(), 10)).isEmpty();
        }
    }

    @Test
    void showListsTheStoredCodesWithTheirEvidenceWords() {
        Cli.run("code", "--library", lib.toString());
        long id;
        String father;
        try (DreamStore store = DreamStore.open(lib)) {
            long viewer = store.ownerId(DreamStore.LOCAL_OWNER);
            var flood = store.list(viewer, org.dreamloom.library.store.DreamQuery.all()).stream()
                    .filter(d -> d.dream().text().contains("father")).findFirst().orElseThrow();
            id = flood.id();
            var card = store.codingsFor(viewer, id).get(0).card();
            var item = card.items(Category.CHARACTERS).stream()
                    .filter(i -> i.evidence().stream().anyMatch(e -> e.text().equalsIgnoreCase("father")))
                    .findFirst().orElseThrow();
            father = item.code();
        }
        Cli show = Cli.run("show", "--library", lib.toString(), Long.toString(id));
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("Coding by " + Dreamloom.coderVersion()).contains("characters")
                .contains(father + " «father»");
    }

    @Test
    void codeNeedsFilesOrALibraryButNotBoth() throws IOException {
        assertThat(Cli.run("code").exit()).isEqualTo(ExitCodes.USAGE);
        Path txt = Files.writeString(dir.resolve("a.txt"), "I flew.");
        Cli both = Cli.run("code", "--library", lib.toString(), txt.toString());
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("not both");
    }

    @Test
    void codeReadsMarkdownCsvAndDreamBankInputs() throws IOException {
        Path md = Files.writeString(dir.resolve("j.md"), """
                # one
                My brother ran after a dog.

                # two
                I swam in a lake with my aunt.
                """);
        Path csv = Files.writeString(dir.resolve("t.csv"), """
                dreamer,report
                ann,"A policeman stopped my car"
                ann,
                """);
        Path tsv = Files.writeString(dir.resolve("zed.tsv"), "\"n\"\t\"date\"\t\"dream\"\n"
                + "\"0001\"\t\"(1990-01-01)\"\t\"My mother gave me a key.\"\n");
        Files.writeString(dir.resolve("zed.json"), "{\"short_name\": \"zed\", \"long_name\": \"Zed\", \"sex\": \"male\"}");
        Path jsonl = Files.writeString(dir.resolve("records.jsonl"), "{\"dreamer\": \"ann\", \"text\": \"I lost my keys.\"}\n");
        Cli r = Cli.run("code", md.toString(), csv.toString(), tsv.toString(), jsonl.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.PARTIAL);
        var cards = r.out().lines().map(CardJson::parse).toList();
        assertThat(cards).extracting(c -> c.report().strip()).containsExactly("My brother ran after a dog.",
                "I swam in a lake with my aunt.", "A policeman stopped my car", "My mother gave me a key.", "I lost my keys.");
        assertThat(cards.get(3).series()).isEqualTo("zed");
        assertThat(cards.get(3).number()).isEqualTo("0001");
        assertThat(r.err()).contains(csv + ":3");
    }
}
