package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged command line as a separate process: {@code code} output scored by {@code hvdc_score.py} equals
 * {@code eval --json}, and {@code eval --predicted} on the same file prints the same.
 */
class CliIT {
    @TempDir
    Path tmp;

    private record Ran(int exit, String out, String err) {
    }

    @Test
    void codeThenPythonScorerEqualsEvalJson() throws Exception {
        Path shared = Path.of(System.getProperty("dreamloom.shared"));
        // A slice of the gold set (cards 41-90): small enough for a unit-sized run.
        List<String> lines = Files.readAllLines(shared.resolve("data/hvdc/norms-female-cards.jsonl")).subList(40, 90);
        Path gold = Files.write(tmp.resolve("gold.jsonl"), lines);

        Ran code = dreamloom("code", gold.toString(), "--format", "cards", "--threads", "2");
        assertThat(code.exit()).as(code.err()).isZero();
        assertThat(code.out().lines()).hasSize(50);
        Path predicted = Files.writeString(tmp.resolve("predicted.jsonl"), code.out());

        Ran eval = dreamloom("eval", "--gold", gold.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        Ran evalPredicted = dreamloom("eval", "--gold", gold.toString(), "--predicted", predicted.toString(), "--json");
        assertThat(evalPredicted.out()).isEqualTo(eval.out());

        assumeTrue(python(), "python3 is not installed: the comparison with hvdc_score.py is skipped");
        Ran py = run(List.of("python3", shared.resolve("tools/hvdc_score.py").toString(), gold.toString(),
                predicted.toString(), "--json"));
        assertThat(py.exit()).as(py.err()).isZero();
        assertThat(eval.out().strip()).isEqualTo(py.out().strip());
    }

    @Test
    void badInputGivesAMessageAndAnExitCodeNotAStackTrace() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"series\":\"a\",\"number\":\"1\",\"report\":\"I ran.\"}\n{oops\n");
        Ran r = dreamloom("code", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains(bad + ":2: not valid JSON").doesNotContain("\tat ");
    }

    private static Ran dreamloom(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("dreamloom.root"), "dreamloom-app", "target", "dreamloom-app.jar");
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-DOPT_OUT_TRACKING=true", "-Doffline=true", "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private static Ran run(List<String> cmd) throws IOException, InterruptedException {
        File err = Files.createTempFile("dreamloom-it", ".err").toFile();
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished in time: " + cmd).isTrue();
            return new Ran(p.exitValue(), out, Files.readString(err.toPath()));
        } finally {
            err.delete();
        }
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
