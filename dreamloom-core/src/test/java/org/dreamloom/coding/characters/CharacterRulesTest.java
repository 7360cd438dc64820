package org.dreamloom.coding.characters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The HVdC rules added in issue 3: who is known, who is a stranger, who is only a word, and when a pair splits. */
class CharacterRulesTest {
    private static final CharacterCoder CODER = new CharacterCoder();

    private static List<String> codes(String text) {
        return CODER.code(TextAnalyzer.shared().analyze(text), Card.empty("", "", text)).stream()
                .map(CodedItem::code).toList();
    }

    @Test
    void strangerCuesSurviveTheClitSplitAndStayInTheirClause() {
        // "didn't" is tokenized "did n't"; the cue must still read as a stranger, not as the known cue "whom I"
        assertThat(codes("A man whom I didn't know came in.")).containsExactly("1MSA");
        // a known cue in another clause says nothing about the girl
        assertThat(codes("In the library a girl asked me if a friend I knew was in my class.")).first().isEqualTo("1FSA");
    }

    @Test
    void peopleKnownInPersonAreKnownEvenWithAnOccupation() {
        assertThat(codes("My psychology professor lived two houses down. The professor waved. He smiled.")).containsExactly("1MKA");
        // (teachers of the time are presumed women when nothing tells)
        assertThat(codes("A teacher who I had for English passed by.")).containsExactly("1FKA");
        assertThat(codes("A teacher whom I can't recall was lining up the chairs.")).containsExactly("1FOA");
        assertThat(codes("We swam until Miss Stover, the teacher, came over.")).containsExactly("1FKA");
    }

    @Test
    void predicatesAddNoCharacter() {
        assertThat(codes("I was just a spectator.")).isEmpty();
        assertThat(codes("I was with a girl with whom I had been close friends in high school.")).hasSize(1);
        assertThat(codes("I met Tom who by the way is my boyfriend.")).containsExactly("1MKA");
        assertThat(codes("I was the only person in the room.")).isEmpty();
    }

    @Test
    void titlesShopsAndPlacesAreNotPeople() {
        assertThat(codes("The movie \"Hansel and Gretal\" was playing.")).isEmpty();
        assertThat(codes("We went shopping at Higbee's. It was crowded.")).isEmpty();
        assertThat(codes("I was at Richmond and Mayfield when I ran out of gas.")).isEmpty();
    }

    @Test
    void aKindOfPersonBeforeAThingIsNoCharacter() {
        assertThat(codes("I was in a girl's dorm.")).isEmpty();
        assertThat(codes("He put on a white doctor's gown.")).isEmpty();
        // a possessed kin noun after "a lot of" stays one person
        assertThat(codes("It took a lot of business from my father.")).containsExactly("1MFA");
    }

    @Test
    void personNounsModifyingAThingAndDescriptionsOfTheDreamerAreNoCharacters() {
        assertThat(codes("We were on a boat similar to a pirate ship.")).isEmpty();
        assertThat(codes("As I neared the building I felt myself a stranger.")).isEmpty();
        // a participle after the noun is what the people do, not a compound
        assertThat(codes("I noticed 3 boys sitting in the back row.")).containsExactly("2MSA");
        assertThat(codes("I used to baby sit for them.")).isEmpty();
        assertThat(codes("Strangers walk by, their forms translucent.")).containsExactly("2JSA");
    }

    @Test
    void aPairToldApartIsTwoIndividuals() {
        assertThat(codes("I was with a nurse and two other girls. One I did not know and the other was pretty."))
                .containsExactly("1FOA", "1FUA", "1FUA");
        assertThat(codes("Two men followed me. They were tall.")).containsExactly("2MSA");
    }

    @Test
    void thirdPersonReportsSpeakOfTheDreamerAsSubject() {
        assertThat(codes("Subject dreamed that she was at home. Her younger sister came in. Then her mother came in."))
                .containsExactly("1FTA", "1FMA");
    }

    @Test
    void initialsAndTitlesName() {
        assertThat(codes("No one in particular except a boy, C., my own age.")).containsExactly("1MKA");
        assertThat(codes("I saw Mr. B. (a married man who lived next door) swimming.")).containsExactly("1MKA");
    }
}
