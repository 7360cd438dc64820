package org.dreamloom.io.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.junit.jupiter.api.Test;

class CardJsonTest {

    @Test
    void readsAHumanCard() {
        Card card = CardJson.parse("{\"series\": \"S\", \"number\": \"0007\", \"characters\": [\"1MKA\", \"1ANI\"],"
                + " \"emotions\": [\"AP,D\"], \"report\": \"I saw a dog.\", \"word_count\": 4}");
        assertThat(card.series()).isEqualTo("S");
        assertThat(card.number()).isEqualTo("0007");
        assertThat(card.codes(Category.CHARACTERS)).containsExactly("1MKA", "1ANI");
        assertThat(card.codes(Category.EMOTIONS)).containsExactly("AP,D");
        assertThat(card.codes(Category.AGGRESSION)).isEmpty();
        assertThat(card.items(Category.CHARACTERS).get(0).coder()).isEqualTo(CodedItem.HUMAN);
    }

    @Test
    void numericNumbersAndNullReportsAreKept() {
        Card card = CardJson.parse("{\"series\": \"S\", \"number\": 12, \"report\": null}");
        assertThat(card.number()).isEqualTo("12");
        assertThat(card.report()).isNull();
    }

    @Test
    void evidenceSurvivesARoundTrip() {
        String report = "A woman with dark curls smiled.";
        Card card = Card.empty("S", "1", report).with(Category.CHARACTERS,
                List.of(new CodedItem("1FSA", List.of(Evidence.of(report, 0, 7)), "characters@1")));
        String line = CardJson.format(card);
        assertThat(line).doesNotContain("\n");
        Card back = CardJson.parse(line);
        assertThat(back).isEqualTo(card);
        assertThat(back.items(Category.CHARACTERS).get(0).evidence().get(0).text()).isEqualTo("A woman");
    }

    @Test
    void everyCategoryIsWrittenEvenWhenEmpty() {
        String line = CardJson.format(Card.empty("S", "1", "text"));
        for (Category c : Category.values()) {
            assertThat(line).contains("\"" + c.key() + "\":[]");
        }
    }

    @Test
    void rejectsWhatIsNotACard() {
        assertThatThrownBy(() -> CardJson.parse("[1, 2]")).isInstanceOf(CardFormatException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> CardJson.parse("{\"characters\": \"1MKA\"}")).isInstanceOf(CardFormatException.class)
                .hasMessageContaining("characters");
        assertThatThrownBy(() -> CardJson.parse("{\"series\": ")).isInstanceOf(CardFormatException.class)
                .hasMessageContaining("not valid JSON");
    }
}
