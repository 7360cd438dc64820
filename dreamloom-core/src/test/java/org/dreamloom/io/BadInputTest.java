package org.dreamloom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one clear problem (file, line, what, what to do) and the good rows survive. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void binaryFileIsRejectedWithoutReadingIt() throws IOException {
        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Collected c = Collected.of(png);
        assertThat(c.dreams).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(png);
            assertThat(p.what()).contains("binary");
            assertThat(p.todo()).isNotEmpty();
        });
    }

    @Test
    void invalidUtf8RowIsRejectedAndTheOtherRowsKept() throws IOException {
        Path csv = dir.resolve("dreams.csv");
        byte[] head = "id,report\n1,I flew over a lake with my brother é\n2,bad ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, '(', ' ', 'x', '\n'};
        byte[] tail = "3,A dog talked to me in French ü\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Files.write(csv, all);

        Collected c = Collected.of(csv);

        assertThat(c.texts()).containsExactly("I flew over a lake with my brother é", "A dog talked to me in French ü");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.what()).contains("not valid UTF-8");
            assertThat(p.describe()).startsWith(csv + ":3: ");
        });
    }

    @Test
    void emptyReportIsRejected() throws IOException {
        Path csv = write("empty.csv", "report,dreamer\n\"   \",ann\nI was late for an exam,ann\n");
        Collected c = Collected.of(csv);
        assertThat(c.texts()).containsExactly("I was late for an exam");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.what()).contains("empty");
        });
        assertThat(Collected.of(write("blank.txt", "\n  \n")).problems).singleElement()
                .satisfies(p -> assertThat(p.what()).contains("empty"));
    }

    @Test
    void tenMegabyteReportIsRejectedWithTheLimit() throws IOException {
        Path csv = dir.resolve("huge.csv");
        String huge = "I dreamt ".repeat(10 * 1024 * 1024 / 9);
        Files.writeString(csv, "report\nA short dream about a cat\n\"" + huge + "\"\nAnother short dream\n");
        Collected c = Collected.of(csv);
        assertThat(c.texts()).containsExactly("A short dream about a cat", "Another short dream");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.what()).contains("characters long").contains("100,000");
        });
    }

    @Test
    void brokenQuoteCostsOneRow() throws IOException {
        Path csv = write("quotes.csv", """
                n,report
                1,"I was in a house with many doors"
                2,"I was chased by a dog, and then
                3,"My mother and I baked bread"
                4,"Strangers on a train, singing"
                """);
        Collected c = Collected.of(csv);
        assertThat(c.texts()).containsExactly("I was in a house with many doors", "My mother and I baked bread",
                "Strangers on a train, singing");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.what()).containsAnyOf("never closed", "after a closing quote");
            assertThat(p.todo()).contains("quoting");
        });
    }

    @Test
    void unknownColumnLayoutSaysWhichColumnsThereAreAndHowToChoose() throws IOException {
        Path csv = write("odd.csv", "when,who,words\n2020-01-01,ann,I saw a whale\n");
        Collected c = Collected.of(csv);
        assertThat(c.dreams).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.what()).contains("when, who, words");
            assertThat(p.todo()).contains("--column report=NAME");
        });
        Collected fixed = Collected.of(csv, new ImportOptions(ImportFormat.AUTO, "", Map.of("report", "words",
                "dreamer", "who", "date", "when"), ImportOptions.DEFAULT_MAX_REPORT_CHARS));
        assertThat(fixed.dreams).singleElement().satisfies(d -> {
            assertThat(d.dream().text()).isEqualTo("I saw a whale");
            assertThat(d.dream().dreamer()).isEqualTo("ann");
            assertThat(d.dream().date()).isEqualTo("2020-01-01");
        });
    }

    @Test
    void missingFileIsOneProblem() {
        Path missing = dir.resolve("nope.txt");
        Collected c = Collected.of(missing);
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing);
            assertThat(p.what()).contains("no such file");
            assertThat(p.todo()).contains("path");
        });
    }

    @Test
    void wrongFieldCountAndBadJsonAreReportedPerLine() throws IOException {
        Collected csv = Collected.of(write("short.csv", "n,dreamer,report\n1,ann,A fine dream\n2,only two\n"));
        assertThat(csv.texts()).containsExactly("A fine dream");
        assertThat(csv.problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));

        Collected jsonl = Collected.of(write("d.jsonl", "{\"text\": \"I swam\"}\n{broken\n[1,2]\n{\"text\": \"I ran\"}\n"));
        assertThat(jsonl.texts()).containsExactly("I swam", "I ran");
        assertThat(jsonl.problems).extracting(ImportProblem::line).containsExactly(2, 3);
    }

    @Test
    void aDateThatCannotBeReadIsAWarningWithItsLineAndTheDreamIsKept() throws IOException {
        Path csv = write("dates.csv", "report,date\nI was on a ferry,March 5 2024\nA cat spoke to me,notadate\n"
                + "The river ran uphill,2020-13-45\nUndated and fine,\n");
        Collected c = Collected.of(csv);
        assertThat(c.problems).isEmpty();
        assertThat(c.dreams).extracting(d -> d.dream().date()).containsExactly("2024-03-05", "", "2020", "");
        assertThat(c.warnings).extracting(ImportProblem::line).containsExactly(3, 4);
        assertThat(c.warnings.get(0).describe()).contains("dates.csv:3").contains("'notadate'")
                .contains("imported without a date").contains("yyyy-mm-dd");
        assertThat(c.warnings.get(1).describe()).contains("dated 2020");
        assertThat(c.dreams.get(1).dream().metadata()).containsEntry("date_as_written", "notadate");
    }
}
