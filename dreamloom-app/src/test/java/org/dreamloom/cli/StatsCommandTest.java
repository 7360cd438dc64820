package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsIndicatorsWithCountsOrExplainsWhyNot() throws Exception {
        Path cards = CardFixtures.write(dir, "cards.jsonl", 6, true);
        Path csv = dir.resolve("c.csv");
        CliRun run = CliRun.of("stats", cards.toString(), "--export", csv.toString());
        assertThat(run.err()).contains("cards.jsonl:3:");
        assertThat(Files.readAllLines(csv)).hasSize(7);
        assertThat(run.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.out()).contains("cards.jsonl: 6 dreams, human codes").contains("A/C index")
                .contains("warning: cards.jsonl: only 6 dreams");
        JsonNode root = new ObjectMapper().readTree(CliRun.of("stats", cards.toString(), "--json").out());
        assertThat(root.path("dreams").asInt()).isEqualTo(6);
        assertThat(root.path("indicators").get(0).has("denominator")).isTrue();
    }

    @Test
    void emptyLibraryAndUnknownSelectionsAreErrors() {
        org.dreamloom.library.store.DreamStore.open(dir.resolve("lib.db")).close(); // an empty library, not a missing one
        CliRun run = CliRun.of("stats", "dreamer:alice", "--library", dir.resolve("lib.db").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(run.err()).contains("no dream in").contains("matches dreamer:alice");
        assertThat(CliRun.of("stats", "x.jsonl").exit()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(CliRun.of("stats", "x.jsonl", "--sample", "crowd").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
