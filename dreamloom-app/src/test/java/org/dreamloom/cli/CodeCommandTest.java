package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.io.cards.CardJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
    private static final String CODED = "{\"series\":\"mine\",\"number\":\"7\",\"report\":\"My brother chased me through"
            + " the old school and I was terrified.\",\"characters\":[\"1MBA\"],\"emotions\":[\"AP,D\"]}";
    private static final String UNCODED = "{\"series\":\"mine\",\"number\":\"7\",\"report\":\"My brother chased me through"
            + " the old school and I was terrified.\"}";

    @TempDir
    Path tmp;

    @Test
    void writesOnePredictedCardPerDreamInInputOrder() throws Exception {
        Path cards = Files.writeString(tmp.resolve("in.jsonl"), String.join("\n",
                "{\"series\":\"s\",\"number\":\"1\",\"report\":\"I was at home with my mother.\"}",
                "",
                "{\"series\":\"s\",\"number\":\"2\",\"report\":\"A dog barked at me in a park.\"}",
                "{\"series\":\"s\",\"number\":\"3\",\"report\":null}"));
        Path text = Files.writeString(tmp.resolve("night.txt"), "I flew over a lake and felt happy.\n");
        CliRun r = CliRun.of("code", cards.toString(), text.toString(), "--format", "cards", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        List<Card> out = r.out().lines().map(CardJson::parse).toList();
        assertThat(out).extracting(c -> c.series() + "/" + c.number())
                .containsExactly("s/1", "s/2", "s/3", "/night.txt");
        assertThat(out.get(3).report()).isEqualTo("I flew over a lake and felt happy.");
    }

    @Test
    void ignoresCodesAlreadyOnTheInput() throws Exception {
        Path coded = Files.writeString(tmp.resolve("coded.jsonl"), CODED);
        Path uncoded = Files.writeString(tmp.resolve("uncoded.jsonl"), UNCODED);
        CliRun a = CliRun.of("code", coded.toString(), "--format", "cards");
        CliRun b = CliRun.of("code", uncoded.toString(), "--format", "cards");
        assertThat(a.exit()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        // With the stub coder the input codes would survive only if they were copied.
        Card predicted = CardJson.parse(a.out().strip());
        assertThat(predicted.series()).isEqualTo("mine");
        assertThat(predicted.number()).isEqualTo("7");
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestIsCoded() throws Exception {
        Path cards = Files.writeString(tmp.resolve("half-bad.jsonl"), String.join("\n",
                "{\"series\":\"s\",\"number\":\"1\",\"report\":\"I ran.\"}",
                "{\"series\":\"s\",\"number\":\"2\",\"report\":",
                "{\"series\":\"s\",\"number\":\"3\",\"report\":\"I swam.\",\"characters\":\"1MKA\"}",
                "{\"series\":\"s\",\"number\":\"4\",\"report\":\"I sang.\"}"));
        Path mixed = tmp.resolve("mixed.jsonl");
        Files.write(mixed, ("{\"series\":\"m\",\"number\":\"1\",\"report\":\"caf\u00e9\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(mixed, "{\"series\":\"m\",\"number\":\"2\",\"report\":\"caf\u00e9\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun r = CliRun.of("code", cards.toString(), mixed.toString(), "--format", "cards");
        assertThat(r.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(r.out().lines().map(CardJson::parse).map(c -> c.series() + c.number()))
                .containsExactly("s1", "s4", "m2");
        assertThat(r.err()).contains(cards + ":2: not valid JSON").contains(cards + ":3: 'characters' must be a list")
                .contains(mixed + ":1: not valid UTF-8").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingFilesAndUnknownFormatsAreUsageOrInputErrors() throws Exception {
        Path ok = Files.writeString(tmp.resolve("ok.txt"), "I was lost.");
        CliRun missing = CliRun.of("code", tmp.resolve("nope.jsonl").toString(), ok.toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(missing.err()).contains("nope.jsonl: no such file");
        assertThat(missing.out().lines()).hasSize(1);
        CliRun format = CliRun.of("code", ok.toString(), "--format", "xml");
        assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("unknown --format 'xml'");
        assertThat(CliRun.of("code").exit()).isEqualTo(ExitCodes.USAGE);
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Path xml = Files.writeString(tmp.resolve("series.xml"), "<dream>I ran.</dream>\n");
        CliRun data = CliRun.of("code", latin1.toString(), xml.toString(), ok.toString());
        assertThat(data.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(data.err()).contains(latin1 + ": not valid UTF-8").contains(xml + ": unsupported input format '.xml'");
        assertThat(data.out().lines()).hasSize(1);
    }

    @Test
    void codesTheSameWhateverTheThreads() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"series\":\"t\",\"number\":\"").append(i).append("\",\"report\":\"Dream ").append(i)
                    .append(": my friend and I walked to the store and a man yelled at us.\"}\n");
        }
        Path in = Files.writeString(tmp.resolve("many.jsonl"), lines);
        String one = CliRun.of("code", in.toString(), "--threads", "1").out();
        String two = CliRun.of("code", in.toString(), "--threads", "3").out();
        assertThat(one.lines()).hasSize(30);
        assertThat(two).isEqualTo(one);
        assertThat(CardJson.parse(one.lines().toList().get(29)).codes(Category.CHARACTERS)).isNotNull();
    }
}
