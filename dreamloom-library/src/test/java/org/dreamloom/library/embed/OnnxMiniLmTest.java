package org.dreamloom.library.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The direct ONNX MiniLM gives LangChain4j's vectors (the reference) for short, medium and window-long texts. */
class OnnxMiniLmTest {
    private static MiniLmEmbedder reference;
    private static OnnxMiniLm direct;

    @BeforeAll
    static void load() {
        reference = MiniLmEmbedder.singleThreaded();
        direct = OnnxMiniLm.singleThreaded();
    }

    @AfterAll
    static void close() {
        reference.close();
        direct.close();
    }

    @Test
    void vectorsMatchTheLangChain4jReference() {
        String longReport = "I was in my grandmother's kitchen, but it was also a train station; people kept "
                + "arriving with suitcases full of water, and I couldn't find the ticket I needed to get home. ";
        List<String> texts = List.of("lost", "I could not find my way home.",
                "Café déjà vu: don't you remember the 3rd of May? Naïve señor!",
                longReport.repeat(6).trim());
        for (String t : texts) {
            assertThat(direct.countTokens(t)).isEqualTo(reference.countTokens(t));
            float[] v = direct.embed(t);
            assertThat(v).hasSize(384);
            assertThat(Vectors.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
            assertThat(Vectors.dot(v, reference.embed(t))).as(t).isGreaterThan(0.99);
        }
        assertThat(direct.countTokens(longReport.repeat(6).trim())).isBetween(150, 256);
    }

    @Test
    void embedAllKeepsTheOrderAndEachVectorIsIndependentOfItsNeighbours() {
        List<String> texts = List.of("a dog barked at the moon", "we sailed on a green sea", "a dog barked at the moon");
        List<float[]> all = direct.embedAll(texts);
        assertThat(all.get(0)).containsExactly(all.get(2));
        assertThat(all.get(1)).containsExactly(direct.embed(texts.get(1)));
        assertThat(Vectors.dot(all.get(0), all.get(1))).isLessThan(0.9);
    }

    @Test
    void textsPastTheWindowAreCutNotRefused() {
        String huge = "word ".repeat(600);
        assertThat(direct.countTokens(huge)).isEqualTo(602);
        assertThat(direct.embed(huge)).hasSize(384);
    }

    @Test
    void aModelFileLoadsUnderItsOwnIdAndGivesTheBundledModelsVectors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("copy.onnx");
        try (java.io.InputStream in = MiniLmResources.resource(MiniLmResources.MODEL)) {
            java.nio.file.Files.copy(in, file);
        }
        try (OnnxMiniLm copy = OnnxMiniLm.fromFile(file, "copy/w256", 1)) {
            assertThat(copy.id()).isEqualTo("copy/w256");
            assertThat(copy.embed("we sailed on a green sea")).containsExactly(direct.embed("we sailed on a green sea"));
        }
        assertThatThrownBy(() -> OnnxMiniLm.fromFile(dir.resolve("missing.onnx"), "x", 1))
                .hasMessageContaining("missing.onnx");
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> direct.embed(" \n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
