package org.dreamloom.library.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real MiniLM model on a handful of sentences: shape, normalisation, meaning, token counting. */
class MiniLmEmbedderTest {
    static {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
    }

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = MiniLmEmbedder.singleThreaded();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void vectorsAreUnitLengthAnd384Long() {
        float[] v = embedder.embed("I was flying over the sea.");
        assertThat(v).hasSize(384);
        assertThat(Vectors.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void closerInMeaningMeansHigherCosine() {
        float[] lost = embedder.embed("I could not find my way home.");
        float[] wandering = embedder.embed("I was lost in a strange town and kept wandering, unable to get back to my house.");
        float[] cake = embedder.embed("We baked a chocolate cake for the birthday party.");
        assertThat(Vectors.dot(lost, wandering)).isGreaterThan(Vectors.dot(lost, cake) + 0.1);
    }

    @Test
    void countsWordPiecesWithoutTheTokenizerFilesTruncation() {
        String longText = "word ".repeat(400);
        assertThat(embedder.countTokens(longText)).isEqualTo(402);
        assertThat(embedder.countTokens("")).isEqualTo(2);
    }

    @Test
    void chunksOfALongReportFitTheWindow() {
        String sentence = "Then I walked down the long corridor towards the old blue door of my grandmother's house. ";
        String report = sentence.repeat(40);
        List<Chunk> chunks = Chunker.forEmbedder(embedder).chunk(report);
        assertThat(chunks).hasSizeGreaterThan(1);
        for (Chunk c : chunks) {
            assertThat(embedder.countTokens(c.text())).isLessThanOrEqualTo(256);
        }
        assertThat(embedder.embedAll(chunks.stream().map(Chunk::text).toList())).hasSameSizeAs(chunks);
    }

    @Test
    void readsTheWholeChunkPastTheBundledTokenizers128TokenTruncation() {
        String head = "house ".repeat(130);
        String full = head + "ocean waves sharks swimming under the deep blue sea. ".repeat(8);
        assertThat(embedder.countTokens(full)).isBetween(200, 256);
        assertThat(Vectors.dot(embedder.embed(head), embedder.embed(full))).isLessThan(0.9);
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> embedder.embed("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
