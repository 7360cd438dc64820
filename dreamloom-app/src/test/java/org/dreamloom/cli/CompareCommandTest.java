package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void librarySelectionsThatMatchNothingSayWhy() {
        String lib = dir.resolve("lib.db").toString();
        org.dreamloom.library.store.DreamStore.open(dir.resolve("lib.db")).close(); // an empty library, not a missing one
        for (String spec : List.of("series:b-baseline", "dreamer:barb", "date:2001..2002")) {
            CliRun run = CliRun.of("compare", spec, "--to", "norms:female", "--library", lib);
            assertThat(run.exit()).as(spec).isEqualTo(ExitCodes.DATA);
            assertThat(run.err()).as(spec).contains("no dream in").doesNotContain("Exception");
        }
        CliRun bad = CliRun.of("compare", "date:yesterday", "--to", "norms:female", "--library", lib);
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("not a date range");
    }

    @Test
    void badArgumentsGiveUsageOrInputErrors() throws Exception {
        Path cards = CardFixtures.write(dir, "cards.jsonl", 5, false);
        assertThat(CliRun.of("compare", dir.resolve("missing.jsonl").toString(), "--to", "norms:female").exit())
                .isEqualTo(ExitCodes.NO_INPUT);
        assertThat(CliRun.of("compare", "no-such-thing", "--to", "norms:female").err())
                .contains("is not a selection");
        CliRun badNorms = CliRun.of("compare", cards.toString(), "--to", "norms:children");
        assertThat(badNorms.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badNorms.err()).contains("norms:female or norms:male");
        assertThat(CliRun.of("compare", cards.toString(), "--to", "norms:male", "--chart", "x.jpg").exit())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("compare", cards.toString(), "--to", "norms:male", "--codes", "robot").exit())
                .isEqualTo(ExitCodes.USAGE);
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        assertThat(CliRun.of("compare", empty.toString(), "--to", "norms:male").exit()).isEqualTo(ExitCodes.DATA);
    }

    @Test
    void exportsCodeCountsAndReportsTheBadLineWithItsPlace() throws Exception {
        Path cards = CardFixtures.write(dir, "cards.jsonl", 6, true);
        Path csv = dir.resolve("counts.csv");
        CliRun run = CliRun.of("compare", cards.toString(), "--to", "norms:female", "--export", csv.toString());
        assertThat(run.err()).contains("cards.jsonl:3: 'characters' must be a list").doesNotContain("at org.");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).startsWith("series,number,char_total");
        assertThat(rows.get(3)).startsWith("fixture,3,2,");
    }

    @Test
    void comparesACardFileWithTheNormsAndDrawsTheChart() throws Exception {
        Path cards = CardFixtures.write(dir, "cards.jsonl", 12, false);
        Path png = dir.resolve("profile.png");
        CliRun run = CliRun.of("compare", cards.toString(), "--to", "norms:female", "--chart", png.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("cards.jsonl (12 dreams, human codes) vs the female norms (500 dreams)")
                .contains("A/C index").contains("only 12 dreams");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Path a = CardFixtures.write(dir, "a.jsonl", 8, false);
        Path b = CardFixtures.write(dir, "b.jsonl", 9, false);
        CliRun run = CliRun.of("compare", a.toString(), "--to", b.toString(), "--json", "--permutations", "200");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("sample_sizes").path("selection").asInt()).isEqualTo(8);
        assertThat(root.path("sample_sizes").path("reference").asInt()).isEqualTo(9);
        JsonNode first = root.path("indicators").get(0);
        for (String key : List.of("name", "value", "reference", "h", "p", "p_adjusted", "reading")) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(root.path("warnings").size()).isGreaterThanOrEqualTo(2);
    }
}
