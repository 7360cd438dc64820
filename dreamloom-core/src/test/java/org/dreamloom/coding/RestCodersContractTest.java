package org.dreamloom.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The contract every coder of {@link StandardCoders#rest()} keeps, checked on the same small set of texts. */
class RestCodersContractTest {
    private static final List<String> TEXTS = List.of(
            "",
            "   ",
            "Café au lait — naïve “quotes” and emoji 😀 in the kitchen; I wasn’t afraid.",
            "I was in my house when a man chased me. I screamed, he hit me on the head and I fell. "
                    + "Then the scene changed and I was on a beach with my mother. We hugged and I was happy. "
                    + "I tried to call Bill but I couldn't. I woke up terrified.",
            "no punctuation at all just words about a dog and a car and a street");

    @Test
    void everyItemPointsIntoTheTextAndNamesItsCoder() {
        Card card = new Card("t", "1", "", Map.of(Category.CHARACTERS,
                List.of(CodedItem.human("1MSA"), CodedItem.human("1FMA"), CodedItem.human("1MKA"), CodedItem.human("1ANI"))));
        for (String text : TEXTS) {
            Document doc = TextAnalyzer.shared().analyze(text);
            for (Coder c : StandardCoders.rest()) {
                List<CodedItem> items = c.code(doc, card);
                assertThat(c.code(doc, card)).as("deterministic: %s", c.id()).isEqualTo(items);
                for (CodedItem it : items) {
                    assertThat(it.coder()).isEqualTo(c.id());
                    assertThat(it.code()).isNotBlank();
                    for (Evidence e : it.evidence()) {
                        assertThat(e.end()).isLessThanOrEqualTo(text.length());
                        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
                    }
                }
            }
        }
    }

    @Test
    void theTypicalReportGetsCodesInEveryCategoryItHasCuesFor() {
        String text = TEXTS.get(3);
        CodingPipeline.Builder b = CodingPipeline.builder().add(new Coder() {
            public String name() {
                return "fixed-characters";
            }

            public int version() {
                return 1;
            }

            public java.util.Set<Artifact> requires() {
                return java.util.Set.of();
            }

            public Category produces() {
                return Category.CHARACTERS;
            }

            public List<CodedItem> code(Document d, Card soFar) {
                return List.of(CodedItem.human("1MSA"), CodedItem.human("1FMA"), CodedItem.human("1MKA"));
            }
        });
        StandardCoders.rest().forEach(b::add);
        Card card = b.build().code("t", "1", text);
        assertThat(card.codes(Category.AGGRESSION)).contains("1MSA 6> D", "1MSA 7> D");
        assertThat(card.codes(Category.FRIENDLINESS)).contains("D 6> 1FMA");
        assertThat(card.codes(Category.SETTINGS)).containsExactly("IF", "OQ");
        assertThat(card.codes(Category.OBJECTS)).contains("AR", "BH", "NA");
        assertThat(card.codes(Category.MISFORTUNE)).contains("M3,D");
        assertThat(card.codes(Category.FAILURE)).containsExactly("FL,D");
        assertThat(card.codes(Category.EMOTIONS)).contains("HA,D", "AP,D");
    }
}
