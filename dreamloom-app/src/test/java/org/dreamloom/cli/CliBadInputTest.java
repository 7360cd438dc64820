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

    @Test
    void aLibraryPathThatIsAFolderOrUnderAFileOrNotALibraryGetsOneLineWithWhatToDo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path file = Files.writeString(dir.resolve("notes.txt"), "some notes");
        Path binary = Files.write(dir.resolve("photo.db"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H',
                'D', 'R', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26});

        Cli asFolder = Cli.run("info", "--library", folder.toString());
        Cli underFile = Cli.run("info", "--library", file.resolve("lib.db").toString());
        Cli notLibrary = Cli.run("info", "--library", binary.toString());

        for (Cli r : new Cli[] {asFolder, underFile, notLibrary}) {
            assertThat(r.exit()).isEqualTo(ExitCodes.CANT_CREATE);
            assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("dreamloom: ").contains(" — "));
            assertNoTrace(r);
        }
        assertThat(asFolder.err()).contains("is a folder, not a library file").contains(folder.resolve("library.db").toString());
        assertThat(underFile.err()).contains(file + " is a file, not a folder");
        assertThat(notLibrary.err()).contains("is not a Dreamloom library");
    }
}
