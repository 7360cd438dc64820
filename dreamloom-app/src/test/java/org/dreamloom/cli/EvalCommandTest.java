package org.dreamloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.eval.CardFile;
import org.dreamloom.eval.GoldSplit;
import org.dreamloom.eval.Scorer;
import org.dreamloom.io.cards.CardJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path tmp;

    private Path gold;
    private List<Card> goldCards;

    /** A slice of the shared gold set (cards 1-20), written to a temporary file. */
    @BeforeEach
    void slice() throws Exception {
        String shared = System.getProperty("dreamloom.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "dreamloom.shared is not set");
        List<String> lines = Files.readAllLines(Path.of(shared, "data/hvdc/norms-female-cards.jsonl")).subList(0, 20);
        gold = Files.write(tmp.resolve("gold.jsonl"), lines);
        goldCards = CardFile.read(gold).cards();
    }

    @Test
    void scoresAPredictionFileLikeTheScorer() throws Exception {
        List<String> pred = new ArrayList<>();
        for (Card g : goldCards.subList(0, 15)) {
            pred.add(CardJson.format(Card.empty(g.series(), g.number(), null)
                    .with(Category.CHARACTERS, List.of(CodedItem.human("1FKA"), CodedItem.human("1MKA")))
                    .with(Category.EMOTIONS, List.of(CodedItem.human("AP,D")))));
        }
        Path predFile = Files.write(tmp.resolve("pred.jsonl"), pred);
        CliRun json = CliRun.of("eval", "--gold", gold.toString(), "--predicted", predFile.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        String expected = Scorer.score(goldCards, CardFile.read(predFile).cards()).toJson();
        assertThat(json.out().strip()).isEqualTo(expected);
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertThat(tree.get("predicted_dreams").asInt()).isEqualTo(15);
        CliRun table = CliRun.of("eval", "--gold", gold.toString(), "--predicted", predFile.toString());
        assertThat(table.out()).startsWith("dreams scored: 20 (with a prediction: 15)").contains("indicator MAE");
    }

    @Test
    void codesTheGoldReportsAndScoresASplit() throws Exception {
        CliRun all = CliRun.of("eval", "--gold", gold.toString(), "--json", "--threads", "2");
        assertThat(all.exit()).as(all.err()).isZero();
        JsonNode tree = new ObjectMapper().readTree(all.out());
        assertThat(tree.get("dreams").asInt()).isEqualTo(20);
        assertThat(tree.get("predicted_dreams").asInt()).isEqualTo(20);
        CliRun holdout = CliRun.of("eval", "--gold", gold.toString(), "--json", "--split", "holdout");
        int expected = GoldSplit.HOLDOUT.select(goldCards).size();
        assertThat(new ObjectMapper().readTree(holdout.out()).get("dreams").asInt()).isEqualTo(expected).isEqualTo(4);
        CliRun dev = CliRun.of("eval", "--gold", gold.toString(), "--json", "--split", "dev", "--threads", "1");
        assertThat(new ObjectMapper().readTree(dev.out()).get("dreams").asInt()).isEqualTo(16);
        // Parallel coding gives the same scores as one thread.
        CliRun one = CliRun.of("eval", "--gold", gold.toString(), "--json", "--threads", "1");
        assertThat(one.out()).isEqualTo(all.out());
    }

    @Test
    void malformedPredictedCodesAreScoredButReported() throws Exception {
        Card g = goldCards.get(0);
        Path predFile = Files.writeString(tmp.resolve("odd.jsonl"), CardJson.format(Card.empty(g.series(), g.number(),
                null).with(Category.CHARACTERS, List.of(CodedItem.human("1XYZ")))));
        CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--predicted", predFile.toString(), "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("card " + g.series() + " " + g.number() + ": characters: '1XYZ'");
        assertThat(new ObjectMapper().readTree(r.out()).at("/characters/exact/fp").asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsReportedWithoutAStackTrace() throws Exception {
        CliRun split = CliRun.of("eval", "--gold", gold.toString(), "--split", "test");
        assertThat(split.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(split.err()).contains("unknown gold split 'test'");
        CliRun missing = CliRun.of("eval", "--gold", tmp.resolve("none.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(missing.err()).contains("none.jsonl: no such gold file");
        List<String> lines = new ArrayList<>(Files.readAllLines(gold));
        lines.add(3, "not json");
        Path halfBad = Files.write(tmp.resolve("half-bad.jsonl"), lines);
        CliRun partial = CliRun.of("eval", "--gold", halfBad.toString(), "--json");
        assertThat(partial.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(partial.err()).contains(halfBad + ":4: not valid JSON").doesNotContain("\tat ");
        assertThat(new ObjectMapper().readTree(partial.out()).get("dreams").asInt()).isEqualTo(20);
    }
}
