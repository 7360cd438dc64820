package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real import process with SIGKILL while it writes the whole DreamBank folder, runs the same import
 * again, and checks the library ends exactly like one uninterrupted import: same reports, none twice, none lost.
 */
class CrashSafetyIT {
    @TempDir
    Path dir;

    private static Path dreambank() {
        return Path.of(System.getProperty("dreamloom.shared"), "data", "dreambank");
    }

    private static ProcessBuilder importProcess(Path library, Path log) {
        Path target = Path.of(System.getProperty("dreamloom.root"), "dreamloom-app", "target");
        String cp = target.resolve("dreamloom-app.jar") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", cp, "org.dreamloom.cli.Main", "import", "--library",
                library.toString(), "--batch-size", "200", "--no-progress", dreambank().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
    }

    private static long count(Path library, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=5000");
            try (ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Set<String> hashes(Path library) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT content_hash FROM dreams")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static int runToEnd(Path library, Path log) throws IOException, InterruptedException {
        Process p = importProcess(library, log).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("import finishes").isTrue();
        return p.exitValue();
    }

    @Test
    void killedImportResumesToExactlyTheRightLibrary() throws Exception {
        Path crashed = dir.resolve("crashed.db");
        Process p = importProcess(crashed, dir.resolve("killed.log")).start();
        long seen = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            if (Files.exists(crashed)) {
                try {
                    seen = count(crashed, "SELECT COUNT(*) FROM dreams");
                } catch (SQLException e) {
                    seen = 0; // the schema may not exist yet
                }
                if (seen >= 2000) {
                    break;
                }
            }
        }
        assertThat(p.isAlive()).as("the import is still running when it is killed").isTrue();
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no close
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        long afterKill = count(crashed, "SELECT COUNT(*) FROM dreams");
        assertThat(afterKill).as("committed batches survive the kill").isGreaterThanOrEqualTo(seen);

        int resumed = runToEnd(crashed, dir.resolve("resumed.log"));
        Path clean = dir.resolve("clean.db");
        int uninterrupted = runToEnd(clean, dir.resolve("clean.log"));

        assertThat(resumed).isZero();
        assertThat(uninterrupted).isZero();
        long total = count(clean, "SELECT COUNT(*) FROM dreams");
        assertThat(afterKill).as("the kill happened mid-import").isLessThan(total);
        assertThat(count(crashed, "SELECT COUNT(*) FROM dreams")).isEqualTo(total);
        assertThat(hashes(crashed)).isEqualTo(hashes(clean));
        assertThat(count(crashed, "SELECT COUNT(*) FROM (SELECT content_hash FROM dreams GROUP BY owner_id, "
                + "content_hash HAVING COUNT(*) > 1) t")).as("no duplicates").isZero();
        assertThat(count(crashed, "SELECT COUNT(*) FROM dream_sources"))
                .isEqualTo(count(clean, "SELECT COUNT(*) FROM dream_sources"));
        List<String> log = new ArrayList<>(Files.readAllLines(dir.resolve("resumed.log")));
        assertThat(String.join("\n", log)).contains("duplicates").doesNotContain("Exception");
    }
}
