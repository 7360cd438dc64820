package org.dreamloom.coding.characters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.dreamloom.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

class CharacterCoderTest {
    private static final CharacterCoder CODER = new CharacterCoder();

    private static List<CodedItem> code(String text) {
        return CODER.code(TextAnalyzer.shared().analyze(text), Card.empty("", "", text));
    }

    private static List<String> codes(String text) {
        return code(text).stream().map(CodedItem::code).toList();
    }

    private static List<String> evidence(CodedItem item) {
        return item.evidence().stream().map(Evidence::text).toList();
    }

    @Test
    void resolvesRepeatedMentionsAndPronounsToOneCharacter() {
        List<CodedItem> items = code("I saw a woman in the hall. She smiled at me and the woman left.");
        assertThat(items).extracting(CodedItem::code).containsExactly("1FSA");
        assertThat(evidence(items.get(0))).containsExactly("woman", "She", "woman");
    }

    @Test
    void codesKinOnceHoweverItIsNamed() {
        List<CodedItem> items = code("My mother called. Mother said she was fine.");
        assertThat(items).extracting(CodedItem::code).containsExactly("1FMA");
        assertThat(evidence(items.get(0))).containsExactly("mother", "Mother", "she");
        assertThat(codes("Someone knocked. My parents and my little sister were asleep."))
                .containsExactly("1IUA", "2JXA", "1FTC");
        assertThat(codes("My husband and my brother argued with my aunt.")).containsExactly("1MHA", "1MBA", "1FRA");
    }

    @Test
    void codesOccupationsAndTakesTheirSexFromPronouns() {
        assertThat(codes("My brother and a policeman talked to the doctor. He was angry."))
                .containsExactly("1MBA", "1MOA", "1MOA");
        assertThat(codes("A nurse came in.")).containsExactly("1FOA");
    }

    @Test
    void codesGroupsAndAnimals() {
        assertThat(codes("A group of children played near us. A dog barked and the dog ran off."))
                .containsExactly("2JSC", "1ANI");
        assertThat(codes("Two men followed me. They were tall. Some birds flew over."))
                .containsExactly("2MSA", "2ANI");
    }

    @Test
    void namedPeopleAreKnownAndAppositionsMerge() {
        List<CodedItem> items = code("My friend Sue (f, 20) came with her boyfriend.");
        assertThat(items).extracting(CodedItem::code).containsExactly("1FKA", "1MKA");
        assertThat(evidence(items.get(0))).containsExactly("friend", "Sue", "her");
        assertThat(codes("Then George said maybe I was right. George laughed.")).containsExactly("1MKA");
        assertThat(codes("I visited Aunt Mary and Uncle Joe. Then Aunt Mary left.")).containsExactly("1FRA", "1MRA");
        assertThat(codes("I walked down Euclid Avenue to the General Electric store in Los Angeles.")).isEmpty();
    }

    @Test
    void neverCodesTheDreamer() {
        assertThat(codes("I was alone in the house and I felt afraid. I was a teacher in the dream.")).isEmpty();
        assertThat(codes("")).isEmpty();
    }

    @Test
    void evidenceSpansPointAtTheWordsInTheReport() {
        String text = "Suddenly an old man darted out of the closet.";
        List<CodedItem> items = code(text);
        assertThat(items).extracting(CodedItem::code).containsExactly("1MSA");
        Evidence e = items.get(0).evidence().get(0);
        assertThat(text.substring(e.start(), e.end())).isEqualTo("man");
        assertThat(e.start()).isEqualTo(text.indexOf("man"));
        assertThat(items.get(0).coder()).isEqualTo("characters@1");
    }
}
