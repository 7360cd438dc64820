package org.dreamloom.coding.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dreamloom.coding.emotions.Fixtures.codes;
import static org.dreamloom.coding.emotions.Fixtures.doc;
import static org.dreamloom.coding.emotions.Fixtures.withCharacters;

import java.util.List;
import org.dreamloom.coding.Artifact;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.junit.jupiter.api.Test;

class InteractionCoderTest {
    private static List<CodedItem> code(InteractionCoder c, String text, String... characters) {
        return c.code(doc(text), withCharacters(text, characters));
    }

    @Test
    void initiatorAndTargetComeFromSubjectAndObject() {
        InteractionCoder agg = InteractionCoder.aggression();
        assertThat(codes(code(agg, "A man came up and hit me.", "1MSA"))).containsExactly("1MSA 7> D");
        assertThat(codes(code(agg, "I yelled at my brother.", "1MBA"))).containsExactly("D 2> 1MBA");
        assertThat(codes(code(agg, "My mother and my father came. My father killed the dog.", "1FMA", "1MFA", "1ANI")))
                .containsExactly("1MFA 8> 1ANI");
    }

    @Test
    void passivesSwapInitiatorAndTarget() {
        assertThat(codes(code(InteractionCoder.aggression(), "I was chased by a big dog.", "1ANI")))
                .containsExactly("1ANI 6> D");
        assertThat(codes(code(InteractionCoder.aggression(), "The man was yelling at me.", "1MSA")))
                .as("progressive, not passive").containsExactly("1MSA 2> D");
    }

    @Test
    void fleeingFromSomeoneIsBeingChasedByThem() {
        assertThat(codes(code(InteractionCoder.aggression(), "I ran away from a tall man.", "1MSA")))
                .containsExactly("1MSA 6> D");
        assertThat(codes(code(InteractionCoder.aggression(), "My sister tried to get away from the man.", "1FTA", "1MSA")))
                .containsExactly("1MSA 6> 1FTA");
    }

    @Test
    void aParticipleAfterAnAdverbOrAVerbOfFeelingIsPassive() {
        assertThat(codes(code(InteractionCoder.aggression(), "At the party I was completely ignored by my brother.", "1MBA")))
                .containsExactly("1MBA 3> D");
        // words that hurt with no agent come from the other person in the scene
        assertThat(codes(code(InteractionCoder.aggression(), "I looked at the woman and she was quite insulted.", "1FSA")))
                .containsExactly("D 3> 1FSA");
        // an adjective after an adverb is no passive: the rude one is the subject
        assertThat(codes(code(InteractionCoder.aggression(), "My father was very rude to me.", "1MFA")))
                .containsExactly("1MFA 3> D");
    }

    @Test
    void aRelationshipNounOrSomeoneElsesCeremonyIsNoFriendliness() {
        assertThat(code(InteractionCoder.friendliness(), "I went swimming with a friend of my fiance.", "1MKA", "1MKA"))
                .isEmpty();
        assertThat(code(InteractionCoder.friendliness(), "I wore the dress from the wedding of my sister.", "1FTA"))
                .isEmpty();
        // marrying someone in the dream still is
        assertThat(codes(code(InteractionCoder.friendliness(), "I married my boyfriend.", "1MKA")))
                .containsExactly("D 7= 1MKA");
    }

    @Test
    void aDegreeAdverbBeforeTheCueIsNoThingThatActs() {
        // "a very belligerent" reads like "the car hit" unless "very" is known to be no noun
        assertThat(codes(code(InteractionCoder.aggression(), "My aunt answered in a very belligerent manner.", "1FRA")))
                .containsExactly("1FRA 2> D");
    }

    @Test
    void aFeelingParticipleAimedAtSomeoneIsTheSubjectsHostility() {
        // "disgusted with me", "annoyed at me": the subject feels it towards the dreamer, nobody acted on the subject
        assertThat(codes(code(InteractionCoder.aggression(), "I told him the truth and he was very disgusted with me.",
                "1MKA"))).containsExactly("1MKA 1> D");
        assertThat(codes(code(InteractionCoder.aggression(), "My sister was quite annoyed at me.", "1FTA")))
                .containsExactly("1FTA 1> D");
    }

