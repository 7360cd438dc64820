package org.dreamloom.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dreamloom.coding.Card;
import org.junit.jupiter.api.Test;

class GoldSplitTest {

    @Test
    void heldOutWhenTheNumberIsDivisibleByFive() {
        assertThat(GoldSplit.isHeldOut("0005")).isTrue();
        assertThat(GoldSplit.isHeldOut(" 100 ")).isTrue();
        assertThat(GoldSplit.isHeldOut("0")).isTrue();
        assertThat(GoldSplit.isHeldOut("0146")).isFalse();
        assertThat(GoldSplit.isHeldOut("12a")).isFalse();
        assertThat(GoldSplit.isHeldOut("")).isFalse();
    }

    @Test
    void partsAreDisjointAndCoverTheGoldSet() throws Exception {
        List<Card> gold = CardFile.read(Python.gold()).cards();
        List<Card> dev = GoldSplit.DEV.select(gold);
        List<Card> holdout = GoldSplit.HOLDOUT.select(gold);
        assertThat(dev.size() + holdout.size()).isEqualTo(gold.size());
        assertThat(GoldSplit.ALL.select(gold)).hasSameSizeAs(gold);
        assertThat(holdout).noneMatch(GoldSplit.DEV::includes);
        // About a fifth of the cards, as the rule promises.
        assertThat(holdout.size()).isBetween(gold.size() / 5 - 2, gold.size() / 5 + 2);
        System.out.println("gold split: dev " + dev.size() + ", holdout " + holdout.size());
    }

    @Test
    void namesAreChecked() {
        assertThat(GoldSplit.of("Holdout")).isEqualTo(GoldSplit.HOLDOUT);
        assertThatThrownBy(() -> GoldSplit.of("test")).hasMessageContaining("use dev, holdout or all");
    }
}
