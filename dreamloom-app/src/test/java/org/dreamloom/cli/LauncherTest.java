package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bin/dreamloom launcher tells a newcomer with a missing or old Java what to install, before trying to build. */
class LauncherTest {
    @TempDir
    Path dir;

    private static Path launcher() {
        return Path.of("..", "bin", "dreamloom").toAbsolutePath().normalize();
    }

    private record Run(int exit, String err) {
    }

    private Run run(String fakeJavaVersionLine, String javaHome) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '" + fakeJavaVersionLine + "' >&2\n", StandardCharsets.UTF_8);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        ProcessBuilder pb = new ProcessBuilder("bash", launcher().toString(), "--version").redirectOutput(
                ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        if (javaHome == null) {
            pb.environment().remove("JAVA_HOME");
        } else {
            pb.environment().put("JAVA_HOME", javaHome);
        }
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), err);
    }

    @Test
    void anOldJavaIsNamedWithTheVersionDreamloomNeeds() throws Exception {
        assumeTrue(Files.isRegularFile(launcher()) && Files.isExecutable(Path.of("/bin/bash")));
        Run java11 = run("openjdk version \"11.0.2\" 2019-01-15", null);
        assertThat(java11.exit()).isEqualTo(69);
        assertThat(java11.err()).contains("Java 11.0.2 is too old").contains("Java 17 or newer").doesNotContain("building");
        Run java8 = run("java version \"1.8.0_301\"", null);
        assertThat(java8.exit()).isEqualTo(69);
        assertThat(java8.err()).contains("Java 1.8.0 is too old");
    }

    @Test
    void aJavaHomeWithoutJavaSaysSo() throws Exception {
        assumeTrue(Files.isRegularFile(launcher()) && Files.isExecutable(Path.of("/bin/bash")));
        Run r = run("openjdk version \"17.0.1\"", dir.resolve("no-jdk-here").toString());
        assertThat(r.exit()).isEqualTo(69);
        assertThat(r.err()).contains("Java is not installed").contains("no-jdk-here");
    }
}