    @Test
    void verbsKnownOnlyFromWordNetAreCoded() {
        // "pummeled", "consoled" and "berates" are in no hand-written list: WordNet files them under attack, comfort
        // and rebuke
        assertThat(codes(code(InteractionCoder.aggression(), "A man came up and pummeled me.", "1MSA")))
                .containsExactly("1MSA 7> D");
        assertThat(codes(code(InteractionCoder.friendliness(), "My aunt soothed me.", "1FRA")))
                .containsExactly("1FRA 4> D");
        assertThat(codes(code(InteractionCoder.aggression(), "My father berates my brother.", "1MFA", "1MBA")))
                .containsExactly("1MFA 3> 1MBA");
        // a verb that is mostly a noun ("dog", "whip") is left out in its bare form
        assertThat(code(InteractionCoder.aggression(), "The man had a dog and a whip.", "1MSA")).isEmpty();
    }

    @Test
    void anUncodedPersonOnOneSideMakesTheDreamerTheOtherSide() {
        // "they" has no code on a card with only a woman: someone uncoded refuses the dreamer
        assertThat(codes(code(InteractionCoder.aggression(), "I asked them to help me, but they wouldn't.", "1FSA")))
                .containsExactly("Q 3> D");
        assertThat(codes(code(InteractionCoder.aggression(), "They would not pick me up.", "1FSA")))
                .as("aimed at the dreamer by no one coded").containsExactly("Q 3> D");
        assertThat(codes(code(InteractionCoder.aggression(), "I waved at the woman. She would not pick me up.", "1FSA")))
                .as("a coded character does it").containsExactly("1FSA 3> D");
        assertThat(codes(code(InteractionCoder.aggression(), "The few cars that went by would not pick me up.")))
                .as("'by' ends a relative clause; it is no thing that acts").containsExactly("Q 3> D");
    }

    @Test
    void theOneHeldIsTheTargetAndAPossessiveIsNoTarget() {
        assertThat(codes(code(InteractionCoder.aggression(), "A man in a mask came. I was awaiting ransom.", "1MSA")))
                .as("the dreamer is the one held").containsExactly("Q 6> D");
        assertThat(codes(code(InteractionCoder.aggression(), "My father hit my brother.", "1MFA", "1MBA")))
                .containsExactly("1MFA 7> 1MBA");
    }

    @Test
    void theOwnerOfTheArmsHoldsThePersonBeforeThem() {
        assertThat(codes(code(InteractionCoder.friendliness(), "I was holding a little girl in my arms.", "1FSC")))
                .containsExactly("D 6> 1FSC");
        assertThat(codes(code(InteractionCoder.friendliness(), "I met a man. Later I was in his arms.", "1MSA")))
                .containsExactly("1MSA 6> D");
    }

    @Test
    void aGiftNeedsSomeoneItIsFor() {
        assertThat(code(InteractionCoder.friendliness(), "My sister and her husband had just bought a cottage.", "1FTA",
                "1MRA")).as("a purchase").isEmpty();
        assertThat(codes(code(InteractionCoder.friendliness(), "My sister bought a scarf for me.", "1FTA")))
                .containsExactly("1FTA 4> D");
    }

    @Test
    void anUnnamedAggressorIsCodedQ() {
        assertThat(codes(code(InteractionCoder.aggression(), "Then I was pushed into a closet.", "1MSA")))
                .containsExactly("Q 7> D");
        assertThat(code(InteractionCoder.aggression(), "The man was killed.", "1MSA")).as("a misfortune").isEmpty();
    }

    @Test
    void mutualActsUseTheEqualsType() {
        assertThat(codes(code(InteractionCoder.aggression(), "My boyfriend and I argued about money.", "1MKA")))
                .containsExactly("D 3= 1MKA");
        assertThat(codes(code(InteractionCoder.friendliness(), "I married my boyfriend.", "1MKA")))
                .containsExactly("D 7= 1MKA");
    }

    @Test
    void negatedAndHypotheticalActsAreNotCoded() {
        InteractionCoder agg = InteractionCoder.aggression();
        assertThat(code(agg, "The man did not hit me.", "1MSA")).isEmpty();
        assertThat(code(agg, "I thought he would hit me.", "1MSA")).isEmpty();
        assertThat(code(agg, "I turned and almost hit a little kitten.", "1ANI")).isEmpty();
    }

