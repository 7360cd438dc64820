package org.dreamloom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySetTest {
    @Test
    void standardSetHasEveryKindAndPeerFormsForLexicalAndFiltered() {
        QuerySet qs = QuerySet.standard();
        for (BenchQuery.Kind k : BenchQuery.Kind.values()) {
            assertThat(qs.of(k)).as(k.key()).hasSizeGreaterThanOrEqualTo(10);
        }
        for (BenchQuery q : qs.of(BenchQuery.Kind.LEXICAL)) {
            assertThat(q.hasPeers()).as(q.query()).isTrue();
            assertThat(q.filter()).isNull();
        }
        for (BenchQuery q : qs.of(BenchQuery.Kind.FILTERED)) {
            assertThat(q.filter()).as(q.query()).isNotNull();
            assertThat(q.scan()).isNotEmpty();
        }
        assertThat(qs.of(BenchQuery.Kind.HYBRID)).noneMatch(BenchQuery::hasPeers);
    }

    @Test
    void parsesFiltersAndScanSpecs() {
        QuerySet qs = QuerySet.parse("# comment\n\nfiltered\tdog date:[1960 TO 1980]\tdog\tyear=1960..1980\tdog|puppy;!cat\n"
                + "hybrid\ta dream\n", "t.tsv");
        BenchQuery q = qs.all().get(0);
        assertThat(q.filter()).isEqualTo(new BenchQuery.Filter("year", "1960..1980", 1960, 1980));
        assertThat(q.scan()).containsExactly(new BenchQuery.ScanGroup(List.of("dog", "puppy"), false),
                new BenchQuery.ScanGroup(List.of("cat"), true));
        assertThat(qs.counts()).containsEntry(BenchQuery.Kind.FILTERED, 1).containsEntry(BenchQuery.Kind.HYBRID, 1);
    }

    @Test
    void badLinesNameFileAndLine() {
        assertThatThrownBy(() -> QuerySet.parse("lexical\tx\tx\t-\tx\nfuzzy\tx\n", "q.tsv"))
                .hasMessageStartingWith("q.tsv:2: unknown query kind 'fuzzy'");
        assertThatThrownBy(() -> QuerySet.parse("filtered\tx\tx\t-\tx\n", "q.tsv"))
                .hasMessageStartingWith("q.tsv:1: a filtered query needs a filter");
        assertThatThrownBy(() -> QuerySet.parse("lexical\tx\tx\n", "q.tsv"))
                .hasMessageContaining("q.tsv:1: a lexical query needs 5 tab-separated fields");
        assertThatThrownBy(() -> QuerySet.parse("lexical\tx\tx\tcolour=red\tx\n", "q.tsv"))
                .hasMessageContaining("unknown filter field 'colour'");
        assertThatThrownBy(() -> QuerySet.parse("# only a comment\n", "q.tsv")).hasMessageContaining("no queries");
    }

    @Test
    void linearScanFollowsTheSpec() {
        List<BenchQuery.ScanGroup> spec = QuerySet.parse("lexical\tx\tx\t-\tdog|puppy;!cat\n", "t").all().get(0).scan();
        assertThat(LinearScan.matches(spec, "a puppy ran")).isTrue();
        assertThat(LinearScan.matches(spec, "a dog and a cat")).isFalse();
        assertThat(LinearScan.matches(spec, "a bird")).isFalse();
    }
}
