package org.dreamloom.coding.emotions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.dreamloom.nlp.Document;
import org.junit.jupiter.api.Test;

class CharacterRefsTest {
    private static int index(Document d, String token, int nth) {
        for (int i = 0, seen = 0; i < d.size(); i++) {
            if (d.token(i).equals(token) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError(token);
    }

    @Test
    void nounsNamesAndPronounsAreLinkedToTheCardsCodes() {
        String text = "My mother and Bill came in. She smiled at me and he left.";
        Document d = Fixtures.doc(text);
        CharacterRefs r = CharacterRefs.of(d, Fixtures.withCharacters(text, "1FMA", "1MKA"));
        assertThat(r.refAt(index(d, "mother", 0))).isEqualTo("1FMA");
        assertThat(r.refAt(index(d, "Bill", 0))).isEqualTo("1MKA");
        assertThat(r.refAt(index(d, "She", 0))).isEqualTo("1FMA");
        assertThat(r.refAt(index(d, "he", 0))).isEqualTo("1MKA");
        assertThat(r.refAt(index(d, "me", 0))).isEqualTo(CharacterRefs.DREAMER);
        assertThat(r.refAt(index(d, "came", 0))).isNull();
    }

    @Test
    void evidenceSpansOfTheCharacterCoderWin() {
        String text = "The tall stranger waved.";
        Document d = Fixtures.doc(text);
        int s = text.indexOf("stranger");
        Card card = new Card("t", "1", text, Map.of(Category.CHARACTERS,
                List.of(new CodedItem("1MSA", List.of(Evidence.of(text, s, s + 8)), "characters@1"))));
        assertThat(CharacterRefs.of(d, card).refAt(index(d, "stranger", 0))).isEqualTo("1MSA");
    }

    @Test
    void peopleTheCardDoesNotHaveAreMarkedUnresolved() {
        String text = "He was there.";
        Document d = Fixtures.doc(text);
        assertThat(CharacterRefs.of(d, Card.empty("t", "1", text)).refAt(0)).isEqualTo(CharacterRefs.UNRESOLVED);
    }

    @Test
    void subjectSkipsObjectsAndPrepositionalPhrases() {
        String text = "With my sister beside me, the man grabbed the bag.";
        Document d = Fixtures.doc(text);
        CharacterRefs r = CharacterRefs.of(d, Fixtures.withCharacters(text, "1FTA", "1MSA"));
        Integer subj = r.subjectBefore(index(d, "grabbed", 0));
        assertThat(subj).isNotNull();
        assertThat(r.refAt(subj)).isEqualTo("1MSA");
    }
}
