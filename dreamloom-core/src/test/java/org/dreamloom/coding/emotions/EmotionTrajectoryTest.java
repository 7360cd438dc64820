package org.dreamloom.coding.emotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmotionTrajectoryTest {
    @Test
    void givesEmotionsAndValencePerSentence() {
        EmotionTrajectory t = EmotionTrajectory.of(Fixtures.doc(
                "I was happy at the party. Then a man chased me and I was terrified. I walked home. I was not sad."));
        assertThat(t.sentences()).hasSize(4);
        assertThat(t.sentences().get(0).emotions()).containsExactly("HA");
        assertThat(t.sentences().get(0).valence()).isEqualTo(1.0);
        assertThat(t.sentences().get(1).emotions()).containsExactly("AP");
        assertThat(t.sentences().get(1).valence()).isEqualTo(-1.0);
        assertThat(t.sentences().get(1).evidence()).extracting(e -> e.text()).containsExactly("terrified");
        assertThat(t.sentences().get(2).emotions()).isEmpty();
        assertThat(t.sentences().get(3).emotions()).as("negated").isEmpty();
        assertThat(t.overallValence()).isCloseTo(0.0, within(1e-9));
    }
}
