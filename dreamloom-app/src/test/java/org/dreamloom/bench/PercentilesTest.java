package org.dreamloom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOnOneToHundred() {
        double[] xs = new double[100];
        for (int i = 0; i < 100; i++) {
            xs[99 - i] = i + 1; // given in descending order: the class sorts
        }
        Percentiles p = new Percentiles(xs);
        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(95)).isEqualTo(95);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.mean()).isEqualTo(50.5);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void smallSamplesGiveObservedValues() {
        Percentiles p = new Percentiles(new double[] {3, 1, 2});
        assertThat(p.at(50)).isEqualTo(2); // rank ceil(1.5) = 2
        assertThat(p.at(95)).isEqualTo(3);
        assertThat(p.at(1)).isEqualTo(1);
        assertThat(new Percentiles(new double[] {7}).at(99)).isEqualTo(7);
    }

    @Test
    void rejectsEmptySamplesAndBadPercentiles() {
        assertThatThrownBy(() -> new Percentiles(new double[0])).hasMessageContaining("at least one sample");
        Percentiles p = new Percentiles(new double[] {1});
        assertThatThrownBy(() -> p.at(0)).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> p.at(101)).hasMessageContaining("(0, 100]");
    }
}
