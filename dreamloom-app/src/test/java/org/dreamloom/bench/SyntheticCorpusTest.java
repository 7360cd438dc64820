package org.dreamloom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
    private static final List<CorpusReport> ORIGINALS = List.of(
            new CorpusReport("a", "ann", "1990", "female", "I was at home. My mother called me! Was it late?"),
            new CorpusReport("a", "ann", "1991-02", "female", "We walked to school. The bus never came."),
            new CorpusReport("b", "bob", "", "male", "A dog barked at the door."));

    private static List<CorpusReport> all(Iterable<CorpusReport> it) {
        List<CorpusReport> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    @Test
    void sameSeedSameCorpusOtherSeedOtherText() {
        List<CorpusReport> one = all(new SyntheticCorpus(ORIGINALS, 7).scaled(10));
        List<CorpusReport> two = all(new SyntheticCorpus(ORIGINALS, 7).scaled(10));
        List<CorpusReport> other = all(new SyntheticCorpus(ORIGINALS, 8).scaled(10));
        assertThat(one).hasSize(30).isEqualTo(two);
        assertThat(one.subList(3, 30)).isNotEqualTo(other.subList(3, 30));
        // random access agrees with iteration
        assertThat(new SyntheticCorpus(ORIGINALS, 7).report(17)).isEqualTo(one.get(17));
    }

    @Test
    void originalsFirstThenRecombinedSentencesWithTheTemplatesMetadataAndLength() {
        SyntheticCorpus c = new SyntheticCorpus(ORIGINALS, 1);
        assertThat(c.poolSize()).isEqualTo(6);
        Set<String> pool = new HashSet<>(List.of("I was at home.", "My mother called me!", "Was it late?",
                "We walked to school.", "The bus never came.", "A dog barked at the door."));
        List<CorpusReport> scaled = all(c.scaled(4));
        assertThat(scaled.subList(0, 3)).isEqualTo(ORIGINALS);
        for (int i = 3; i < scaled.size(); i++) {
            CorpusReport r = scaled.get(i);
            CorpusReport template = ORIGINALS.get(i % 3);
            assertThat(r.series()).isEqualTo(template.series());
            assertThat(r.dreamer()).isEqualTo(template.dreamer());
            assertThat(r.date()).isEqualTo(template.date());
            assertThat(r.sex()).isEqualTo(template.sex());
            String[] sentences = r.text().split("(?<=[.!?]) ");
            assertThat(sentences).hasSize(new int[] {3, 2, 1}[i % 3]);
            assertThat(pool).contains(sentences);
        }
    }

    @Test
    void sampleSpreadsOverTheScaledCorpus() {
        SyntheticCorpus c = new SyntheticCorpus(ORIGINALS, 1);
        List<CorpusReport> s = c.sample(10, 5);
        assertThat(s).hasSize(5);
        assertThat(s.get(0)).isEqualTo(ORIGINALS.get(0));
        assertThat(s.get(4)).isEqualTo(c.report(24)); // 4 * 30 / 5
        assertThat(c.sample(1, 100)).isEqualTo(ORIGINALS);
    }

    @Test
    void refusesEmptyCorpusAndBadFactors() {
        assertThatThrownBy(() -> new SyntheticCorpus(List.of(), 1)).hasMessageContaining("empty corpus");
        assertThatThrownBy(() -> new SyntheticCorpus(ORIGINALS, 1).scaled(0)).hasMessageContaining("at least 1");
    }
}
