package org.dreamloom.coding.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractionWordNetBuilderTest {
    @Test
    void regularVerbsGetAllTheirForms() {
        assertThat(InteractionWordNetBuilder.forms("stab", Map.of()))
                .containsExactlyInAnyOrder("stab", "stabs", "stabbed", "stabbing");
        assertThat(InteractionWordNetBuilder.forms("pummel", Map.of()))
                .containsExactlyInAnyOrder("pummel", "pummels", "pummeled", "pummeling");
        assertThat(InteractionWordNetBuilder.forms("bully", Map.of()))
                .containsExactlyInAnyOrder("bully", "bullies", "bullied", "bullying");
        assertThat(InteractionWordNetBuilder.forms("tease", Map.of()))
                .containsExactlyInAnyOrder("tease", "teases", "teased", "teasing");
    }

    @Test
    void irregularAndPhrasalVerbsKeepTheirParticle() {
        Map<String, List<String>> irregular = Map.of("beat", List.of("beaten"), "throw", List.of("threw", "thrown"));
        assertThat(InteractionWordNetBuilder.forms("beat up", irregular))
                .containsExactlyInAnyOrder("beat up", "beats up", "beating up", "beaten up");
        assertThat(InteractionWordNetBuilder.forms("throw out", irregular)).contains("threw out", "thrown out")
                .doesNotContain("throwed out");
    }
}