    @Test
    void thingsThatActAreNotAggressors() {
        assertThat(code(InteractionCoder.aggression(), "I saw the man. Then the truck hit him.", "1MSA")).isEmpty();
    }

    @Test
    void friendlinessAndSexualityHaveTheirOwnCoders() {
        assertThat(codes(code(InteractionCoder.friendliness(), "My mother hugged me.", "1FMA"))).containsExactly("1FMA 6> D");
        assertThat(codes(code(InteractionCoder.sexuality(), "Then Bill kissed me.", "1MKA"))).containsExactly("1MKA 3> D");
        assertThat(code(InteractionCoder.sexuality(), "My mother hugged me.", "1FMA")).isEmpty();
    }

    @Test
    void anAngryCharacterShowsHostilityToTheDreamer() {
        assertThat(codes(code(InteractionCoder.aggression(), "The waitress became angry and said I was slow.", "1FOA")))
                .containsExactly("1FOA 2> D");
        assertThat(code(InteractionCoder.aggression(), "The waitress was not angry.", "1FOA")).isEmpty();
        assertThat(codes(code(InteractionCoder.aggression(), "Then Bill left early. I was furious.", "1MKA")))
                .containsExactly("D 1> 1MKA");
    }

    @Test
    void aPatternWrittenWithAContractionMatches() {
        // a refusal told with a contraction: the person inside the cue is the one who refuses
        assertThat(codes(code(InteractionCoder.aggression(), "I asked my sister to help, but she wouldn't.", "1FTA")))
                .containsExactly("1FTA 3> D");
    }

    @Test
    void anObjectPronounFixesTheTarget() {
        assertThat(codes(code(InteractionCoder.aggression(), "Then my brother was angry with me.", "1MBA")))
                .containsExactly("1MBA 1> D");
        assertThat(codes(code(InteractionCoder.aggression(), "I came to a party of strangers who ignored me.", "2JSA")))
                .containsExactly("2JSA 3> D");
    }

    @Test
    void anActAimedAtAThingIsNoInteraction() {
        assertThat(code(InteractionCoder.aggression(), "A man was there. I pushed back the curtain.", "1MSA")).isEmpty();
        assertThat(codes(code(InteractionCoder.aggression(), "A man was there. I pushed him.", "1MSA")))
                .containsExactly("D 7> 1MSA");
        assertThat(code(InteractionCoder.aggression(), "A man left and we heard a shot.", "1MSA")).as("a noun").isEmpty();
        assertThat(code(InteractionCoder.sexuality(), "I went up to kiss the cross.", "1MSA")).isEmpty();
        assertThat(code(InteractionCoder.sexuality(), "My friend was petting the dog.", "1FKA", "1ANI")).isEmpty();
    }

    @Test
    void aSlightReportedAsAFeelingIsUndergone() {
        assertThat(codes(code(InteractionCoder.aggression(), "My boyfriend left. I felt sad, lonely, rejected.", "1MKA")))
                .containsExactly("1MKA 3> D");
    }

    @Test
    void civilStatusAndPastRelationshipsAreNotFriendliness() {
        InteractionCoder f = InteractionCoder.friendliness();
        assertThat(code(f, "My friend said she was married.", "1FKA")).isEmpty();
        assertThat(code(f, "I saw some boys I had dated.", "2MKA")).isEmpty();
        assertThat(codes(code(f, "I was going to be married to my boyfriend.", "1MKA"))).containsExactly("D 7= 1MKA");
    }

    @Test
    void evidenceAndContract() {
        String text = "The woman slapped me.";
        List<CodedItem> items = code(InteractionCoder.aggression(), text, "1FSA");
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.evidence()).extracting(e -> text.substring(e.start(), e.end())).containsExactly("slapped");
            assertThat(i.coder()).isEqualTo("aggression@" + InteractionCoder.aggression().version());
        });
        assertThat(InteractionCoder.aggression().requires()).contains(Artifact.of(Category.CHARACTERS));
        assertThat(InteractionCoder.sexuality().produces()).isEqualTo(Category.SEXUALITY);
    }
}
