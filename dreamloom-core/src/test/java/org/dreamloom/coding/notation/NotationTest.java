package org.dreamloom.coding.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.io.cards.CardJson;
import org.junit.jupiter.api.Test;

/** Every code of the human-coded norms cards parses and round-trips; bad codes get clear messages. */
class NotationTest {

    private static List<Card> gold() throws IOException {
        String shared = System.getProperty("dreamloom.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "dreamloom.shared is not set");
        Path file = Path.of(shared, "data/hvdc/norms-female-cards.jsonl");
        List<Card> cards = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                cards.add(CardJson.parse(line));
            }
        }
        return cards;
    }

    @Test
    void everyGoldCodeParsesAndRoundTrips() throws IOException {
        List<Card> cards = gold();
        int total = 0;
        int nonCanonical = 0;
        Map<String, Integer> perCategory = new TreeMap<>();
        Map<String, Integer> variants = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Card card : cards) {
            for (Category category : Category.values()) {
                for (String code : card.codes(category)) {
                    total++;
                    Code parsed;
                    try {
                        parsed = Notation.parse(category, code);
                    } catch (NotationException e) {
                        failures.add(card.number() + " " + category.key() + ": " + e.getMessage());
                        continue;
                    }
                    String canonical = parsed.format();
                    assertThat(Notation.parse(category, canonical)).as(code).isEqualTo(parsed);
                    assertThat(canonical.replace(" ", "")).as("only spacing may change: " + code)
                            .isEqualTo(code.replace(" ", ""));
                    if (!canonical.equals(code)) {
                        nonCanonical++;
                        perCategory.merge(category.key(), 1, Integer::sum);
                        variants.merge(category.key() + ": '" + code + "' -> '" + canonical + "'", 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(total).isGreaterThan(9000);
        System.out.printf("notation: %d codes in %d gold cards parse; %d not in canonical spelling %s%n", total,
                cards.size(), nonCanonical, perCategory);
        variants.forEach((v, n) -> System.out.println("  " + n + "x " + v));
    }

    @Test
    void canonicalSpellings() {
        assertThat(Notation.canonical(Category.AGGRESSION, "D 3> 1FMA +1MKA")).isEqualTo("D 3> 1FMA + 1MKA");
        assertThat(Notation.canonical(Category.AGGRESSION, "1MEA 6> D + 1FTT")).isEqualTo("1MEA 6> D + 1FTT");
        assertThat(Notation.canonical(Category.AGGRESSION, " D 1* ")).isEqualTo("D 1*");
        assertThat(Notation.canonical(Category.EMOTIONS, "HA,D+1FSA")).isEqualTo("HA,D + 1FSA");
        assertThat(Notation.canonical(Category.ACTIVITIES, "D+ 2IUA E")).isEqualTo("D + 2IUA E");
        assertThat(Notation.canonical(Category.MISFORTUNE, "M5, D")).isEqualTo("M5,D");
    }

    @Test
    void partsAreReadable() {
        InteractionCode i = InteractionCode.parse("1MSA 7> D + 1FKA");
        assertThat(i.level()).isEqualTo(7);
        assertThat(i.type()).isEqualTo('>');
        assertThat(i.initiator().members()).containsExactly(new CharacterCode(1, 'M', 'S', 'A'));
        assertThat(i.target().orElseThrow().includesDreamer()).isTrue();
        assertThat(CharacterCode.parse("2ANI").isAnimal()).isTrue();
        assertThat(CharacterCode.parse("1CZZ").isCreature()).isTrue();
        assertThat(CharacterCode.parse("2JKA").isGroup()).isTrue();
        assertThat(SettingCode.parse("NS")).isEqualTo(SettingCode.NONE);
        assertThat(ObjectCode.parse("BT").objectClass().isBodyPart()).isTrue();
        assertThat(ActivityCode.parse("Q V> D").actors().members()).containsExactly(Participant.UNIDENTIFIED);
        assertThat(ActivityCode.parse("X9 V> D").actors().members()).containsExactly(new Participant.Other("X9"));
        assertThat(InteractionCode.parse("Q 4R D").initiator().members()).containsExactly(Participant.UNIDENTIFIED);
        assertThat(EmotionCode.parse("HA,D").isNegative()).isFalse();
    }

    @Test
    void problemsOfACardNameCategoryAndCode() {
        Card card = Card.empty("s", "1", "r")
                .with(Category.CHARACTERS, java.util.List.of(org.dreamloom.coding.CodedItem.human("1MKA"),
                        org.dreamloom.coding.CodedItem.human("1MKQ")))
                .with(Category.EMOTIONS, java.util.List.of(org.dreamloom.coding.CodedItem.human("AP,D")));
        assertThat(Notation.problems(card)).containsExactly(
                "characters: '1MKQ': character '1MKQ' has age 'Q', not one of A T C B");
    }

    @Test
    void badCodesAreNamedWithTheProblem() {
        assertThatThrownBy(() -> Notation.parse(Category.CHARACTERS, "1XKA"))
                .isInstanceOf(NotationException.class).hasMessageContaining("'1XKA'").hasMessageContaining("sex 'X'");
        assertThatThrownBy(() -> Notation.parse(Category.CHARACTERS, "9MKA")).hasMessageContaining("number 1-8");
        assertThatThrownBy(() -> Notation.parse(Category.CHARACTERS, "1MK")).hasMessageContaining("4 letters");
        assertThatThrownBy(() -> Notation.parse(Category.FRIENDLINESS, "D 8> 1MKA"))
                .hasMessageContaining("friendliness levels are 1-7");
        assertThatThrownBy(() -> Notation.parse(Category.AGGRESSION, "D 3> 1MZA")).hasMessageContaining("identity 'Z'");
        assertThatThrownBy(() -> Notation.parse(Category.AGGRESSION, "D 3>")).hasMessageContaining("needs a target");
        assertThatThrownBy(() -> Notation.parse(Category.AGGRESSION, "D 3* 1MKA")).hasMessageContaining("no target");
        assertThatThrownBy(() -> Notation.parse(Category.AGGRESSION, "D hits 1MKA"))
                .hasMessageContaining("INITIATOR LEVEL TYPE TARGET");
        assertThatThrownBy(() -> Notation.parse(Category.AGGRESSION, "D 3> 1MKA ++ D")).hasMessageContaining("empty member");
        assertThatThrownBy(() -> Notation.parse(Category.SETTINGS, "XF")).hasMessageContaining("location 'X'");
        assertThatThrownBy(() -> Notation.parse(Category.OBJECTS, "ZZ")).hasMessageContaining("not an object class");
        assertThatThrownBy(() -> Notation.parse(Category.EMOTIONS, "JO,D")).hasMessageContaining("emotion 'JO'");
        assertThatThrownBy(() -> Notation.parse(Category.EMOTIONS, "AP")).hasMessageContaining("comma is missing");
        assertThatThrownBy(() -> Notation.parse(Category.SUCCESS, "FL,D")).hasMessageContaining("starting with SU");
        assertThatThrownBy(() -> Notation.parse(Category.MISFORTUNE, "M7,D")).hasMessageContaining("'M7'");
        assertThatThrownBy(() -> Notation.parse(Category.MODIFIERS, "S")).hasMessageContaining("scale letter");
        assertThatThrownBy(() -> Notation.parse(Category.ACTIVITIES, "D")).hasMessageContaining("ACTORS TYPE");
    }
}
