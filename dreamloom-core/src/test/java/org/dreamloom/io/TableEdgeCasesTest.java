package org.dreamloom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables and text files a careless export produces: each gets one problem that says what is wrong there. */
class TableEdgeCasesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderThatNamesTheReportColumnTwiceIsRefusedInsteadOfGuessing() throws IOException {
        Path f = write("twice.csv", "report,dreamer,Report\nfirst text,ann,second text\n");
        Collected c = Collected.of(f);
        assertThat(c.dreams).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.what()).contains("'report' twice").contains("columns 1 and 3");
            assertThat(p.todo()).contains("rename or remove");
        });
    }

    @Test
    void aRepeatedColumnNoFieldUsesDoesNotStopTheImport() throws IOException {
        Path f = write("notes.csv", "report,note,note\nI flew.,a,b\n");
        Collected c = Collected.of(f);
        assertThat(c.texts()).containsExactly("I flew.");
        assertThat(c.problems).isEmpty();
    }

    @Test
    void aTableWithAHeaderAndNoRowsSaysSo() throws IOException {
        Path f = write("header-only.csv", "report,dreamer\n");
        Collected c = Collected.of(f);
        assertThat(c.dreams).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> assertThat(p.what()).contains("no dreams under it"));
    }

    @Test
    void anEmptyTextFileIsToldInTheWordsOfAFileNotOfATableRow() throws IOException {
        Path f = write("empty.txt", "  \n");
        Collected c = Collected.of(f);
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.what()).contains("the report is empty");
            assertThat(p.todo()).contains("write the dream in the file").doesNotContain("row");
        });
    }

    @Test
    void dreamBankMetadataThatIsBrokenOrOfTheWrongTypeIsOneClearProblemAndTheSeriesStillImports() throws IOException {
        Path series = Files.createDirectories(dir.resolve("db"));
        write("db/sam.tsv", "n\tdate\tdream\n1\t1999-01-01\tI flew over the town.\n");
        write("db/sam.json", "{\"short_name\": \"sam\", \"long_name\": \"Sam, age 12\"");
        write("db/kim.tsv", "n\tdream\n1\tA dream of a red kite.\n");
        write("db/kim.json", "{\"short_name\": 5, \"long_name\": [\"Kim\"], \"sex\": \"female\"}");

        Collected c = Collected.of(series);

        assertThat(c.texts()).containsExactlyInAnyOrder("I flew over the town.", "A dream of a red kite.");
        assertThat(c.problems).hasSize(3);
        assertThat(c.problems).anySatisfy(p -> assertThat(p.what()).contains("cannot be read")
                .doesNotContain("Source:").doesNotContain("REDACTED"));
        assertThat(c.problems).anySatisfy(p -> assertThat(p.what()).contains("'short_name' is a number (5)"));
        assertThat(c.problems).anySatisfy(p -> assertThat(p.what()).contains("'long_name' is a list"));
        assertThat(c.series).extracting(SeriesInfo::name).contains("kim");
        assertThat(c.skipped).as("the .json files are read with their .tsv, not skipped").isEmpty();
    }

    @Test
    void aDashForStandardInputPointsToDevStdin() {
        Collected c = Collected.of(Path.of("-"));
        assertThat(c.problems).singleElement().satisfies(p -> assertThat(p.todo()).contains("/dev/stdin"));
    }
}
