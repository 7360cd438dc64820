package org.dreamloom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMachineryTest {
    @Test
    void jsonIsEscapedAndNumbersAreCompact() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "a \"b\"\n\tc");
        m.put("rate", 1000.0);
        m.put("ratio", 2.5);
        m.put("list", List.of(1, "x"));
        m.put("ok", true);
        String json = JsonOut.write(m);
        assertThat(json).contains("\"name\": \"a \\\"b\\\"\\n\\tc\"", "\"rate\": 1000,", "\"ratio\": 2.5,",
                "\"list\": [1, \"x\"]", "\"ok\": true");
        assertThat(JsonOut.line(Map.of("report", "x\"y"))).isEqualTo("{\"report\": \"x\\\"y\"}");
    }

    @Test
    void coreNlpResultLineIsParsed() {
        Map<String, Object> r = CoreNlpProcess.parse(
                "{\"annotators\": \"tokenize,ssplit\", \"reports\": 5, \"load_seconds\": 1.5, \"threads_2\": 98.25}");
        assertThat(r).containsEntry("annotators", "tokenize,ssplit").containsEntry("reports", 5.0)
                .containsEntry("threads_2", 98.25);
    }

    @Test
    void isoDatesOfEveryPrecision() {
        assertThat(EndToEndBench.date("1990")).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(EndToEndBench.date("1991-02")).isEqualTo(LocalDate.of(1991, 2, 1));
        assertThat(EndToEndBench.date("1992-03-04")).isEqualTo(LocalDate.of(1992, 3, 4));
        assertThat(EndToEndBench.date("")).isNull();
        assertThat(EndToEndBench.date("199x")).isNull();
        assertThat(Fts5Peer.year("1991-02")).isEqualTo(1991);
        assertThat(Fts5Peer.year("")).isZero();
    }

    @Test
    void fts5PeerAndLinearScanAgreeOnCountsForPlainWordsAndFilters(@TempDir Path dir) throws Exception {
        List<CorpusReport> reports = new ArrayList<>();
        reports.add(new CorpusReport("alta", "", "1990", "female", "A dog in the house."));
        reports.add(new CorpusReport("alta", "", "1995", "female", "The house was dark."));
        reports.add(new CorpusReport("bob", "", "2001", "male", "My house burned; a dog ran."));
        reports.add(new CorpusReport("bob", "", "2002", "male", "Nothing at all."));
        QuerySet qs = QuerySet.parse("lexical\thouse\thouse\t-\thouse\n"
                + "lexical\tdog house\tdog house\t-\tdog;house\n"
                + "filtered\thouse series:alta\thouse\tseries=alta\thouse\n"
                + "filtered\thouse sex:male\thouse\tsex=male\thouse\n"
                + "filtered\thouse date:[1991 TO 2001]\thouse\tyear=1991..2001\thouse\n", "t");
        LinearScan scan = new LinearScan();
        try (Fts5Peer fts = Fts5Peer.create(dir)) {
            for (CorpusReport r : reports) {
                fts.add(r);
                scan.add(r);
            }
            fts.finish();
            long[] expected = {3, 2, 2, 1, 2};
            for (int i = 0; i < expected.length; i++) {
                BenchQuery q = qs.all().get(i);
                assertThat(fts.search(q)).as("fts5 " + q.query()).isEqualTo(expected[i]);
                assertThat(scan.search(q)).as("scan " + q.query()).isEqualTo(expected[i]);
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files).as("the FTS5 database is deleted on close").isEmpty();
        }
    }

    @Test
    void coreNlpClasspathExplainsWhatToBuildWhenMissing(@TempDir Path root) {
        List<String> cp = new ArrayList<>();
        assertThat(BenchConfig.coreNlpClasspath(root, cp)).contains("-Ppeers");
        assertThat(cp).isEmpty();
        assertThat(BenchConfig.coreNlpClasspath(null, cp)).contains("dreamloom.root");
    }

    @Test
    void replayingEmbedderRefusesToReplayBeforeRecording() {
        ReplayingEmbedder e = new ReplayingEmbedder(new org.dreamloom.library.embed.HashingEmbedder(16, 256));
        assertThatThrownBy(() -> e.phase(ReplayingEmbedder.Phase.REPLAY)).hasMessageContaining("nothing recorded");
        e.embedAll(List.of("a dream", "another dream"));
        e.phase(ReplayingEmbedder.Phase.REPLAY);
        float[] seen = e.embed("a dream");
        float[] unseen = e.embed("never seen");
        assertThat(seen).hasSize(16);
        assertThat(unseen).hasSize(16);
        assertThat(e.recordedCount()).isEqualTo(2);
        assertThat(e.replayedCount()).isEqualTo(2);
    }
}
