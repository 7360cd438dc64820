package org.dreamloom.coding.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dreamloom.coding.emotions.Fixtures.doc;

import org.junit.jupiter.api.Test;

class DreamLabelerTest {
    private final DreamLabeler labeler = new DreamLabeler();

    @Test
    void wakingFromFearIsANightmare() {
        DreamLabels l = labeler.labels(doc("A man with a knife chased me through the house. I woke up screaming."));
        assertThat(l.nightmare().value()).isTrue();
        assertThat(l.nightmare().score()).isGreaterThanOrEqualTo(0.5);
        assertThat(l.nightmare().evidence()).extracting(e -> e.text()).contains("woke up", "screaming");
    }

    @Test
    void intenseDominantApprehensionIsANightmare() {
        assertThat(labeler.labels(doc("I was terrified. The walls were closing in and I was afraid I would die."))
                .nightmare().value()).isTrue();
    }

    @Test
    void aReportThatCallsItselfANightmareIsOneUnlessNegated() {
        assertThat(labeler.labels(doc("I had a horrible nightmare about my exam.")).nightmare().value()).isTrue();
        assertThat(labeler.labels(doc("It was not a nightmare, just odd.")).nightmare().value()).isFalse();
    }

    @Test
    void aPleasantDreamIsNeither() {
        DreamLabels l = labeler.labels(doc("I was happy at the beach with my friends. I woke up smiling."));
        assertThat(l.nightmare().value()).isFalse();
        assertThat(l.lucid().value()).isFalse();
        assertThat(l.all()).extracting(DreamLabel::name).containsExactly("nightmare", "lucid");
    }

    @Test
    void knowingOneIsDreamingIsLucidUnlessNegated() {
        DreamLabels l = labeler.labels(doc("I was flying over the town. Suddenly I knew I was dreaming, so I flew higher."));
        assertThat(l.lucid().value()).isTrue();
        assertThat(l.lucid().evidence()).extracting(e -> e.text()).containsExactly("knew I was dreaming");
        assertThat(labeler.labels(doc("I never knew I was dreaming.")).lucid().value()).isFalse();
        assertThat(labeler.labels(doc("I did not realize I was dreaming.")).lucid().value()).isFalse();
    }
}
