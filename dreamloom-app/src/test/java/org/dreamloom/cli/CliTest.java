package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path lib;
    Path inbox;

    @BeforeEach
    void fixtures() throws IOException {
        lib = dir.resolve("lib.db");
        inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("flood.txt"), "The kitchen flooded and my father kept reading the paper.");
        Files.writeString(inbox.resolve("cafe.txt"), "We met at the caf√© by the sea.");
        Files.writeString(inbox.resolve("table.csv"), """
                dreamer,date,report
                ann,2020-01-02,"A horse, white and huge, spoke to me"
                ann,2020-01-03,"broken quote
                bob,2020-02-01,I lost my teeth in a crowded hall
                bob,2020-02-02,
                """);
        Files.writeString(inbox.resolve("cards.jsonl"), "{\"series\": \"S\", \"number\": \"7\", \"characters\": [\"1FMA\"], "
                + "\"emotions\": [\"AP,D\"], \"report\": \"My mother shouted at me in a dark garden.\"}\n");
    }

    private JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void importReportsEachBadRowKeepsTheGoodOnesAndExitsNonZero() {
        Cli r = Cli.run("import", "--library", lib.toString(), inbox.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(r.out()).contains("Imported 5 · duplicates 0 · rejected 2");
        assertThat(r.err()).contains(inbox.resolve("table.csv") + ":3: ")
                .contains(inbox.resolve("table.csv") + ":5: the report is empty");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void importingTwiceAddsNothing() {
        Cli.run("import", "--library", lib.toString(), inbox.resolve("flood.txt").toString());
        Cli again = Cli.run("import", "--library", lib.toString(), inbox.resolve("flood.txt").toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("Imported 0 · duplicates 1 · rejected 0");
    }

    @Test
    void infoListShowAndExportSeeWhatWasImported() throws IOException {
        Cli.run("import", "--library", lib.toString(), inbox.toString());

        JsonNode info = json(Cli.run("info", "--library", lib.toString(), "--json").out());
        assertThat(info.get("dreams").asLong()).isEqualTo(5);
        assertThat(info.get("dreamers").asLong()).isEqualTo(2);
        assertThat(info.get("codings").asLong()).isEqualTo(1);
        assertThat(info.get("repaired").asLong()).isEqualTo(1);

        JsonNode list = json(Cli.run("list", "--library", lib.toString(), "--dreamer", "bob", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("dreamer").asText()).isEqualTo("bob");

        JsonNode all = json(Cli.run("list", "--library", lib.toString(), "--json", "--limit", "0").out());
        long cafeId = -1;
        long cardId = -1;
        for (JsonNode d : all) {
            String title = d.get("title").asText();
            if (title.equals("cafe")) {
                cafeId = d.get("id").asLong();
            }
            if (d.get("source_key").asText().equals("7")) {
                cardId = d.get("id").asLong();
            }
        }
        JsonNode cafe = json(Cli.run("show", "--library", lib.toString(), String.valueOf(cafeId), "--json").out());
        assertThat(cafe.get("text").asText()).isEqualTo("We met at the café by the sea.");
        assertThat(cafe.get("original").asText()).contains("caf√©");
        assertThat(cafe.get("repairs").get(0).asText()).contains("mojibake");
        assertThat(cafe.get("sources")).hasSize(1);

        Cli shown = Cli.run("show", "--library", lib.toString(), String.valueOf(cardId));
        assertThat(shown.out()).contains("Coding by human").contains("1FMA").contains("AP,D")
                .contains("My mother shouted at me");

        Path csv = dir.resolve("out.csv");
        assertThat(Cli.run("export", "--library", lib.toString(), "--format", "csv", "-o", csv.toString()).exit())
                .isZero();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0)).startsWith("id,dreamer,date");
        assertThat(Files.readString(csv)).contains("\"A horse, white and huge, spoke to me\"");

        Cli cards = Cli.run("export", "--library", lib.toString(), "--format", "cards");
        assertThat(cards.out().lines()).hasSize(5).anySatisfy(l -> assertThat(l).contains("\"1FMA\""));
    }

    @Test
    void exportedJsonlImportsIntoAnotherLibraryUnchanged() throws IOException {
        Cli.run("import", "--library", lib.toString(), inbox.toString());
        Path jsonl = dir.resolve("all.jsonl");
        Cli.run("export", "--library", lib.toString(), "--format", "jsonl", "-o", jsonl.toString());

        Path other = dir.resolve("other.db");
        Cli r = Cli.run("import", "--library", other.toString(), jsonl.toString());
        assertThat(r.exit()).isZero();
        assertThat(json(Cli.run("info", "--library", other.toString(), "--json").out()).get("dreams").asLong())
                .isEqualTo(5);
        assertThat(json(Cli.run("info", "--library", other.toString(), "--json").out()).get("dreamers").asLong())
                .isEqualTo(2);
    }

    @Test
    void missingFileAndBadOptionsHaveTheirExitCodes() {
        Cli missing = Cli.run("import", "--library", lib.toString(), dir.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(missing.err()).contains("nope: no such file or folder — check the path");

        assertThat(Cli.run("import", "--library", lib.toString(), "--format", "xml", inbox.toString()).exit())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("show", "--library", lib.toString(), "999").exit()).isEqualTo(ExitCodes.DATA);
    }

    @Test
    void columnOverrideAndDreamerOption() throws IOException {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "when,words\n2021-01-01,I was a bird\n");
        Cli r = Cli.run("import", "--library", lib.toString(), "--column", "report=words", "--column", "date=when",
                "--dreamer", "Kim", odd.toString());
        assertThat(r.exit()).isZero();
        JsonNode list = json(Cli.run("list", "--library", lib.toString(), "--json").out());
        assertThat(list.get(0).get("dreamer").asText()).isEqualTo("Kim");
        assertThat(list.get(0).get("date").asText()).isEqualTo("2021-01-01");
    }

    @Test
    void anUnreadableDateIsAWarningNotARejection() throws IOException {
        Path dated = Files.writeString(dir.resolve("dated.csv"), "date,report\n31/31/2020,I was a bird\n");
        Cli r = Cli.run("import", "--library", lib.toString(), dated.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Imported 1 · duplicates 0 · rejected 0 · skipped files 0 · warnings 1");
        assertThat(r.err()).contains(dated + ":2: the date '31/31/2020'").contains("dated 2020");
        JsonNode again = json(Cli.run("import", "--library", dir.resolve("other.db").toString(), "--json",
                dated.toString()).out());
        assertThat(again.get("warnings")).extracting(p -> p.get("line").asInt()).containsExactly(2);
    }

    @Test
    void importJsonListsEveryProblem() throws IOException {
        Cli r = Cli.run("import", "--library", lib.toString(), "--json", inbox.resolve("table.csv").toString());
        JsonNode s = json(r.out());
        assertThat(s.get("imported").asLong()).isEqualTo(2);
        assertThat(s.get("rejected").asLong()).isEqualTo(2);
        assertThat(s.get("problems")).extracting(p -> p.get("line").asInt()).containsExactly(3, 5);
    }

    @Test
    void everyKindOfBadInputGetsOneClearLineAndTheGoodFileIsStillImported() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Path good = Files.writeString(bad.resolve("good.txt"), "I found a door in the sea.");
        Path binary = bad.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path invalid = bad.resolve("invalid.txt");
        Files.write(invalid, new byte[] {'I', ' ', 's', 'a', 'w', ' ', (byte) 0xC3, 'A', ' ', (byte) 0xE2, (byte) 0x82,
                (byte) 0xAC, ' ', 'c', 'a', 't'});
        Path empty = Files.writeString(bad.resolve("empty.txt"), "   \n");
        Path huge = Files.writeString(bad.resolve("huge.txt"), "I dreamt of sand. ".repeat(600_000));
        Path quote = Files.writeString(bad.resolve("quote.csv"), "report\n\"never closed\nA good row\n");
        Path layout = Files.writeString(bad.resolve("layout.csv"), "alpha,beta\n1,2\n");
        Path missing = dir.resolve("missing.txt");

        Cli r = Cli.run("import", "--library", lib.toString(), bad.toString(), missing.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(r.out()).contains("Imported 2 · duplicates 0 · rejected 7");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(7).allSatisfy(l -> assertThat(l).startsWith("dreamloom: ").contains(" — "));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(binary.toString()).contains("binary"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(invalid + ":1:").contains("not valid UTF-8"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(empty.toString()).contains("empty"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(huge.toString()).contains("limit is 100,000"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(quote + ":2:").contains("never closed"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(layout + ":1:").contains("--column report=NAME"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(missing.toString()).contains("no such file"));
        assertThat(good).exists();
    }
}
