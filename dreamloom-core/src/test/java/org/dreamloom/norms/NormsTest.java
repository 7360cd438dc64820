package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormsTest {

    @Test
    void bothSamplesHoldTheSameIndicatorsWithValuesInRange() {
        List<Norms.Entry> female = Norms.entries(Norms.Sex.FEMALE);
        List<Norms.Entry> male = Norms.entries(Norms.Sex.MALE);
        assertThat(female).hasSize(28);
        assertThat(female.stream().map(Norms.Entry::name).toList())
                .isEqualTo(male.stream().map(Norms.Entry::name).toList())
                .contains("Male/Female %", "A/C index", "Dreams with >=1 Striving %")
                .doesNotContain("Group %", "Characters per dream");
        assertThat(female).allSatisfy(e -> {
            assertThat(e.value()).isBetween(0.0, 1.0);
            assertThat(e.denominator()).isPositive();
        });
    }

    @Test
    void publishedValuesAreStoredAsProportions() {
        Norms.Entry mf = Norms.entries(Norms.Sex.MALE).get(0);
        assertThat(mf.name()).isEqualTo("Male/Female %");
        assertThat(mf.value()).isEqualTo(0.67);
        assertThat(Norms.profile(Norms.Sex.FEMALE).get("A/C index").value()).isCloseTo(0.24,
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void femaleCountsComeFromTheCardsAndMaleCountsAreMarkedAsEstimates() {
        assertThat(Norms.entries(Norms.Sex.FEMALE)).allSatisfy(e -> assertThat(e.denominatorSource())
                .isEqualTo(e.name().startsWith("Dreams with") ? "published" : "cards"));
        assertThat(Norms.entries(Norms.Sex.MALE)).allSatisfy(e -> assertThat(e.denominatorSource())
                .isEqualTo(e.name().startsWith("Dreams with") ? "published" : "estimated"));
        assertThat(Norms.profile(Norms.Sex.MALE).notes()).singleElement().asString().contains("estimates");
        assertThat(Norms.profile(Norms.Sex.FEMALE).notes()).isEmpty();
        assertThat(Norms.profile(Norms.Sex.FEMALE).dreams()).isEqualTo(500);
        assertThat(Norms.Sex.parse("Female")).isEqualTo(Norms.Sex.FEMALE);
        assertThat(Norms.Sex.parse("other")).isNull();
    }
}
