package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code dreamloom compare} as a separate process on the packaged jar, as a user would. */
class CompareIT {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("dreamloom.root"), "dreamloom-app/target/dreamloom-app.jar");
        assertThat(jar).exists();
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-DOPT_OUT_TRACKING=true", "-Doffline=true", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void comparesACardFileWithTheFemaleNormsAndWritesBothChartFormats() throws Exception {
        Path cards = CardFixtures.write(dir, "fixture.jsonl", 20, false);
        Path png = dir.resolve("h.png");
        Path svg = dir.resolve("h.svg");
        Result r = run("compare", cards.toString(), "--to", "norms:female", "--chart", png.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("vs the female norms").contains("Male/Female %").contains("reading");
        assertThat(Files.size(png)).isGreaterThan(10_000);
        Result s = run("compare", cards.toString(), "--to", "norms:male", "--chart", svg.toString());
        assertThat(s.exit()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(svg)).startsWith("<svg").contains("Male/Female %");
    }

    @Test
    void aLibrarySelectionGivesAMessageNotAStackTrace() throws Exception {
        org.dreamloom.library.store.DreamStore.open(dir.resolve("empty.db")).close(); // empty, not missing
        Result r = run("compare", "series:b-baseline", "--to", "norms:female", "--codes", "auto", "--library",
                dir.resolve("empty.db").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("no dream in").contains("matches series:b-baseline").doesNotContain("at org.");
    }
}
