package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dreamloom.coding.Card;
import org.junit.jupiter.api.Test;

/**
 * The human codes of the female norm cards, compared with the published female norms, must agree: |h| ≤ 0.1 on
 * every indicator. Runs once {@link Indicators#compute} exists; until then it is skipped by an assumption.
 */
class GoldCardsVsFemaleNormsIT {

    @Test
    void humanCodesOfTheNormCardsReproduceTheFemaleNorms() throws Exception {
        List<Card> cards = NormsDerivation.readCardsWithReport(
                Path.of(System.getProperty("dreamloom.shared"), "data/hvdc/norms-female-cards.jsonl"));
        Profile gold = Profile.of("the female norm cards", cards, SampleKind.GROUP);
        Comparison c = new Comparisons(2000, RandomizationTest.DEFAULT_SEED)
                .compare(gold, Norms.profile(Norms.Sex.FEMALE));
        List<Comparison.Row> compared = c.indicators().stream().filter(r -> r.reference() != null).toList();
        assertThat(compared).hasSize(Norms.entries(Norms.Sex.FEMALE).size());
        assertThat(compared).allSatisfy(r -> {
            assertThat(r.h()).as(r.name()).isNotNull();
            assertThat(Math.abs(r.h())).as(r.name() + " h").isLessThanOrEqualTo(0.1);
        });
    }
}
