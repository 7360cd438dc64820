package org.dreamloom.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.io.cards.CardJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer against {@code hvdc_score.py} run as a process, on prediction files generated here. */
class ScorerTest {
    private static List<Card> gold;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws IOException {
        CardFile.Loaded loaded = CardFile.read(Python.gold());
        assertThat(loaded.problems()).isEmpty();
        gold = loaded.cards();
    }

    @Test
    void trivialBaselineMatchesPython() throws Exception {
        List<Card> pred = new ArrayList<>();
        for (Card g : gold) {
            pred.add(Card.empty(g.series(), g.number(), g.report())
                    .with(Category.CHARACTERS, items("1FKA", "1MKA"))
                    .with(Category.EMOTIONS, items("AP,D"))
                    .with(Category.SETTINGS, items("IF")));
        }
        ScoreResult r = compareWithPython(pred);
        // The EVAL.md figures of the trivial baseline: character F1 0.25, emotion F1 0.30, indicator MAE ~21.
        assertThat(r.characters().exact().f1()).isBetween(0.2, 0.3);
        assertThat(r.emotions().micro().f1()).isBetween(0.25, 0.35);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {42, 7, 2026})
    void perturbedGoldMatchesPython(long seed) throws Exception {
        Random rnd = new Random(seed);
        List<Card> pred = new ArrayList<>();
        for (Card g : gold) {
            if (rnd.nextInt(10) == 0) {
                continue; // a missing prediction
            }
            Card p = g;
            for (Category c : Category.values()) {
                List<CodedItem> items = new ArrayList<>();
                for (String code : g.codes(c)) {
                    int roll = rnd.nextInt(10);
                    if (roll == 0) {
                        continue; // dropped
                    } else if (roll == 1) {
                        items.add(CodedItem.human(mutate(code, rnd))); // changed
                    } else {
                        items.add(CodedItem.human(code));
                    }
                    if (roll == 2) {
                        items.add(CodedItem.human(mutate(code, rnd))); // an extra one
                    }
                }
                p = p.with(c, items);
            }
            pred.add(p);
        }
        java.util.Collections.shuffle(pred, rnd); // order must not matter
        pred.add(Card.empty("no such series", "1", "an extra prediction the scorer must ignore")
                .with(Category.CHARACTERS, items("1MKA")));
        ScoreResult r = compareWithPython(pred);
        assertThat(r.predictedDreams()).isLessThan(r.dreams());
        assertThat(r.characters().exact().f1()).isBetween(0.5, 0.99);
    }

    @Test
    void emptyAndOddPredictionsMatchPython() throws Exception {
        List<Card> pred = new ArrayList<>();
        for (Card g : gold.subList(0, 60)) {
            pred.add(Card.empty(g.series(), g.number(), null)
                    .with(Category.CHARACTERS, items("1ANI", "2JSA", "XYZ", "1FKAX", "1F"))
                    .with(Category.EMOTIONS, items("HA,1FKA", "ÉM,D", "AN", "CO,D +1MKA"))
                    .with(Category.AGGRESSION, items("D 7> 1MKA", "nonsense"))
                    .with(Category.SETTINGS, items("O", "IF")));
        }
        ScoreResult r = compareWithPython(pred);
        assertThat(r.indicatorsNotComputable()).isGreaterThan(0);
    }

    @Test
    void alignmentPrefersExactThenMostAgreeingFields() {
        List<String[]> pairs = Scorer.align(List.of("1MKA", "1FSA", "2JKA"), List.of("1FSC", "1MKA", "1ANI"));
        assertThat(pairs).extracting(p -> p[0] + "/" + p[1]).containsExactly("1MKA/1MKA", "1FSA/1FSC", "2JKA/1ANI");
    }

    @Test
    void pythonRoundingAndRepr() {
        assertThat(PyFormat.fixed(0.0625, 3)).isEqualTo("0.062"); // ties go to even on the exact binary value
        assertThat(PyFormat.fixed(2.675, 2)).isEqualTo("2.67"); // 2.675 is 2.67499999... in binary
        assertThat(PyFormat.round(0.12345, 4)).isEqualTo(0.1235);
        assertThat(PyFormat.repr(0.0001)).isEqualTo("0.0001");
        assertThat(PyFormat.repr(100.0)).isEqualTo("100.0");
        assertThat(PyFormat.json(Map.of("é", List.of(1, 0.5)))).isEqualTo("{\"\\u00e9\": [1, 0.5]}");
    }

    /** Writes gold and predictions, runs Python on them and asserts the same JSON, the same numbers and the same table. */
    private ScoreResult compareWithPython(List<Card> pred) throws Exception {
        Path goldFile = write("gold.jsonl", gold);
        Path predFile = write("pred.jsonl", pred);
        ScoreResult java = Scorer.score(CardFile.read(goldFile).cards(), CardFile.read(predFile).cards());
        String pyJson = Python.run("hvdc_score.py", goldFile.toString(), predFile.toString(), "--json").strip();
        assertSameNumbers(new ObjectMapper().readTree(pyJson), new ObjectMapper().readTree(java.toJson()), "");
        assertThat(java.toJson()).isEqualTo(pyJson);
        String pyTable = Python.run("hvdc_score.py", goldFile.toString(), predFile.toString()).strip();
        assertThat(java.toTable()).isEqualTo(pyTable);
        return java;
    }

    /** Every key of Python's JSON is in Java's with an equal value (numbers to 1e-9), and no key is extra. */
    static void assertSameNumbers(JsonNode py, JsonNode java, String path) {
        if (py.isObject()) {
            assertThat(java.isObject()).as(path).isTrue();
            List<String> pyKeys = new ArrayList<>();
            py.fieldNames().forEachRemaining(pyKeys::add);
            List<String> javaKeys = new ArrayList<>();
            java.fieldNames().forEachRemaining(javaKeys::add);
            assertThat(javaKeys).as(path).containsExactlyElementsOf(pyKeys);
            for (Iterator<String> it = py.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                assertSameNumbers(py.get(k), java.get(k), path + "/" + k);
            }
        } else if (py.isNumber()) {
            assertThat(java.isNumber()).as(path).isTrue();
            assertThat(java.asDouble()).as(path).isCloseTo(py.asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        } else {
            assertThat(java).as(path).isEqualTo(py);
        }
    }

    private Path write(String name, List<Card> cards) throws IOException {
        List<String> lines = cards.stream().map(CardJson::format).toList();
        return Files.write(tmp.resolve(name), lines);
    }

    private static List<CodedItem> items(String... codes) {
        return java.util.Arrays.stream(codes).map(CodedItem::human).toList();
    }

    private static String mutate(String code, Random rnd) {
        char[] c = code.toCharArray();
        int i = rnd.nextInt(c.length);
        String alphabet = "12DMFKSAUJIR>=,+ ";
        c[i] = alphabet.charAt(rnd.nextInt(alphabet.length()));
        return new String(c);
    }
}
