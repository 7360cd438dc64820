package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's argument handling; the benchmark itself is far too slow for a unit test. */
class BenchCommandTest {
    @Test
    void missingCorpusFolderIsAClearErrorNotAStackTrace(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--quick", "--data",
                dir.resolve("nowhere").toString());
        assertThat(code).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(err.toString()).contains("no corpus folder at").contains("--data DIR").doesNotContain("Exception");
    }

    @Test
    void jsonIntoAMissingFolderIsRefusedBeforeRunning(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "bench", "--data",
                dir.toString(), "--json", dir.resolve("no/such/out.json").toString());
        assertThat(code).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void helpNamesThePeers() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "bench", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--quick", "--json", "FTS5", "CoreNLP");
    }
}
