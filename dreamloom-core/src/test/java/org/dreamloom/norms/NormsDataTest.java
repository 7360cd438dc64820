package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.junit.jupiter.api.Test;

/** Recomputes the female denominators of the norms resource from the norm cards (the reproducible step). */
class NormsDataTest {

    @Test
    void femaleDenominatorsAreTheCountsOfTheNormCards() throws Exception {
        Path cards = Path.of(System.getProperty("dreamloom.shared"), "data/hvdc/norms-female-cards.jsonl");
        List<Card> read = NormsDerivation.readCardsWithReport(cards);
        assertThat(read).hasSize(490);
        Map<String, IndicatorValue> derived = NormsDerivation.derive(read);
        for (Norms.Entry e : Norms.entries(Norms.Sex.FEMALE)) {
            if (e.denominatorSource().equals("cards")) {
                assertThat(derived.get(e.name())).as(e.name()).isNotNull();
                assertThat(derived.get(e.name()).denominator()).as(e.name()).isEqualTo(e.denominator());
            }
        }
    }
}
