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
    void aPetsNameUsedAgainStillNamesThePet() {
        List<CodedItem> items = code("Our dog Rex was sick. My mother sat beside Rex. Later Rex barked.");
        assertThat(items).extracting(CodedItem::code).containsExactly("1ANI", "1FMA");
        assertThat(evidence(items.get(0))).containsExactly("dog", "Rex", "Rex", "Rex");
    }

    @Test
    void aPersonNounAfterNoNamesNobody() {
        assertThat(codes("I was on the stage but there was no audience. A man came in.")).containsExactly("1MSA");
    }

    @Test
    void aPersonOnlyNamedAsWhomSomeoneIsRelatedToIsNotCoded() {
        // the friend is there (sex unknown), the brother is not
        assertThat(codes("I sat in the kitchen with a friend of my brother.")).containsExactly("1IKA");
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
    void aGroupSpelledOutByNamesIsCodedAsItsMembers() {
        assertThat(codes("I was riding in a car with two boys, Leonard and John, with me in between."))
                .containsExactly("1MKA", "1MKA");
        assertThat(codes("I was riding in a car with two boys. It was late.")).containsExactly("2MSA");
    }

    @Test
    void bothParentsCodedApartAreNotCodedAgainAsAPair() {
        assertThat(codes("My parents were there. My mother wore green and my father sat down."))
                .containsExactly("1FMA", "1MFA");
        assertThat(codes("My parents were there. My mother wore green.")).containsExactly("2JXA", "1FMA");
    }

    @Test
    void bothGathersPeopleAlreadyCoded() {
        assertThat(codes("A man and a boy were hurt. An ambulance took both men away."))
                .containsExactly("1MSA", "1MSA");
    }

    @Test
    void animalsListedOrRenamedAreOneCharacter() {
        assertThat(codes("I cared for some tadpoles, frogs, and other similar animals. They grew."))
                .containsExactly("2ANI");
        assertThat(codes("A gray kitten sat there. Suddenly the cat jumped and the animal ran off."))
                .containsExactly("1ANI");
        assertThat(codes("A dog sat there. Suddenly the cat jumped.")).containsExactly("1ANI", "1ANI");
    }

    @Test
    void rarePersonNounsCountAfterANumeral() {
        assertThat(codes("The actor came in with 2 thugs.")).containsExactly("1IOA", "2JSA");
        assertThat(codes("The thugs were there.")).isEmpty();
    }

    @Test
    void presumesTheSexCodersPresumeWhenTheReportNeverTells() {
        assertThat(codes("The doctor came in.")).containsExactly("1MOA");
        assertThat(codes("The doctor came in. She smiled.")).containsExactly("1FOA");
        assertThat(codes("A friend of mine and my husband were there.")).containsExactly("1FKA", "1MHA");
        assertThat(codes("A friend of mine and my wife were there.")).containsExactly("1MKA", "1FWA");
        assertThat(codes("A friend of mine was there.")).containsExactly("1IKA");
    }

    @Test
    void peersOfAWomanDreamerArePresumedWomen() {
        assertThat(codes("My boyfriend and some friends of mine came.")).containsExactly("1MKA", "2FKA");
        assertThat(codes("Some friends of mine came.")).containsExactly("2JKA");
    }

    @Test
    void aCharacterChangingIntoAnotherIsCodedAsOriginalAndChangedForm() {
        assertThat(codes("Then my father changed into my brother.")).containsExactly("7MFA", "8MBA");
        assertThat(codes("Then my father and my brother left.")).containsExactly("1MFA", "1MBA");
    }

    @Test
    void readsAgesStatedAroundTheMention() {
        assertThat(codes("I was with my 11-year-old sister.")).containsExactly("1FTC");
        assertThat(codes("My cousin, who is 17, came.")).containsExactly("1IRT");
        assertThat(codes("My cousin who is 17 years old came.")).containsExactly("1IRT");
        assertThat(codes("My younger sister came.")).containsExactly("1FTA");
        assertThat(codes("My little sister came.")).containsExactly("1FTC");
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
        assertThat(items.get(0).coder()).isEqualTo("characters@5");
    }

    @Test
    void aLaterStatementAboutKnowingTheCharacterDecidesKnownOrStranger() {
        assertThat(codes("A boy came up the stairs. I knew him, but I was surprised to see him.")).containsExactly("1MKA");
        assertThat(codes("Someone came in. I had met him before at a party.")).containsExactly("1MKA");
        assertThat(codes("Someone came in. I didn't know him.")).containsExactly("1MSA");
        // "her" before a noun is a possessive: the woman stays a stranger (and so does her mother)
        assertThat(codes("A woman came in. I knew her mother.")).containsExactly("1FSA", "1FSA");
        // meeting someone in the dream does not make them known
        assertThat(codes("A man stood there. I met him at the door.")).containsExactly("1MSA");
    }

    @Test
    void aPossessorAndWhatIsHisAreTwoCharactersUnlessAParenthesisExplainsAKinTerm() {
        assertThat(codes("I was with my sister. Then my sister's boyfriend came. He was late."))
                .containsExactly("1FTA", "1MKA");
        assertThat(codes("I went to the janitor's wife and asked her.")).containsExactly("1MOA", "1FKA");
        // the parenthesis says who the sister-in-law is: one character
        assertThat(codes("I was at the home of my sister-in-law (my husband's brother's wife).")).hasSize(1);
    }

    @Test
    void aDefinitePluralTakesUpTheGroupBeforeUnlessItsClauseSaysWhichPeople() {
        assertThat(codes("I saw two men fighting. I didn't know the fellows.")).containsExactly("2MSA");
        assertThat(codes("Two friends and I stayed at a house, but we didn't know the people who lived there."))
                .hasSize(2);
        // a group of children is not taken up by "the men"
        assertThat(codes("Some children were playing. Then the men came.")).hasSize(2);
    }

    @Test
    void theKinOfTheDreamersFamilyAreRelatives() {
        assertThat(codes("My brother's wife was there.")).containsExactly("1MBA", "1FRA");
        assertThat(codes("My sister and her two children came to visit.")).containsExactly("1FTA", "2JRC");
        // a stranger's kin stay strangers, a friend's are known
        assertThat(codes("A strange man came in. His wife followed him.")).containsExactly("1MSA", "1FSA");
        assertThat(codes("I was talking to my friend Jane. Her mother came in.")).containsExactly("1FKA", "1FKA");
    }

    @Test
    void kinFollowedByAnotherOwnMentionIsAListNotAnApposition() {
        assertThat(codes("I was with my grandmother, my roommate and her parents.")).containsExactly("1FRA", "1FKA", "2JKA");
    }

    @Test
    void theDreamersSteadyIsOnePersonHoweverSheNamesHim() {
        assertThat(codes("The boy I go with and I were chased by a policeman. The policeman shot my boyfriend."))
                .containsExactly("1MKA", "1MOA");
        // a boy she used to date is someone else than the boy she is pinned to
        assertThat(codes("I had a date with a boy that I used to date. I was afraid the boy I am pinned to would see me."))
                .hasSize(2);
    }

    @Test
    void kinOfSomeoneElseNamedWithOfAreNotTheDreamersKin() {
        assertThat(codes("I talked to the father of a boy from school.")).first().isEqualTo("1MKA");
        assertThat(codes("My father and a friend of mine came in.")).first().isEqualTo("1MFA");
    }

    @Test
    void anExactAgeInParenthesesMarksSomeoneTheDreamerKnows() {
        assertThat(codes("She had a date with a fellow (21) from the college.")).containsExactly("1MKA");
        assertThat(codes("She had a date with a fellow from the college.")).containsExactly("1MSA");
    }
}
