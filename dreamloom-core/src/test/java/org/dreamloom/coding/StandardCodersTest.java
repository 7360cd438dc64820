package org.dreamloom.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.dreamloom.nlp.Document;
import org.junit.jupiter.api.Test;

class StandardCodersTest {
    /** A stand-in for the character coder: one male stranger. */
    private static final class OneStranger implements Coder {
        public String name() {
            return "stranger";
        }

        public int version() {
            return 1;
        }

        public Set<Artifact> requires() {
            return Set.of(Artifact.TOKENS);
        }

        public Category produces() {
            return Category.CHARACTERS;
        }

        public List<CodedItem> code(Document document, Card soFar) {
            return List.of(CodedItem.human("1MSA"));
        }
    }

    @Test
    void restCoversEveryCategoryButCharactersAndActivities() {
        assertThat(StandardCoders.rest()).extracting(Coder::produces).containsExactlyInAnyOrder(
                Category.AGGRESSION, Category.FRIENDLINESS, Category.SEXUALITY, Category.SETTINGS, Category.OBJECTS,
                Category.FAILURE, Category.SUCCESS, Category.MISFORTUNE, Category.GOOD_FORTUNE, Category.EMOTIONS);
    }

    @Test
    void restChainsAfterACharacterCoder() {
        CodingPipeline.Builder b = CodingPipeline.builder().add(new OneStranger());
        StandardCoders.rest().forEach(b::add);
        Card card = b.build().code("s", "1", "A man chased me down the street. I was terrified and fell.");
        assertThat(card.codes(Category.AGGRESSION)).containsExactly("1MSA 6> D");
        assertThat(card.codes(Category.EMOTIONS)).containsExactly("AP,D");
        assertThat(card.codes(Category.SETTINGS)).containsExactly("OQ");
        assertThat(card.codes(Category.MISFORTUNE)).containsExactly("M3,D");
        assertThat(card.codes(Category.OBJECTS)).containsExactly("ST");
    }

    @Test
    void restWithoutACharacterCoderIsRejectedWhenBuilt() {
        CodingPipeline.Builder b = CodingPipeline.builder();
        StandardCoders.rest().forEach(b::add);
        assertThatThrownBy(b::build).hasMessageContaining("category:characters");
    }
}
