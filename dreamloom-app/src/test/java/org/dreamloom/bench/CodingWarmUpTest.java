package org.dreamloom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dreamloom.coding.CodingPipeline;
import org.junit.jupiter.api.Test;

/** The coding harness: a timed pass codes every report once, and the warm-up stops on a settled JIT. */
class CodingWarmUpTest {
    private static CodingRun run(double wall, double jit) {
        return new CodingRun(100, 2, wall, wall * 2, wall * 2 + jit, jit, 0);
    }

    @Test
    void settledMeansTwoQuietPassesInARow() {
        CodingRun busy = run(1.0, 0.5);
        CodingRun quiet = run(1.0, 0.05);
        assertThat(CodingWarmUp.quiet(quiet)).isTrue();
        assertThat(CodingWarmUp.quiet(busy)).isFalse();
        assertThat(CodingWarmUp.quiet(run(1.0, -1))).as("an unknown JIT time is never quiet").isFalse();
        assertThat(CodingWarmUp.settled(List.of(quiet))).isFalse();
        assertThat(CodingWarmUp.settled(List.of(busy, quiet, busy, quiet))).isFalse();
        assertThat(CodingWarmUp.settled(List.of(busy, quiet, quiet))).isTrue();
    }

    @Test
    void passesTakeFreshReportsAndWrapRound() {
        List<String> pool = List.of("a", "b", "c", "d", "e");
        assertThat(CodingWarmUp.pass(pool, 0, 2)).containsExactly("a", "b");
        assertThat(CodingWarmUp.pass(pool, 1, 2)).containsExactly("c", "d");
        assertThat(CodingWarmUp.pass(pool, 2, 2)).containsExactly("e", "a");
        assertThat(CodingWarmUp.pass(pool, 3, 9)).as("never more than the pool").containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void aPassCodesEveryReportOnceAndAccountsForItsTime() throws Exception {
        CodingPipeline pipeline = CodingPipeline.builder().build(); // the analyzer alone
        List<String> texts = List.of("I was in a house.", "My sister ran down the road.", "A dog barked at me.");
        CodingRun r = CodingRun.of(pipeline, texts, 2);
        assertThat(pipeline.reportsCoded()).isEqualTo(3);
        assertThat(r.reports()).isEqualTo(3);
        assertThat(r.threads()).isEqualTo(2);
        assertThat(r.wallSeconds()).isPositive();
        assertThat(r.reportsPerSecond()).isPositive();
        assertThat(r.workerCpuSeconds()).isGreaterThanOrEqualTo(0);
        assertThat(r.asMap()).containsKeys("reports_per_s", "worker_cpu_ms_per_report", "jit_s", "gc_s");
    }

    @Test
    void aWarmUpOutOfTimeStillMakesOnePassAndSaysSo() throws Exception {
        CodingPipeline pipeline = CodingPipeline.builder().build();
        List<CodingRun> seen = new ArrayList<>();
        CodingWarmUp w = CodingWarmUp.run(pipeline, List.of("I flew.", "We swam."), 4, 0, seen::add);
        assertThat(w.passes()).hasSize(1).isEqualTo(seen);
        assertThat(w.passes().get(0).reports()).isEqualTo(2);
        assertThat(w.settled()).isFalse();
        assertThat(w.asMap()).containsEntry("passes", 1).containsEntry("settled", false);
        assertThatThrownBy(() -> CodingWarmUp.run(pipeline, List.of(), 4, 1, seen::add))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
