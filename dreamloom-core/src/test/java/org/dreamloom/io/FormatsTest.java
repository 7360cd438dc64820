package org.dreamloom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dreamloom.coding.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aTextFileIsOneDreamAndAFolderIsReadRecursively() throws IOException {
        write("a.txt", "I was flying over the sea.\n\nThen I landed.");
        write("sub/b.txt", "A wolf followed me home.");
        write("sub/notes.pdf", "%PDF not a dream");
        write("LICENSE.txt", "MIT licence");
        Collected c = Collected.of(dir);
        assertThat(c.texts()).containsExactlyInAnyOrder("I was flying over the sea.\n\nThen I landed.",
                "A wolf followed me home.");
        assertThat(c.skipped).extracting(p -> p.getFileName().toString()).contains("notes.pdf", "LICENSE.txt");
        assertThat(c.problems).isEmpty();
    }

    @Test
    void markdownJournalIsOneDreamPerHeading() throws IOException {
        Path md = write("journal.md", """
                # My dream journal
                Typed up from the notebook by my bed.

                ## 2024-03-05 The flood
                Water rose in the kitchen while my father read the paper.

                ## The exam
                I could not find the room.
                """);
        Collected c = Collected.of(md);
        assertThat(c.dreams).hasSize(2);
        assertThat(c.dreams.get(0).dream().title()).isEqualTo("2024-03-05 The flood");
        assertThat(c.dreams.get(0).dream().date()).isEqualTo("2024-03-05");
        assertThat(c.dreams.get(0).line()).isEqualTo(4);
        assertThat(c.dreams.get(1).dream().text()).isEqualTo("I could not find the room.");
    }

    @Test
    void markdownWithOneHeadingIsOneDreamTitledByIt() throws IOException {
        Collected c = Collected.of(write("one.md", "# Lost keys\nI searched a huge parking lot.\n"));
        assertThat(c.dreams).singleElement().satisfies(d -> {
            assertThat(d.dream().title()).isEqualTo("Lost keys");
            assertThat(d.dream().text()).isEqualTo("I searched a huge parking lot.");
        });
    }

    @Test
    void dreamBankSeriesUsesItsMetadata() throws IOException {
        write("kim2.json", "{\"short_name\": \"kim2\", \"long_name\": \"Kim 2: a sailor\", \"sex\": \"female\", "
                + "\"timeframe\": \"1990\", \"description\": \"Test series\"}");
        Path tsv = write("kim2.tsv", "\"n\"\t\"date\"\t\"dream\"\n\"0001\"\t\"1990-01-02\"\t\"I was on a \"\"boat\"\".\"\n"
                + "\"0002\"\t\"\"\t\"A storm, then\nsilence.\"\n");
        Collected c = Collected.of(tsv);
        assertThat(c.series).singleElement().satisfies(s -> {
            assertThat(s.dreamer()).isEqualTo("Kim");
            assertThat(s.metadata()).containsEntry("timeframe", "1990");
        });
        assertThat(c.texts()).containsExactly("I was on a \"boat\".", "A storm, then\nsilence.");
        assertThat(c.dreams.get(0).dream().sourceKey()).isEqualTo("0001");
        assertThat(c.dreams.get(0).dream().source()).isEqualTo("dreambank:kim2");
        assertThat(c.dreams.get(0).dream().metadata()).containsEntry("sex", "female");
        assertThat(c.dreams.get(1).line()).isEqualTo(3);
    }

    @Test
    void dreamerNamesFromSeriesLongNames() {
        assertThat(DreamBankReader.dreamerOf("Izzy,  age 12")).isEqualTo("Izzy");
        assertThat(DreamBankReader.dreamerOf("Izzy (ALL, including non-consecutive)")).isEqualTo("Izzy");
        assertThat(DreamBankReader.dreamerOf("Barb Sanders #2")).isEqualTo("Barb Sanders");
        assertThat(DreamBankReader.dreamerOf("Jasmine 1: middle school")).isEqualTo("Jasmine");
        assertThat(DreamBankReader.dreamerOf("Emma's Husband")).isEqualTo("Emma's Husband");
    }

    @Test
    void realDreamBankSliceReadsEveryRow() throws IOException {
        Path izzy0 = Path.of(System.getProperty("dreamloom.shared"), "data", "dreambank", "izzy0.tsv");
        long rows;
        try (var lines = Files.lines(izzy0)) {
            rows = lines.filter(l -> l.startsWith("\"")).count() - 1;
        }
        Collected c = Collected.of(izzy0);
        assertThat(c.problems).isEmpty();
        assertThat(c.dreams).hasSize((int) rows);
        assertThat(c.dreams).allSatisfy(d -> assertThat(d.dream().dreamer()).isEqualTo("Izzy"));
    }

    @Test
    void csvWithSemicolonsAndCommonColumnNames() throws IOException {
        Collected c = Collected.of(write("sddb.csv", "Dreamer;Gender;Age;Content\nP7;F;34;\"A horse, white; huge\"\n"));
        assertThat(c.dreams).singleElement().satisfies(d -> {
            assertThat(d.dream().text()).isEqualTo("A horse, white; huge");
            assertThat(d.dream().dreamer()).isEqualTo("P7");
            assertThat(d.dream().metadata()).containsEntry("sex", "F").containsEntry("age", "34");
        });
    }

    @Test
    void tsvWithoutMetadataIsATable() throws IOException {
        Collected c = Collected.of(write("krank.tsv", "id\ttext\nk1\tA tunnel of light\n"));
        assertThat(c.texts()).containsExactly("A tunnel of light");
    }

    @Test
    void jsonlRecordsAndDreamerOverride() throws IOException {
        Path p = write("d.jsonl", "{\"report\": \"I met a bear\", \"date\": \"2021-02-03\", \"mood\": \"scared\"}\n");
        Collected c = Collected.of(p, new ImportOptions(ImportFormat.AUTO, "Sam", java.util.Map.of(),
                ImportOptions.DEFAULT_MAX_REPORT_CHARS));
        assertThat(c.dreams).singleElement().satisfies(d -> {
            assertThat(d.dream().dreamer()).isEqualTo("Sam");
            assertThat(d.dream().date()).isEqualTo("2021-02-03");
            assertThat(d.dream().metadata()).containsEntry("mood", "scared");
        });
    }

    @Test
    void nestedMetadataOfDreamloomsOwnExportComesBack() throws IOException {
        Path p = write("export.jsonl", "{\"id\": 4, \"dreamer\": \"Izzy\", \"metadata\": {\"sex\": \"female\", "
                + "\"age\": \"12\"}, \"report\": \"A fox in the snow\"}\n");
        assertThat(Collected.of(p).dreams).singleElement().satisfies(d -> {
            assertThat(d.dream().dreamer()).isEqualTo("Izzy");
            assertThat(d.dream().metadata()).containsEntry("sex", "female").containsEntry("age", "12");
        });
    }

    @Test
    void cardFilesBringTheirHumanCodes() throws IOException {
        Path p = write("cards.jsonl", "{\"series\": \"S\", \"number\": \"0001\", \"characters\": [\"1FMA\"], "
                + "\"emotions\": [\"AP,D\"], \"report\": \"My mother scared me.\"}\n"
                + "{\"series\": \"S\", \"number\": \"0002\", \"characters\": [], \"emotions\": [], \"report\": null}\n");
        Collected c = Collected.of(p);
        assertThat(c.dreams).singleElement().satisfies(d -> {
            assertThat(d.humanCard()).isNotNull();
            assertThat(d.humanCard().codes(Category.CHARACTERS)).containsExactly("1FMA");
            assertThat(d.dream().sourceKey()).isEqualTo("0001");
        });
        assertThat(c.problems).singleElement().satisfies(pr -> assertThat(pr.line()).isEqualTo(2));
    }

    @Test
    void legacyAndUtf16FilesAreDecodedAndMojibakeRepaired() throws IOException {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "Zoë’s café".getBytes(Charset.forName("windows-1252")));
        Path utf16 = dir.resolve("wide.txt");
        byte[] body = "Über den Wolken".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        Path moji = write("moji.txt", "We met at the caf√©.");

        assertThat(Collected.of(latin).texts()).containsExactly("Zoë’s café");
        assertThat(Collected.of(utf16).texts()).containsExactly("Über den Wolken");
        Collected m = Collected.of(moji);
        assertThat(m.texts()).containsExactly("We met at the café.");
        assertThat(m.dreams.get(0).dream().original()).isEqualTo("We met at the caf√©.");
        assertThat(m.dreams.get(0).dream().repairs()).isNotEmpty();
    }

    @Test
    void formatDetection() throws IOException {
        assertThat(DreamImporter.detect(write("x.csv", "a"), "a")).isEqualTo(ImportFormat.CSV);
        assertThat(DreamImporter.detect(write("x.jsonl", "{}"), "{\"characters\": [], \"emotions\": []}"))
                .isEqualTo(ImportFormat.CARDS);
        assertThat(DreamImporter.detect(write("y.jsonl", "{}"), "{\"text\": \"a\"}")).isEqualTo(ImportFormat.JSONL);
        assertThat(DreamImporter.detect(write("z.md", "a"), "a")).isEqualTo(ImportFormat.TEXT);
        // a DreamBank series without its .json (an upload of one file) is known by its header
        String series = "n\tdate\tdream\n1\t2001-01-01\tI flew.\n";
        assertThat(DreamImporter.detect(write("harbour.tsv", series), series)).isEqualTo(ImportFormat.DREAMBANK);
        assertThat(DreamImporter.detect(write("b.tsv", "n\tdream\n1\tI fell.\n"), "n\tdream\n1\tI fell.\n"))
                .isEqualTo(ImportFormat.DREAMBANK);
        String table = "id\tdate\treport\n1\t2001-01-01\tI flew.\n";
        assertThat(DreamImporter.detect(write("t.tsv", table), table)).isEqualTo(ImportFormat.CSV);
        assertThat(List.of(ImportFormat.values())).contains(ImportFormat.of("DreamBank"));
    }
}
