package org.dreamloom.coding.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dreamloom.coding.emotions.Fixtures.codes;
import static org.dreamloom.coding.emotions.Fixtures.doc;

import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodedItem;
import org.junit.jupiter.api.Test;

class ObjectCoderTest {
    private final ObjectCoder coder = new ObjectCoder();

    private List<CodedItem> code(String text) {
        return coder.code(doc(text), Card.empty("t", "1", text));
    }

    @Test
    void bodyPartClasses() {
        assertThat(codes(code("He hit me on the head. My arm hurt, my stomach ached and my heart pounded.")))
                .containsExactly("BH", "BE", "BT", "BA");
        assertThat(codes(code("She covered her breasts."))).containsExactly("BS");
    }

    @Test
    void bodyWordsUsedAsOtherWordsAreNotCoded() {
        assertThat(code("I came back and had to face the music.")).extracting(CodedItem::code).doesNotContain("BT", "BH");
    }

    @Test
    void otherClassesAndEachObjectOnce() {
        assertThat(codes(code("I put the money in my coat and drove the car home. The car was red.")))
                .containsExactly("MO", "CL", "TR", "AR");
    }

    @Test
    void unlistedNounsAreClassifiedThroughWordNet() {
        assertThat(WordNetClasses.shared().classOf("blouse")).isEqualTo("CL");
        assertThat(WordNetClasses.shared().classOf("bayonet")).isEqualTo("IW");
        assertThat(WordNetClasses.shared().classOf("xyzzyq")).isNull();
        assertThat(codes(code("She handed me a bayonet."))).containsExactly("IW");
    }

    @Test
    void evidencePointsAtTheNoun() {
        String text = "I lost my purse.";
        assertThat(code(text)).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("MO");
            assertThat(i.evidence()).extracting(e -> text.substring(e.start(), e.end())).containsExactly("purse");
        });
    }
}
