package org.dreamloom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON value of the wrong type where a dream's text is expected (a number, a list, an object, true) or a key
 * written twice is one problem on its line; it never becomes a dream whose text is "5", and the good lines stay.
 */
class JsonFieldTypesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void dreamJsonlRefusesReportsThatAreNotStringsAndKeepsTheOtherLines() throws IOException {
        Path f = write("dreams.jsonl", """
                {"report": "I dreamt of a red door.", "dreamer": "ann"}
                {"report": 5, "dreamer": "ann"}
                {"report": ["a", "list"]}
                {"text": {"nested": "object"}}
                {"report": true}
                {"report": "first", "report": "second"}
                {"report": "A good dream about trains.", "dreamer": 17, "n": 3, "age": 34}
                {"report": "A titled dream.", "title": ["not", "text"]}
                """);

        Collected c = Collected.of(f);

        assertThat(c.texts()).containsExactly("I dreamt of a red door.", "A good dream about trains.");
        assertThat(c.dreams.get(1).dream().dreamer()).isEqualTo("17");
        assertThat(c.problems).extracting(ImportProblem::line).containsExactly(2, 3, 4, 5, 6, 8);
        assertThat(c.problems.get(0).what()).contains("'report'").contains("a number (5)");
        assertThat(c.problems.get(0).todo()).contains("string in quotes");
        assertThat(c.problems.get(1).what()).contains("a list");
        assertThat(c.problems.get(2).what()).contains("'text' (the report)").contains("an object");
        assertThat(c.problems.get(3).what()).contains("true");
        assertThat(c.problems.get(4).what()).contains("'report' appears twice");
        assertThat(c.problems.get(5).what()).contains("'title'").contains("a list");
        assertThat(c.problems).allSatisfy(p -> assertThat(p.describe()).startsWith(f + ":" + p.line() + ": "));
    }

    @Test
    void aNullReportIsAnEmptyReportNotAMissingField() throws IOException {
        Path f = write("null.jsonl", "{\"report\": null, \"dreamer\": \"ann\"}\n");
        Collected c = Collected.of(f);
        assertThat(c.dreams).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> assertThat(p.what()).contains("the report is empty"));
    }

    @Test
    void cardJsonlRefusesAReportThatIsNotAStringAndKeepsTheOtherCards() throws IOException {
        Path f = write("cards.jsonl", """
                {"series":"s","number":"1","characters":["1FKA"],"emotions":[],"report":"I was at home with my mother."}
                {"series":"s","number":"2","characters":[],"emotions":[],"report":5}
                {"series":"s","number":"3","characters":[],"emotions":[],"report":["x"]}
                {"series":"s","number":4,"characters":[],"emotions":[],"report":"A numeric card number is fine."}
                {"series":"s","number":"5","characters":[],"emotions":[],"report":"a","report":"b"}
                {"series":["s"],"number":"6","characters":[],"emotions":[],"report":"Series is a list."}
                """);

        Collected c = Collected.of(f);

        assertThat(c.texts()).containsExactly("I was at home with my mother.", "A numeric card number is fine.");
        assertThat(c.dreams.get(1).dream().sourceKey()).isEqualTo("4");
        assertThat(c.problems).extracting(ImportProblem::line).containsExactly(2, 3, 5, 6);
        assertThat(c.problems.get(0).what()).contains("'report' is a number (5)");
        assertThat(c.problems.get(1).what()).contains("'report' is a list");
        assertThat(c.problems.get(2).what()).contains("'report' appears twice");
        assertThat(c.problems.get(3).what()).contains("'series' is a list");
    }

    @Test
    void aJsonArrayOrAPrettyPrintedObjectIsReadRecordByRecordWithTheLineEachStartsOn() throws IOException {
        Path array = write("export.json", """
                [
                  {"report": "I flew over a lake."},
                  {"report": ["not", "text"]},
                  {
                    "report": "A dog talked to me.",
                    "dreamer": "ann"
                  }
                ]
                """);
        Path pretty = write("one.jsonl", "\n{\n  \"report\": \"A pretty-printed dream.\"\n}\n");

        Collected a = Collected.of(array);
        Collected p = Collected.of(pretty);

        assertThat(a.texts()).containsExactly("I flew over a lake.", "A dog talked to me.");
        assertThat(a.dreams).extracting(ImportedDream::line).containsExactly(2, 4);
        assertThat(a.problems).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(3);
            assertThat(pr.what()).contains("'report' is a list");
        });
        assertThat(p.texts()).containsExactly("A pretty-printed dream.");
        assertThat(p.dreams.get(0).line()).isEqualTo(2);
        assertThat(p.problems).isEmpty();
    }

    @Test
    void aBrokenLineIsDescribedWithoutJacksonsSourceLocation() throws IOException {
        Path f = write("broken.jsonl", "{\"report\": \"fine\"}\n{\"report\": [1, 2}\n");
        Collected c = Collected.of(f);
        assertThat(c.texts()).containsExactly("fine");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.what()).startsWith("not valid JSON").doesNotContain("Source").doesNotContain("REDACTED")
                    .doesNotContain("starting").endsWith(")");
        });
    }

    @Test
    void aDreamRecordForcedInAsACardIsRefusedRatherThanStoredAsAnEmptyHumanCoding() throws IOException {
        Path f = write("dreams.jsonl", """
                {"series":"s","number":"1","characters":[],"emotions":[],"report":"A real card with empty lists."}
                {"report": "A plain dream record.", "dreamer": "ann"}
                """);
        Collected c = Collected.of(f, new ImportOptions(ImportFormat.CARDS, "", java.util.Map.of(), 100_000));
        assertThat(c.texts()).containsExactly("A real card with empty lists.");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.what()).contains("none of the code lists");
            assertThat(p.todo()).contains("--format jsonl");
        });
    }
}
