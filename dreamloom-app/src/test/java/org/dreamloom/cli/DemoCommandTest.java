package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled samples import cleanly, and running the demo again adds nothing. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoImportsTheSamplesOnceAndPrintsTheSummary() throws Exception {
        Path samples = Path.of(System.getProperty("dreamloom.root"), "samples");
        Path lib = dir.resolve("demo.db");

        Cli first = Cli.run("demo", "--library", lib.toString(), "--samples", samples.toString(), "--json");
        Cli second = Cli.run("demo", "--library", lib.toString(), "--samples", samples.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode info = new ObjectMapper().readTree(first.out());
        // 30 dreams in journal/, markdown/ and lab/, and 8 in the web demo's journal.md
        assertThat(info.get("dreams").asLong()).isEqualTo(30);
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("Imported 0 sample dreams").contains("Dreams    " + info.get("dreams").asLong());
        assertThat(first.err()).isEmpty();
    }

    @Test
    void findsTheSamplesOfTheCheckout() {
        assertThat(DemoCommand.findSamples()).isNotNull().isDirectory();
    }
}
