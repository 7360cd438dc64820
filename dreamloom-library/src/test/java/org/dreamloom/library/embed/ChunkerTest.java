package org.dreamloom.library.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunking by a word-counting fake model with a tiny window. */
class ChunkerTest {
    private final Chunker chunker = new Chunker(t -> t.isBlank() ? 2 : t.trim().split("\\s+").length + 2, 12, 2);

    @Test
    void shortTextIsOneChunkCoveringIt() {
        List<Chunk> c = chunker.chunk("I fly. I land.");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).text()).isEqualTo("I fly. I land.");
        assertThat(c.get(0).tokens()).isEqualTo(6);
    }

    @Test
    void sentencesArePackedUpToTheWindowAndOffsetsPointIntoTheText() {
        String text = "One two three four. Five six seven eight. Nine ten eleven twelve. Thirteen.";
        List<Chunk> c = chunker.chunk(text);
        assertThat(c).hasSize(2);
        for (Chunk k : c) {
            assertThat(text.substring(k.start(), k.end())).isEqualTo(k.text());
            assertThat(k.tokens()).isLessThanOrEqualTo(12);
        }
        assertThat(c.get(0).text()).isEqualTo("One two three four. Five six seven eight.");
    }

    @Test
    void anOverlongSentenceIsCutBetweenWords() {
        String text = "a b c d e f g h i j k l m n o p q r s t u";
        List<Chunk> c = chunker.chunk(text);
        assertThat(c).hasSize(3);
        assertThat(String.join(" ", c.stream().map(Chunk::text).toList())).isEqualTo(text);
    }

    @Test
    void blankTextHasNoChunks() {
        assertThat(chunker.chunk("   ")).isEmpty();
    }
}
