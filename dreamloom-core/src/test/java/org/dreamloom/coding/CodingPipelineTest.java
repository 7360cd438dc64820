package org.dreamloom.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.dreamloom.nlp.Document;
import org.junit.jupiter.api.Test;

class CodingPipelineTest {
    /** A coder for tests: produces one code per sentence, after requiring what it is told to. */
    private record FakeCoder(String name, Set<Artifact> requires, Category produces) implements Coder {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public List<CodedItem> code(Document document, Card soFar) {
            return List.of(new CodedItem("x" + document.sentenceCount() + "/" + soFar.codes(Category.CHARACTERS).size(),
                    List.of(), id()));
        }
    }

    @Test
    void rejectsAChainWhoseRequirementNoEarlierStageProduces() {
        Coder emotions = new FakeCoder("emotions", Set.of(Artifact.TOKENS, Artifact.of(Category.CHARACTERS)),
                Category.EMOTIONS);
        assertThatThrownBy(() -> CodingPipeline.builder().add(emotions).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'emotions@1'")
                .hasMessageContaining("requires category:characters")
                .hasMessageContaining("add a coder that produces it before 'emotions@1'");
    }

    @Test
    void rejectsTwoCodersOfOneCategory() {
        Coder a = new FakeCoder("a", Set.of(Artifact.TOKENS), Category.SETTINGS);
        Coder b = new FakeCoder("b", Set.of(Artifact.TOKENS), Category.SETTINGS);
        assertThatThrownBy(() -> CodingPipeline.builder().add(a).add(b).build())
                .hasMessageContaining("'b@1' produces settings, which 'a@1' already produces");
    }

    @Test
    void runsTheChainInOrderAndTimesEachStage() {
        Coder characters = new FakeCoder("chars", Set.of(Artifact.TOKENS), Category.CHARACTERS);
        Coder emotions = new FakeCoder("emo", Set.of(Artifact.of(Category.CHARACTERS)), Category.EMOTIONS);
        CodingPipeline pipeline = CodingPipeline.builder().add(characters).add(emotions).build();
        Card card = pipeline.code("s", "7", "One sentence. Two sentences.");
        assertThat(card.series()).isEqualTo("s");
        assertThat(card.number()).isEqualTo("7");
        assertThat(card.codes(Category.CHARACTERS)).containsExactly("x2/0");
        assertThat(card.codes(Category.EMOTIONS)).containsExactly("x2/1"); // saw the characters of the stage before
        assertThat(card.items(Category.EMOTIONS).get(0).coder()).isEqualTo("emo@1");
        assertThat(pipeline.stageNanos()).containsOnlyKeys(CodingPipeline.ANALYZE, "chars@1", "emo@1");
        assertThat(pipeline.stageNanos().get(CodingPipeline.ANALYZE)).isPositive();
        assertThat(pipeline.reportsCoded()).isEqualTo(1);
    }
}
