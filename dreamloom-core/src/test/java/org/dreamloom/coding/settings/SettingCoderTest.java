package org.dreamloom.coding.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dreamloom.coding.emotions.Fixtures.codes;
import static org.dreamloom.coding.emotions.Fixtures.doc;

import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodedItem;
import org.junit.jupiter.api.Test;

class SettingCoderTest {
    private final SettingCoder coder = new SettingCoder();

    private List<CodedItem> code(String text) {
        return coder.code(doc(text), Card.empty("t", "1", text));
    }

    @Test
    void locationAndFamiliarity() {
        assertThat(codes(code("I was sitting in my kitchen with a cup of tea."))).containsExactly("IF");
        assertThat(codes(code("We were walking down a strange street at night."))).containsExactly("OU");
        assertThat(codes(code("I was in a large house with many rooms."))).containsExactly("IQ");
        assertThat(codes(code("I was in Chicago, on a street near the lake."))).containsExactly("OG");
    }

    @Test
    void aBuildingSeenFromOutsideIsAnOutdoorSetting() {
        assertThat(codes(code("I was standing out by the barn."))).containsExactly("OQ");
        assertThat(codes(code("We sat in front of someone's cabin."))).containsExactly("OQ");
        assertThat(codes(code("I was standing on the bank of a small pond."))).containsExactly("OQ");
        // "across the hall" and "the front porch" stay indoors
        assertThat(codes(code("A girl lived across the hall."))).containsExactly("IQ");
    }

    @Test
    void anOutdoorActivityIsNotReplacedByAPlaceMerelyLookedAt() {
        assertThat(codes(code("I was riding a bicycle and looked at the building."))).containsExactly("OQ");
        assertThat(codes(code("I was riding with a boy who is a student here at school."))).containsExactly("OQ");
        assertThat(codes(code("I was in the park and then in the library."))).containsExactly("OQ");
    }

    @Test
    void aSceneChangeStartsANewSetting() {
        assertThat(codes(code("I was in a classroom taking a test. The scene changed and I was on a beach.")))
                .containsExactly("IQ", "OQ");
    }

    @Test
    void aScenePhraseAtTheStartOpensTheFirstScene() {
        assertThat(codes(code("In this dream I found myself in a big hotel. Then I found myself on a beach.")))
                .containsExactly("IQ", "OQ");
        // after a told event with no place, the scene phrase does close a first, placeless scene
        assertThat(codes(code("I was writing letters to my friends when I found myself on a beach.")))
                .containsExactly("AQ", "OQ");
    }

    @Test
    void aPlaceRightAfterAnotherIsItsContainer() {
        // the yard is where the dreamer is; home only says whose yard
        assertThat(codes(code("The setting was the back yard at home. Neighbors came over."))).containsExactly("OF");
        // "in the back yard" is where the dreamer is, a house looked at is not
        assertThat(codes(code("I saw the old house. I was playing in the back yard."))).containsExactly("OQ");
    }

    @Test
    void reportsWithoutPlaceWordsAreAmbiguous() {
        assertThat(codes(code("I was talking to someone about my exams."))).containsExactly("AQ");
    }

    @Test
    void evidencePointsAtThePlaceWord() {
        String text = "I found myself in a hospital.";
        CodedItem it = code(text).get(0);
        assertThat(it.evidence()).extracting(e -> text.substring(e.start(), e.end())).contains("hospital");
    }

    @Test
    void aRegionIsTheSettingOnlyWhenNothingNearerIsNamed() {
        assertThat(codes(code("I was in a strange city. At the hotel I had a small room."))).containsExactly("IU");
        assertThat(codes(code("We were downtown looking at the crowds."))).containsExactly("OQ");
    }

    @Test
    void anEventIsIndoorsOnlyWhenTheDreamerIsAtIt() {
        assertThat(codes(code("I was at a party with my friends."))).containsExactly("IQ");
        assertThat(codes(code("A boy asked me to dance and I said yes."))).containsExactly("AQ");
    }

    @Test
    void theBackRoomIsNoJourney() {
        assertThat(codes(code("I was sitting in the back room of a diner."))).containsExactly("IQ");
        assertThat(codes(code("I was on my way home when it rained."))).containsExactly("OF");
    }
}
