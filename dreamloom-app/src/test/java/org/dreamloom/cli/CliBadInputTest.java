package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        Cli asFolder = Cli.run("import", "--library", folder.toString(), file.toString());
        Cli underFile = Cli.run("import", "--library", file.resolve("lib.db").toString(), file.toString());
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

    @Test
    void aDateFilterThatIsNotADateIsACommandLineErrorNotAnEmptyList() throws IOException {
        Path lib = dir.resolve("lib.db");
        Path f = Files.writeString(dir.resolve("dreams.csv"), "report,date\nI flew over the town.,2020-05-01\n");
        assertThat(Cli.run("import", "--library", lib.toString(), f.toString()).exit()).isEqualTo(ExitCodes.OK);

        for (String bad : new String[] {"notadate", "2020-13-45", "2021-02-29", "2020-13"}) {
            Cli r = Cli.run("list", "--library", lib.toString(), "--from", bad);
            assertThat(r.exit()).as(bad).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("'" + bad + "' is not a date").contains("yyyy-mm-dd");
            assertNoTrace(r);
        }
        Cli export = Cli.run("export", "--library", lib.toString(), "--format", "csv", "--to", "2020-02-30");
        assertThat(export.exit()).isEqualTo(ExitCodes.USAGE);

        Cli reversed = Cli.run("list", "--library", lib.toString(), "--from", "2021-01-01", "--to", "2020-12-31");
        assertThat(reversed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(reversed.err()).contains("--from 2021-01-01 is after --to 2020-12-31");
        Cli none = Cli.run("list", "--library", lib.toString(), "--from", "2021");
        assertThat(none.exit()).isEqualTo(ExitCodes.OK);
        assertThat(none.out()).contains("No dreams match these filters").doesNotContain("Import some");
        assertThat(Cli.run("list", "--library", lib.toString(), "--from", "2020-05", "--to", "2020").out())
                .contains("I flew over the town.");
    }

    @Test
    void codeReadsFilesWithAByteOrderMarkAndWindowsLineEndsAsTheirText() throws IOException {
        Path txt = dir.resolve("bom.txt");
        Files.write(txt, "\uFEFFI saw my sister.\r\nWe laughed.\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path cards = dir.resolve("bom.jsonl");
        Files.write(cards, ("\uFEFF{\"series\":\"s\",\"number\":\"1\",\"characters\":[],\"emotions\":[],"
                + "\"report\":\"I was at home with my mother.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Cli r = Cli.run("code", txt.toString(), cards.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"report\":\"I saw my sister.\\nWe laughed.\"");
        assertThat(lines.get(1)).contains("\"number\":\"1\"");

        Cli stats = Cli.run("stats", cards.toString());
        assertThat(stats.exit()).as(stats.err()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
        assertThat(stats.err()).doesNotContain("not valid JSON");
        assertThat(stats.out()).contains("1 dreams");
    }

    @Test
    void anEmptyCardFileOrAGoldFileWithoutCardsIsUnusableNotAZeroResult() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path notCards = Files.writeString(dir.resolve("notes.jsonl"), "I dreamt of a lake\n");

        Cli code = Cli.run("code", empty.toString());
        assertThat(code.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(code.err()).contains(empty + ": the file holds no cards");

        for (Path gold : new Path[] {empty, notCards}) {
            Cli eval = Cli.run("eval", "--gold", gold.toString());
            assertThat(eval.exit()).as(gold.toString()).isEqualTo(ExitCodes.DATA);
            assertThat(eval.err()).contains(gold + ": no gold card could be read");
            assertThat(eval.out()).doesNotContain("F1");
            assertNoTrace(eval);
        }
    }

    @Test
    void anOutputPathThatCannotBeWrittenSaysWhyAndWhatToDo() throws IOException {
        Path lib = dir.resolve("lib.db");
        Path f = Files.writeString(dir.resolve("a.txt"), "I flew over the town.");
        assertThat(Cli.run("import", "--library", lib.toString(), f.toString()).exit()).isEqualTo(ExitCodes.OK);
        Path missingFolder = dir.resolve("no-such-folder").resolve("out.csv");
        Path underFile = f.resolve("out.csv");
        Path folder = Files.createDirectories(dir.resolve("a-folder"));

        Cli noFolder = Cli.run("export", "--library", lib.toString(), "-o", missingFolder.toString());
        Cli fileAsFolder = Cli.run("export", "--library", lib.toString(), "-o", underFile.toString());
        Cli isFolder = Cli.run("export", "--library", lib.toString(), "-o", folder.toString());

        for (Cli r : new Cli[] {noFolder, fileAsFolder, isFolder}) {
            assertThat(r.exit()).isEqualTo(ExitCodes.CANT_CREATE);
            assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).contains(" — "));
            assertNoTrace(r);
        }
        assertThat(noFolder.err()).contains("the folder " + missingFolder.getParent() + " does not exist");
        assertThat(fileAsFolder.err()).contains(f + " is a file, not a folder");
        assertThat(isFolder.err()).contains("it is a folder");
    }

    @Test
    void everySubcommandPrintsTheVersionItsHelpOffers() {
        for (String command : new String[] {"import", "list", "code", "eval", "search", "serve"}) {
            Cli r = Cli.run(command, "--version");
            assertThat(r.exit()).as(command).isEqualTo(ExitCodes.OK);
            assertThat(r.out()).as(command).startsWith("dreamloom ");
            assertThat(Cli.run(command, "--help").out()).contains("--version");
        }
    }

    @Test
    void aWrongOptionValueIsNamedAloneNotBesideAnotherOptionThatWasRight() throws IOException {
        Path lib = dir.resolve("lib.db");
        Path f = Files.writeString(dir.resolve("a.txt"), "I flew over the town.");

        Cli visibility = Cli.run("import", "--library", lib.toString(), "--visibility", "weird", f.toString());
        assertThat(visibility.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(visibility.err()).contains("--visibility must be private, shared or public, not 'weird'")
                .doesNotContain("--format");
        Cli batch = Cli.run("import", "--library", lib.toString(), "--batch-size", "0", f.toString());
        assertThat(batch.err()).contains("--batch-size must be at least 1, not 0").doesNotContain("--max-report-chars");

        Cli codes = Cli.run("stats", "--library", lib.toString(), "dreamer:x", "--codes", "bogus");
        assertThat(codes.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(codes.err()).contains("--codes must be auto or human, not 'bogus'").doesNotContain("--sample");
        Cli sample = Cli.run("stats", "--library", lib.toString(), "dreamer:x", "--sample", "crowd");
        assertThat(sample.err()).contains("--sample must be person or group, not 'crowd'").doesNotContain("--codes");
    }

    @Test
    void serveSaysWhichOfHostPortAndEmbedderIsWrong() throws IOException {
        String lib = dir.resolve("web.db").toString();

        Cli embedder = Cli.run("serve", "--library", lib, "--no-demo", "--port", "0", "--embedder", "bogus");
        assertThat(embedder.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(embedder.err()).contains("--embedder must be minilm or hashing, not 'bogus'");

        Cli foreign = Cli.run("serve", "--library", lib, "--no-demo", "--port", "0", "--host", "8.8.8.8");
        assertThat(foreign.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(foreign.err()).contains("8.8.8.8 is not an address of this machine").doesNotContain("Port already in use");

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            Cli busy = Cli.run("serve", "--library", lib, "--no-demo", "--port", port, "--embedder", "hashing");
            assertThat(busy.exit()).isEqualTo(ExitCodes.SOFTWARE);
            assertThat(busy.err()).contains("port " + port + " is already in use").contains("--port 0")
                    .doesNotContain("embedder");
            assertNoTrace(busy);
        }
    }

    @Test
    void aMistypedLibraryPathIsNotSilentlyCreatedAsAnEmptyLibrary() {
        Path typo = dir.resolve("libary.db");
        for (String[] command : new String[][] {{"info"}, {"list"}, {"show", "1"}, {"export"}, {"search", "lake"},
                {"stats", "dreamer:ann"}, {"code"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--library", typo.toString())).toArray(String[]::new);
            Cli r = Cli.run(args);
            assertThat(r.exit()).as(command[0]).isEqualTo(ExitCodes.NO_INPUT);
            assertThat(r.err()).as(command[0]).contains("no library at " + typo).contains("dreamloom import --library");
            assertNoTrace(r);
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void twoColumnsForOneFieldOrAColumnWithoutANameAreUsageErrorsNotTheLastOneWinning() throws IOException {
        Path lib = dir.resolve("lib.db");
        Path f = Files.writeString(dir.resolve("t.csv"), "narrative,who\nI flew over the town.,ann\n");

        Cli twice = Cli.run("import", "--library", lib.toString(), "--column", "report=narrative", "--column",
                "report=who", f.toString());
        assertThat(twice.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(twice.err()).contains("--column report is given twice (narrative and who)");
        Cli noName = Cli.run("import", "--library", lib.toString(), "--column", "report=", f.toString());
        assertThat(noName.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noName.err()).contains("--column takes FIELD=NAME");

        Cli ok = Cli.run("import", "--library", lib.toString(), "--column", "report=narrative", "--column",
                "dreamer=who", f.toString());
        assertThat(ok.exit()).as(ok.err()).isEqualTo(ExitCodes.OK);
        assertThat(Cli.run("list", "--library", lib.toString()).out()).contains("ann").contains("I flew over the town.");
    }

    @Test
    void aDreamFileGivenToStatsAsCardsIsNotReadAsDreamsWithNoHumanCodes() throws IOException {
        Path dreams = Files.writeString(dir.resolve("dreams.jsonl"), """
                {"report": "My mother shouted at me in a dark garden.", "dreamer": "ann"}
                {"report": "I ran from a man with a knife.", "dreamer": "ann"}
                """);

        Cli human = Cli.run("stats", dreams.toString());
        assertThat(human.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(human.err()).contains("hold no code lists").contains("--codes auto");
        Cli auto = Cli.run("stats", dreams.toString(), "--codes", "auto");
        assertThat(auto.exit()).as(auto.err()).isEqualTo(ExitCodes.OK);
        assertThat(auto.out()).contains("2 dreams");

        Cli empty = Cli.run("stats", "cards:");
        assertThat(empty.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("'cards:' names nothing");
        Cli folder = Cli.run("stats", dir.toString());
        assertThat(folder.err()).contains("is a folder");
    }

    @Test
    void samplesThatAreNotAFolderAreNamedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("sample.txt"), "I flew.");
        Cli demo = Cli.run("demo", "--library", dir.resolve("demo.db").toString(), "--samples", file.toString());
        assertThat(demo.exit()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(demo.err()).contains(file + " is a file, not a folder");

        ServeCommand serve = new ServeCommand();
        new picocli.CommandLine(serve).parseArgs("--library", dir.resolve("web.db").toString(), "--port", "0",
                "--embedder", "hashing", "--samples", dir.resolve("no-such-folder").toString());
        java.io.StringWriter err = new java.io.StringWriter();
        try (ServeCommand.Running r = serve.launch(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true))) {
            assertThat(r.url()).startsWith("http://127.0.0.1:");
        }
        assertThat(err.toString()).contains("--samples " + dir.resolve("no-such-folder") + " is not a folder")
                .doesNotContain("pass --samples DIR");
    }
}
