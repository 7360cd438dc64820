package org.dreamloom.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of one scoring run, with the keys, rounding, table and JSON of {@code tools/hvdc_score.py}.
 *
 * @param dreams                   gold dreams scored (those with a report)
 * @param predictedDreams          of those, how many had a predicted card
 * @param characters               character code scores
 * @param emotions                 per-dream presence of each emotion, any experiencer
 * @param emotionsDreamer          the same, emotions felt by the dreamer only
 * @param interactions             per-dream presence of aggression, friendliness, sexuality
 * @param outcomes                 per-dream presence of misfortune, good fortune, success, failure
 * @param settings                 first-setting letter accuracies
 * @param indicators               every computable gold indicator, by name, in the reference order
 * @param indicatorMaePp           mean absolute indicator error in points, null when none is computable
 * @param indicatorsNotComputable  indicators whose predicted value is not computable
 */
public record ScoreResult(int dreams, int predictedDreams, Characters characters, Presence emotions,
                          Presence emotionsDreamer, Presence interactions, Presence outcomes, Settings settings,
                          Map<String, Indicator> indicators, Double indicatorMaePp, int indicatorsNotComputable) {

    public ScoreResult {
        indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    /**
     * Character scores.
     *
     * @param exact             P/R/F1 of the multiset of codes per dream
     * @param fields            number/sex/identity/age accuracy over aligned human pairs (keys in that order)
     * @param alignedAllCorrect share of aligned pairs that match exactly
     * @param countMae          mean absolute difference in characters per dream
     */
    public record Characters(Prf exact, Map<String, Double> fields, double alignedAllCorrect, double countMae) {
        public Characters {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * Micro-averaged presence scores and the scores per label (labels sorted).
     *
     * @param micro    over all labels
     * @param perLabel per label, sorted by label
     */
    public record Presence(Prf micro, Map<String, Prf> perLabel) {
        public Presence {
            perLabel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perLabel));
        }
    }

    /**
     * First-setting accuracies.
     *
     * @param firstLocationAccuracy    share of dreams whose first setting's location letter matches
     * @param firstFamiliarityAccuracy share whose familiarity letter matches
     * @param dreams                   gold dreams with at least one setting
     */
    public record Settings(double firstLocationAccuracy, double firstFamiliarityAccuracy, int dreams) {
    }

    /**
     * One indicator from gold and predicted codes (percentages ×100; indices and per-dream rates as they are).
     *
     * @param gold       the human-coded value
     * @param predicted  the value from predicted codes, null when not computable
     * @param absErrorPp absolute difference in points, null when not computable or for "Characters per dream"
     */
    public record Indicator(double gold, Double predicted, Double absErrorPp) {
    }

    /** The result as the nested key order of {@code hvdc_score.py}, for JSON. */
    public Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dreams", dreams);
        root.put("predicted_dreams", predictedDreams);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("exact", characters.exact().tree());
        c.put("fields", new LinkedHashMap<>(characters.fields()));
        c.put("aligned_all_correct", characters.alignedAllCorrect());
        c.put("count_mae", characters.countMae());
        root.put("characters", c);
        root.put("emotions", presence(emotions));
        root.put("emotions_dreamer", presence(emotionsDreamer));
        root.put("interactions", presence(interactions));
        root.put("outcomes", presence(outcomes));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("first_location_accuracy", settings.firstLocationAccuracy());
        s.put("first_familiarity_accuracy", settings.firstFamiliarityAccuracy());
        s.put("dreams", settings.dreams());
        root.put("settings", s);
        Map<String, Object> ind = new LinkedHashMap<>();
        indicators.forEach((name, v) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gold", v.gold());
            m.put("predicted", v.predicted());
            m.put("abs_error_pp", v.absErrorPp());
            ind.put(name, m);
        });
        root.put("indicators", ind);
        root.put("indicator_mae_pp", indicatorMaePp);
        root.put("indicators_not_computable", indicatorsNotComputable);
        return root;
    }

    /** The JSON object {@code hvdc_score.py --json} prints for the same result, character for character. */
    public String toJson() {
        return PyFormat.json(tree());
    }

    /** The table {@code hvdc_score.py} prints for the same result, line for line (no trailing newline). */
    public String toTable() {
        List<String> lines = new ArrayList<>();
        lines.add("dreams scored: " + dreams + " (with a prediction: " + predictedDreams + ")");
        Prf e = characters.exact();
        lines.add("characters exact   P " + f3(e.precision()) + "  R " + f3(e.recall()) + "  F1 " + f3(e.f1()));
        StringBuilder fl = new StringBuilder("characters fields  ");
        List<String> parts = new ArrayList<>();
        characters.fields().forEach((k, v) -> parts.add(k + " " + f3(v)));
        fl.append(String.join("  ", parts));
        fl.append("  all-correct(aligned) ").append(f3(characters.alignedAllCorrect()))
                .append("  count MAE ").append(PyFormat.fixed(characters.countMae(), 2));
        lines.add(fl.toString());
        Map<String, Presence> named = new LinkedHashMap<>();
        named.put("emotions", emotions);
        named.put("emotions_dreamer", emotionsDreamer);
        named.put("interactions", interactions);
        named.put("outcomes", outcomes);
        named.forEach((name, p) -> {
            List<String> per = new ArrayList<>();
            p.perLabel().forEach((k, v) -> per.add(k + " " + PyFormat.fixed(v.f1(), 2)));
            lines.add(PyFormat.left(name, 18) + " P " + f3(p.micro().precision()) + "  R " + f3(p.micro().recall())
                    + "  F1 " + f3(p.micro().f1()) + "   [" + String.join("  ", per) + "]");
        });
        lines.add("settings           location " + f3(settings.firstLocationAccuracy()) + "  familiarity "
                + f3(settings.firstFamiliarityAccuracy()));
        lines.add("indicators (gold -> predicted, abs error in points)");
        indicators.forEach((k, v) -> {
            String pv = v.predicted() == null ? "n/a" : PyFormat.fixed(v.predicted(), 2);
            String ev = v.absErrorPp() == null ? "n/a" : PyFormat.fixed(v.absErrorPp(), 2);
            lines.add("  " + PyFormat.left(k, 42) + " " + PyFormat.right(PyFormat.fixed(v.gold(), 2), 7) + " -> "
                    + PyFormat.right(pv, 7) + "  err " + PyFormat.right(ev, 6));
        });
        lines.add("indicator MAE (points): " + (indicatorMaePp == null ? "None" : PyFormat.repr(indicatorMaePp))
                + "  not computable: " + indicatorsNotComputable);
        return String.join("\n", lines);
    }

    private static String f3(double x) {
        return PyFormat.fixed(x, 3);
    }

    private static Map<String, Object> presence(Presence p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("micro", p.micro().tree());
        Map<String, Object> per = new LinkedHashMap<>();
        p.perLabel().forEach((k, v) -> per.put(k, v.tree()));
        m.put("per_label", per);
        return m;
    }
}
