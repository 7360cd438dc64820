package org.dreamloom.library.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokenising a report once (count sentences from its pieces, hand each chunk's ids to the model) gives the same
 * chunks and the same vectors as counting every sentence and tokenising every chunk again.
 */
class TokeniseOnceTest {
    private static OnnxMiniLm model;

    @BeforeAll
    static void load() {
        model = OnnxMiniLm.singleThreaded();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static final String SCENE = "I was in my grandmother's kitchen, but it was also a train station; people "
            + "kept arriving with suitcases full of water, and I couldn't find the ticket I needed to get home. ";

    private static List<String> reports() {
        return List.of(
                "I could not find my way home.",
                "Café déjà vu: don't you remember the 3rd of May? Naïve señor! The dog (a huge one) barked.",
                "We laughed 😀 at the clown 🤡 and then, suddenly, the lights went out... I woke up scared.",
                // several sentences past the 256-piece window: more than one chunk
                SCENE.repeat(9).trim(),
                // one sentence past the window: cut between words
                "and then we ran " .repeat(90).trim() + ".",
                // one "word" past the window: cut by characters, counted on its own
                "I saw http://" + "dream-bank.example/x".repeat(80) + " on a sign. Then I flew.");
    }

    @Test
    void sameChunksAsCountingEverySentence() {
        Chunker once = Chunker.forEmbedder(model);
        Chunker counting = new Chunker(model::countTokens, model.maxTokens(), 2);
        int withIds = 0;
        int chunks = 0;
        for (String r : reports()) {
            List<Chunk> a = once.chunk(r);
            List<Chunk> b = counting.chunk(r);
            assertThat(a).as(r).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                Chunk x = a.get(i);
                Chunk y = b.get(i);
                assertThat(List.of(x.start(), x.end(), x.tokens())).as(r).isEqualTo(List.of(y.start(), y.end(), y.tokens()));
                assertThat(x.text()).isEqualTo(y.text());
                assertThat(y.pieceIds()).isNull();
                chunks++;
                if (x.pieceIds() != null) {
                    withIds++;
                    long[] alone = model.wordPieces(x.text()).ids();
                    assertThat(x.pieceIds()).as(x.text()).containsExactly(alone);
                    assertThat(x.tokens()).isEqualTo(alone.length + 2);
                }
            }
        }
        assertThat(chunks).isGreaterThan(reports().size() + 2);
        // Only the chunks of the URL cut by characters may go without ids.
        assertThat(withIds).isGreaterThanOrEqualTo(chunks - 3);
    }

    @Test
    void sameVectorsAsEmbeddingTheChunkTexts() {
        Chunker once = Chunker.forEmbedder(model);
        for (String r : reports()) {
            List<Chunk> c = once.chunk(r);
            List<float[]> fromIds = model.embedChunks(c);
            List<float[]> fromTexts = model.embedAll(c.stream().map(Chunk::text).toList());
            for (int i = 0; i < c.size(); i++) {
                assertThat(fromIds.get(i)).as(c.get(i).text()).containsExactly(fromTexts.get(i));
            }
        }
    }

    @Test
    void pieceOffsetsPointAtTheirWordsEvenAfterAnEmoji() {
        String text = "The 🐍 snake hissed.";
        WordPieces p = model.wordPieces(text);
        String[] words = new String[p.size()];
        for (int i = 0; i < p.size(); i++) {
            words[i] = text.substring(p.starts()[i], p.ends()[i]);
        }
        assertThat(Arrays.asList(words)).contains("snake", "hissed", ".");
    }

    @Test
    void aPooledEmbedderChunksAndEmbedsTheSameWay() {
        try (PooledEmbedder pool = new PooledEmbedder(OnnxMiniLm::singleThreaded, 2)) {
            String r = SCENE.repeat(9).trim();
            List<Chunk> c = Chunker.forEmbedder(pool).chunk(r);
            assertThat(c).isEqualTo(Chunker.forEmbedder(model).chunk(r));
            assertThat(c).allSatisfy(k -> assertThat(k.pieceIds()).isNotNull());
            List<float[]> v = pool.embedChunks(c);
            for (int i = 0; i < c.size(); i++) {
                assertThat(v.get(i)).containsExactly(model.embed(c.get(i).text()));
            }
        }
    }
}
