package org.dreamloom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dreamloom.library.embed.Chunk;
import org.dreamloom.library.embed.Chunker;
import org.dreamloom.library.embed.ForwardingEmbedder;
import org.dreamloom.library.embed.HashingEmbedder;
import org.dreamloom.library.embed.Vectors;
import org.junit.jupiter.api.Test;

/** The bench's embedder embeds for real while recording and querying, and replays near copies in between. */
class ReplayingEmbedderTest {
    /** The real embedder, counting what reaches it. */
    private static final class Real extends ForwardingEmbedder {
        final List<String> texts = new ArrayList<>();

        Real() {
            super(new HashingEmbedder(32, 64));
        }

        @Override
        public float[] embed(String text) {
            texts.add(text);
            return super.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> batch) {
            texts.addAll(batch);
            return super.embedAll(batch);
        }

        @Override
        public List<float[]> embedChunks(List<Chunk> chunks) {
            chunks.forEach(c -> texts.add(c.text()));
            return super.embedChunks(chunks);
        }
    }

    @Test
    void recordsThenReplaysWithoutTheModelThenQueriesForReal() {
        Real real = new Real();
        ReplayingEmbedder e = new ReplayingEmbedder(real);
        assertThat(e.id()).isEqualTo(real.id());
        assertThat(e.maxTokens()).isEqualTo(64);
        assertThatThrownBy(() -> e.phase(ReplayingEmbedder.Phase.REPLAY)).isInstanceOf(IllegalStateException.class);

        List<Chunk> chunks = Chunker.forEmbedder(e).chunk("An owl sat in the barn. A train crossed the desert.");
        List<float[]> recorded = e.embedChunks(chunks);
        assertThat(real.texts).hasSize(chunks.size());
        assertThat(e.recordedCount()).isEqualTo(chunks.size());

        e.phase(ReplayingEmbedder.Phase.REPLAY);
        real.texts.clear();
        List<float[]> replayed = e.embedChunks(chunks);
        List<float[]> unseen = e.embedAll(List.of("A whale sang under the pier."));
        assertThat(real.texts).as("nothing reaches the model while replaying").isEmpty();
        assertThat(e.replayedCount()).isEqualTo(chunks.size() + 1);
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(Vectors.dot(replayed.get(i), recorded.get(i))).isBetween(0.5, 0.99999);
        }
        assertThat(unseen.get(0)).hasSize(32);

        e.phase(ReplayingEmbedder.Phase.QUERY);
        assertThat(e.embed("owl")).containsExactly(new HashingEmbedder(32, 64).embed("owl"));
        assertThat(e.embedAll(List.of("barn", "desert"))).hasSize(2);
        assertThat(real.texts).containsExactly("owl", "barn", "desert");
        assertThat(e.recordedCount()).as("only the RECORD phase records").isEqualTo(chunks.size());
    }
}
