package org.dreamloom.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the shared Python reference tools as processes; skips the calling test when python3 is absent. */
public final class Python {
    private Python() {
    }

    /** The shared folder set by surefire/failsafe. */
    public static Path shared() {
        String s = System.getProperty("dreamloom.shared");
        assumeTrue(s != null && Files.isDirectory(Path.of(s)), "system property dreamloom.shared is not set");
        return Path.of(s);
    }

    /** The gold cards file. */
    public static Path gold() {
        return shared().resolve("data/hvdc/norms-female-cards.jsonl");
    }

    /** Skips the test (with a message) when no python3 runs here. */
    public static void assumePython() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        assumeTrue(ok, "python3 is not installed: the comparison with the Python reference tools is skipped");
    }

    /** Runs {@code python3 tools/<tool> args...} and returns its standard output; fails on a non-zero exit. */
    public static String run(String tool, String... args) throws IOException, InterruptedException {
        assumePython();
        List<String> cmd = new ArrayList<>(List.of("python3", shared().resolve("tools").resolve(tool).toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python3 " + tool + " failed with exit " + p.exitValue());
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
