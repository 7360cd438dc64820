package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleKindTest {

    @Test
    void personSeriesThresholds() {
        assertThat(SampleKind.PERSON.sizeWarning("Barb", 60)).get().asString()
                .contains("only 60 dreams").contains("75–100");
        assertThat(SampleKind.PERSON.sizeWarning("Barb", 80)).get().asString().contains("low end");
        assertThat(SampleKind.PERSON.sizeWarning("Barb", 100)).isEmpty();
    }

    @Test
    void oneDreamIsSaidInTheSingular() {
        assertThat(SampleKind.PERSON.sizeWarning("Barb", 1)).get().asString().contains("only 1 dream,");
    }

    @Test
    void groupThresholds() {
        assertThat(SampleKind.GROUP.sizeWarning("students", 90)).get().asString().contains("100–125");
        assertThat(SampleKind.GROUP.sizeWarning("students", 110)).get().asString().contains("low end");
        assertThat(SampleKind.GROUP.sizeWarning("students", 125)).isEmpty();
    }

    @Test
    void unknownSetsMentionBothRecommendations() {
        assertThat(SampleKind.UNKNOWN.sizeWarning("cards.jsonl", 20)).get().asString().contains("only 20")
                .contains("100–125 for a group");
        assertThat(SampleKind.UNKNOWN.sizeWarning("cards.jsonl", 90)).get().asString()
                .contains("if this is a group");
        assertThat(SampleKind.UNKNOWN.sizeWarning("cards.jsonl", 130)).isEmpty();
    }
}
