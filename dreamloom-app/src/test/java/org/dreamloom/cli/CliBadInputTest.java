package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A careless user's inputs to the command line: each gets a clear message and the right exit code, never a trace. */
class CliBadInputTest {
    @TempDir
    Path dir;

    private static void assertNoTrace(Cli r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL State");
    }

    @Test
    void aJsonlReportThatIsANumberIsRejectedOnItsLineAndTheRunSaysSomethingWasSkipped() throws IOException {
        Path lib = dir.resolve("lib.db");
        Path f = Files.writeString(dir.resolve("dreams.jsonl"), """
                {"report": "I dreamt of a red door.", "dreamer": "ann"}
                {"report": 5, "dreamer": "ann"}
                {"report": "A good dream about trains.", "dreamer": "bob"}
                """);

        Cli r = Cli.run("import", "--library", lib.toString(), f.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(r.out()).contains("Imported 2 · duplicates 0 · rejected 1");
        assertThat(r.err().lines()).singleElement().satisfies(l ->
                assertThat(l).startsWith("dreamloom: " + f + ":2: ").contains("a number (5)").contains(" — "));
        Cli list = Cli.run("list", "--library", lib.toString());
        assertThat(list.out()).contains("I dreamt of a red door.").contains("A good dream about trains.");
        assertThat(list.out().lines().map(String::strip)).noneMatch(l -> l.endsWith(" 5"));
        assertNoTrace(r);
    }
}
