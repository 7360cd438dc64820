package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search --semantic with the real MiniLM model: a dream that says the same thing in other words is found. */
class SemanticSearchIT {
    @TempDir
    Path dir;

    @Test
    void semanticSearchFindsADreamWithoutTheQueryWords() throws Exception {
        Path lib = dir.resolve("lib.db");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("d.csv"), """
                dreamer,report
                Ann,"I was soaring high above the rooftops, gliding on the wind like a bird."
                Ann,"I sat an exam in a school hall and had not studied for it."
                Ann,"My car broke down on a motorway at night and nobody stopped."
                """);
        assertThat(Cli.run("import", "--library", lib.toString(), in.toString()).exit()).isZero();
        Cli r = Cli.run("search", "flying in the air", "--semantic", "--json", "--limit", "1",
                "--library", lib.toString(), "--embedder", "minilm");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("hits").get(0).get("snippet").asText()).contains("soaring");
    }
}
