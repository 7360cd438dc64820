package org.dreamloom.coding.emotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dreamloom.coding.emotions.Fixtures.codes;
import static org.dreamloom.coding.emotions.Fixtures.doc;
import static org.dreamloom.coding.emotions.Fixtures.withCharacters;

import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodedItem;
import org.junit.jupiter.api.Test;

class EmotionCoderTest {
    private final EmotionCoder coder = new EmotionCoder();

    private List<CodedItem> code(String text, String... characters) {
        return coder.code(doc(text), withCharacters(text, characters));
    }

    @Test
    void statedEmotionsAreCodedForTheDreamer() {
        assertThat(codes(code("I was terrified of the dark hall."))).containsExactly("AP,D");
        assertThat(codes(code("I felt very happy. Then I was confused."))).containsExactly("HA,D", "CO,D");
    }

    @Test
    void negatedAndHypotheticalEmotionsAreNotCoded() {
        assertThat(code("I wasn't afraid at all.")).isEmpty();
        assertThat(code("I was not angry.")).isEmpty();
        assertThat(code("I would have been angry if he had stayed.")).isEmpty();
    }

    @Test
    void aRemarkThatTheDreamWasConfusedIsNoConfusion() {
        assertThat(code("This dream was very confused. We walked to the lake.")).isEmpty();
        assertThat(code("Everything was so confusing after that.")).isEmpty();
        // the dreamer's own confusion still counts
        assertThat(codes(code("In the dream I was very confused."))).containsExactly("CO,D");
    }

    @Test
    void cryingBitterlyIsSadnessNotAnger() {
        assertThat(codes(code("My aunt was crying bitterly.", "1FRA"))).containsExactly("SD,1FRA");
        assertThat(codes(code("I was bitter about it."))).containsExactly("AN,D");
    }

    @Test
    void theIdiomOutOfItsMiseryIsNoSadness() {
        assertThat(code("The vet put the old horse out of its misery.", "1MOA", "1ANI")).isEmpty();
        assertThat(codes(code("I was in misery all day."))).containsExactly("SD,D");
    }

    @Test
    void anEmotionSomeoneMeantToCauseIsNotCoded() {
        assertThat(code("He had bought the flowers to surprise me.", "1MKA")).isEmpty();
        assertThat(code("The boys hid behind the door to frighten us.", "2MKC")).isEmpty();
        // the caused feeling itself is
        assertThat(codes(code("The noise frightened me."))).containsExactly("AP,D");
    }

    @Test
    void experiencerIsLinkedToTheCardsCharacters() {
        assertThat(codes(code("My mother was angry with the neighbours.", "1FMA"))).containsExactly("AN,1FMA");
        assertThat(codes(code("A man came in. He was very sad.", "1MSA"))).containsExactly("SD,1MSA");
    }

    @Test
    void objectExperiencerVerbsAttributeToTheObject() {
        assertThat(codes(code("The noise frightened me."))).containsExactly("AP,D");
    }

    @Test
    void withoutCharactersAnotherPersonsEmotionIsLeftOut() {
        assertThat(coder.code(doc("He was furious."), Card.empty("t", "1", "He was furious."))).isEmpty();
    }

    @Test
    void evidencePointsAtTheCueWords() {
        String text = "We had fun. Suddenly I was scared.";
        List<CodedItem> items = code(text);
        assertThat(items).hasSize(2);
        CodedItem ap = items.get(1);
        assertThat(ap.code()).isEqualTo("AP,D");
        assertThat(ap.evidence()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("scared");
            assertThat(text.substring(e.start(), e.end())).isEqualTo("scared");
        });
        assertThat(ap.coder()).isEqualTo("emotions@4");
    }

    @Test
    void emptyReportHasNoEmotions() {
        assertThat(code("")).isEmpty();
    }

    @Test
    void eagernessAndIdiomsAreNoEmotion() {
        assertThat(new EmotionCoder().code(Fixtures.doc("I was anxious to meet her."), Fixtures.withCharacters("x"))).isEmpty();
        assertThat(new EmotionCoder().code(Fixtures.doc("I said I am afraid I will be cold."), Fixtures.withCharacters("x")))
                .isEmpty();
        assertThat(Fixtures.codes(new EmotionCoder().code(Fixtures.doc("I was anxious about the exam."),
                Fixtures.withCharacters("x")))).containsExactly("AP,D");
    }

    @Test
    void distressIsSadnessAsInTheHvdcScale() {
        assertThat(Fixtures.codes(new EmotionCoder().code(Fixtures.doc("I was distressed and quite broken up about it."),
                Fixtures.withCharacters("x")))).containsExactly("SD,D");
    }

    @Test
    void feelingWordsKnownOnlyFromWordNetAreCoded() {
        // "aghast", "wrathful" and "despondency" are in no hand-written list
        assertThat(codes(code("I was aghast."))).containsExactly("AP,D");
        assertThat(codes(code("I became wrathful."))).containsExactly("AN,D");
        assertThat(codes(code("A feeling of despondency came over me."))).containsExactly("SD,D");
        assertThat(code("I was not aghast.")).as("negated").isEmpty();
    }
}
