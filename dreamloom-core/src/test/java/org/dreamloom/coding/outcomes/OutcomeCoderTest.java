package org.dreamloom.coding.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dreamloom.coding.emotions.Fixtures.codes;
import static org.dreamloom.coding.emotions.Fixtures.doc;
import static org.dreamloom.coding.emotions.Fixtures.withCharacters;

import java.util.List;
import org.dreamloom.coding.CodedItem;
import org.junit.jupiter.api.Test;

class OutcomeCoderTest {
    private static List<CodedItem> code(OutcomeCoder c, String text, String... chars) {
        return c.code(doc(text), withCharacters(text, chars));
    }

    @Test
    void misfortunesWithTheCharacterInvolved() {
        assertThat(codes(code(OutcomeCoder.misfortune(), "I fell and was badly hurt."))).containsExactly("M5,D");
        assertThat(codes(code(OutcomeCoder.misfortune(), "My father died in the war.", "1MFA"))).containsExactly("M6,1MFA");
        assertThat(codes(code(OutcomeCoder.misfortune(), "I got lost in the city."))).containsExactly("M1,D");
    }

    @Test
    void successFailureAndGoodFortune() {
        assertThat(codes(code(OutcomeCoder.success(), "I finally managed to open the door."))).containsExactly("SU,D");
        assertThat(codes(code(OutcomeCoder.failure(), "I tried and tried but I was unable to open it."))).containsExactly("FL,D");
        assertThat(codes(code(OutcomeCoder.goodFortune(), "Luckily the bus was still there."))).containsExactly("GF,D");
    }

    @Test
    void aStrivingAndItsEndInOneSentence() {
        String text = "My sister tried to open the window but she couldn't.";
        List<CodedItem> fl = code(OutcomeCoder.failure(), text, "1FTA");
        assertThat(codes(fl)).containsExactly("FL,1FTA");
        assertThat(fl.get(0).evidence()).extracting(e -> e.text()).containsExactly("tried", "couldn't");
        assertThat(codes(code(OutcomeCoder.success(), "I tried again and finally it opened."))).containsExactly("SU,D");
        assertThat(code(OutcomeCoder.failure(), "I tried the soup.")).isEmpty();
    }

    @Test
    void anotherPersonsRefusalIsNoFailureOfTheStriver() {
        assertThat(code(OutcomeCoder.failure(), "I tried to warn my brother, but he would not listen.", "1MBA")).isEmpty();
        assertThat(code(OutcomeCoder.failure(), "We tried to lift the old man but he couldn't stand.", "1MSA")).isEmpty();
        // the striver's own inability, and a thing that will not move, still are failures
        assertThat(codes(code(OutcomeCoder.failure(), "I tried to run but I couldn't.", "1MBA"))).containsExactly("FL,D");
        assertThat(codes(code(OutcomeCoder.failure(), "I tried to open the box, but it wouldn't open.")))
                .containsExactly("FL,D");
    }

    @Test
    void finallyAfterAStrivingIsASuccessOfWhoeverActs() {
        assertThat(codes(code(OutcomeCoder.success(), "We were looking for the house. It was dark. Finally we opened the right door.")))
                .containsExactly("SU,D");
        // no striving before, a thing, or a subject that only undergoes: no success
        assertThat(code(OutcomeCoder.success(), "It was dark. Finally we opened the door.")).isEmpty();
        assertThat(code(OutcomeCoder.success(), "I was looking for it. Finally it came down.")).isEmpty();
        assertThat(code(OutcomeCoder.success(), "I was hoping to act. Finally I was given a part.")).isEmpty();
    }

    @Test
    void negatedOutcomesAreNotCoded() {
        assertThat(code(OutcomeCoder.misfortune(), "Nobody was hurt and I did not fall.")).isEmpty();
    }

    @Test
    void evidencePointsAtTheCue() {
        String text = "The car crashed.";
        assertThat(code(OutcomeCoder.misfortune(), text)).singleElement()
                .satisfies(i -> assertThat(i.evidence()).extracting(e -> e.text()).containsExactly("crashed"));
    }

    @Test
    void aStrivingTurnedDownByButAndANegationIsAFailure() {
        assertThat(codes(code(OutcomeCoder.failure(), "I kept trying to pull it out, but it would not move.")))
                .containsExactly("FL,D");
        assertThat(codes(code(OutcomeCoder.failure(), "I was looking for my coat, but it was never there.")))
                .containsExactly("FL,D");
        // looking at something is no search; a "but" with no negation no failure
        assertThat(code(OutcomeCoder.failure(), "I was looking at him, but he was not there.")).isEmpty();
        assertThat(code(OutcomeCoder.failure(), "I tried the door, but it opened.")).isEmpty();
    }

    @Test
    void aStrivingOrALuckyEventIsCodedOncePerReport() {
        String text = "I tried and finally managed to climb the wall. Later I managed to open the gate.";
        assertThat(codes(code(OutcomeCoder.success(), text))).containsExactly("SU,D");
    }

    @Test
    void receivingGoodsIsGoodFortuneButReceivingACallIsNot() {
        assertThat(codes(code(OutcomeCoder.goodFortune(), "I received a new watch for my birthday."))).containsExactly("GF,D");
        assertThat(code(OutcomeCoder.goodFortune(), "I received a phone call from home.")).isEmpty();
        assertThat(codes(code(OutcomeCoder.goodFortune(), "At the hospital I was cured of my illness."))).containsExactly("GF,D");
    }

    @Test
    void skilledDeedsAreSuccesses() {
        assertThat(codes(code(OutcomeCoder.success(), "I ran after the thief and captured him."))).containsExactly("SU,D");
        assertThat(codes(code(OutcomeCoder.success(), "I did all the jumps flawlessly."))).containsExactly("SU,D");
    }

    @Test
    void phrasesThatOnlyContainAMisfortuneWordAreNoMisfortune() {
        assertThat(code(OutcomeCoder.misfortune(), "I fell asleep on the couch.")).isEmpty();
        assertThat(code(OutcomeCoder.misfortune(), "We walked home late at night and a fire door opened.")).isEmpty();
        assertThat(codes(code(OutcomeCoder.misfortune(), "I was late for my exam."))).containsExactly("M1,D");
    }

    @Test
    void predicamentsAreMisfortunesOfTheFirstDegree() {
        assertThat(codes(code(OutcomeCoder.misfortune(), "I did not know where I was."))).containsExactly("M1,D");
        assertThat(codes(code(OutcomeCoder.misfortune(), "We were on the wrong bus."))).containsExactly("M1,D");
        assertThat(codes(code(OutcomeCoder.misfortune(), "I had extreme pains in my side."))).containsExactly("M5,D");
    }

    @Test
    void aSearchWhoseFailureIsToldInTheNextSentence() {
        assertThat(codes(code(OutcomeCoder.failure(), "I hunted up and down the street. I still couldn't find it.")))
                .containsExactly("FL,D");
        // being hunted is no striving of the dreamer's
        assertThat(code(OutcomeCoder.failure(), "We were hunted by the police. We couldn't sleep.")).isEmpty();
    }

    @Test
    void birthsAndGiftsAreGoodFortune() {
        assertThat(codes(code(OutcomeCoder.goodFortune(), "We celebrated the birth of a new cousin."))).containsExactly("GF,D");
        assertThat(codes(code(OutcomeCoder.goodFortune(), "My sister showed me the ring my fiance had bought for me.",
                "1FTA", "1MFA"))).hasSize(1);
    }
}
