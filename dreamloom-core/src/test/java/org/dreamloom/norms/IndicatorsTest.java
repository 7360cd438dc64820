package org.dreamloom.norms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.eval.CardFile;
import org.dreamloom.eval.Python;
import org.junit.jupiter.api.Test;

/** The Java indicators against {@code hvdc_indicators.py}, and their counts on a hand-made fixture. */
class IndicatorsTest {

    @Test
    void goldIndicatorsEqualPython() throws Exception {
        List<Card> cards = CardFile.read(Python.gold()).cards().stream()
                .filter(c -> c.report() != null && !c.report().isEmpty()).toList();
        List<IndicatorValue> java = Indicators.compute(cards);
        String out = Python.run("hvdc_indicators.py", Python.gold().toString());
        Map<String, String> python = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                // "name" is left-justified in 32 columns but some names are longer: split at the last space.
                int cut = line.stripTrailing().lastIndexOf(' ');
                python.put(line.substring(0, cut).strip(), line.substring(cut + 1).strip());
            }
        }
        python.remove("N dreams");
        python.remove("N characters");
        assertThat(java).extracting(IndicatorValue::name).containsExactlyElementsOf(python.keySet());
        StringBuilder report = new StringBuilder("HVdC indicators of the " + cards.size() + " gold cards\n");
        for (IndicatorValue v : java) {
            String expected = python.get(v.name());
            String actual = v.value() == null ? "n/a" : pyRound(v.value() * (v.isRate() ? 1 : 100));
            report.append(String.format("  %-32s %8s = %s / %s%n", v.name(), actual, (long) v.numerator(),
                    (long) v.denominator()));
            assertThat(actual).as(v.name()).isEqualTo(expected);
        }
        System.out.print(report);
    }

    @Test
    void goldIndicatorsEqualPythonUnrounded() throws Exception {
        Python.assumePython();
        List<Card> cards = CardFile.read(Python.gold()).cards().stream()
                .filter(c -> c.report() != null && !c.report().isEmpty()).toList();
        // compute() of the reference module, unrounded, as JSON (None -> null).
        String script = "import json, sys; sys.path.insert(0, sys.argv[1]); from hvdc_indicators import compute; "
                + "cards = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8') if l.strip()]; "
                + "print(json.dumps(compute([c for c in cards if c.get('report')])))";
        Process p = new ProcessBuilder("python3", "-c", script, Python.shared().resolve("tools").toString(),
                Python.gold().toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        com.fasterxml.jackson.databind.JsonNode py = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(p.getInputStream().readAllBytes()); // read to the end: closing the pipe early breaks python's exit
        assertThat(p.waitFor()).isZero();
        List<IndicatorValue> java = Indicators.compute(cards);
        assertThat(java).hasSize(py.size() - 2);
        for (IndicatorValue v : java) {
            assertThat(py.has(v.name())).as(v.name()).isTrue();
            assertThat(v.value()).as(v.name()).isCloseTo(py.get(v.name()).asDouble(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void countsOnAFixture() {
        Card a = card(Map.of(
                Category.CHARACTERS, List.of("1MKA", "1FMA", "2JSA", "1ANI", "3MSA"),
                Category.AGGRESSION, List.of("1MKA 7> D", "D 2> 1FMA + 1MKA", "1FMA 1* "),
                Category.FRIENDLINESS, List.of("D 4> 1FMA"),
                Category.SETTINGS, List.of("IF", "OU", "NS"),
                Category.OBJECTS, List.of("BH", "BT", "AR"),
                Category.MISFORTUNE, List.of("M5,D", "M1,1MKA"),
                Category.SUCCESS, List.of("SU,D + 1MKA"),
                Category.EMOTIONS, List.of("AP,D", "HA,D + 1FMA", "SD,1MKA")));
        Card b = card(Map.of(Category.CHARACTERS, List.of("1FKA")));
        Map<String, IndicatorValue> v = new LinkedHashMap<>();
        Indicators.compute(List.of(a, b)).forEach(i -> v.put(i.name(), i));
        assertThat(v.get("Male/Female %")).isEqualTo(new IndicatorValue("Male/Female %", 2, 4));
        assertThat(v.get("Familiarity %")).isEqualTo(new IndicatorValue("Familiarity %", 3, 5));
        assertThat(v.get("Animal %")).isEqualTo(new IndicatorValue("Animal %", 1, 6));
        assertThat(v.get("Dead & Imaginary %").numerator()).isEqualTo(1);
        assertThat(v.get("Aggressor %")).isEqualTo(new IndicatorValue("Aggressor %", 1, 2));
        assertThat(v.get("Physical Aggression %")).isEqualTo(new IndicatorValue("Physical Aggression %", 1, 3));
        assertThat(v.get("Befriender %")).isEqualTo(new IndicatorValue("Befriender %", 1, 1));
        assertThat(v.get("Indoor Setting %")).isEqualTo(new IndicatorValue("Indoor Setting %", 1, 2));
        assertThat(v.get("Torso/Anatomy %")).isEqualTo(new IndicatorValue("Torso/Anatomy %", 1, 2));
        assertThat(v.get("Self-Negativity %")).isEqualTo(new IndicatorValue("Self-Negativity %", 2, 3));
        assertThat(v.get("Negative Emotions %")).isEqualTo(new IndicatorValue("Negative Emotions %", 2, 3));
        assertThat(v.get("Dreams with >=1 Striving %")).isEqualTo(new IndicatorValue("Dreams with >=1 Striving %", 1, 2));
        assertThat(v.get("Characters per dream").value()).isEqualTo(3.0);
        assertThat(v.get("S/C index")).isEqualTo(new IndicatorValue("S/C index", 0, 6));
    }

    @Test
    void emptyInputHasNoComputableIndicator() {
        assertThat(Indicators.compute(List.of())).hasSize(30).allMatch(i -> i.value() == null);
    }

    private static String pyRound(double x) {
        // Python prints round(v, 2) with repr: the shortest decimal, at least one digit after the point.
        String s = new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static Card card(Map<Category, List<String>> codes) {
        Map<Category, List<CodedItem>> items = new LinkedHashMap<>();
        codes.forEach((c, list) -> items.put(c, new ArrayList<>(list.stream().map(CodedItem::human).toList())));
        return new Card("fixture", String.valueOf(codes.size()), "a report", items);
    }
}
