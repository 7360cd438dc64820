package org.dreamloom.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.norms.IndicatorValue;
import org.dreamloom.norms.Indicators;

/**
 * Scores predicted HVdC cards against human-coded ones with exactly the metrics, alignment and rounding of
 * {@code tools/hvdc_score.py}. Cards are matched on (series, number); a later card with the same key replaces an
 * earlier one; gold cards without a report are skipped; a gold card with no prediction counts as a prediction
 * with no codes. Stateless and thread-safe.
 */
public final class Scorer {
    private static final String[] FIELDS = {"number", "sex", "identity", "age"};
    private static final List<Category> INTERACTIONS =
            List.of(Category.AGGRESSION, Category.FRIENDLINESS, Category.SEXUALITY);
    private static final List<Category> OUTCOMES =
            List.of(Category.MISFORTUNE, Category.GOOD_FORTUNE, Category.SUCCESS, Category.FAILURE);

    private Scorer() {
    }

    /** The key a card is matched on. */
    public record Key(String series, String number) {
        /** The key of a card. */
        public static Key of(Card card) {
            return new Key(card.series(), card.number());
        }
    }

    /** Scores {@code predicted} against {@code gold}. */
    public static ScoreResult score(Collection<Card> gold, Collection<Card> predicted) {
        Map<Key, Card> golds = new LinkedHashMap<>();
        for (Card c : gold) {
            golds.put(Key.of(c), c);
        }
        golds.values().removeIf(c -> c.report() == null || c.report().isEmpty());
        Map<Key, Card> preds = new HashMap<>();
        for (Card c : predicted) {
            preds.put(Key.of(c), c);
        }
        Function<Key, Card> pred = k -> preds.getOrDefault(k, Card.empty(k.series(), k.number(), null));
        int predictedDreams = (int) golds.keySet().stream().filter(preds::containsKey).count();

        int tp = 0;
        int fp = 0;
        int fn = 0;
        int[] fieldHits = new int[4];
        int humanPairs = 0;
        int allCorrect = 0;
        int pairs = 0;
        int countErr = 0;
        for (Map.Entry<Key, Card> e : golds.entrySet()) {
            List<String> g = e.getValue().codes(Category.CHARACTERS).stream().filter(s -> !s.isEmpty()).toList();
            List<String> p = pred.apply(e.getKey()).codes(Category.CHARACTERS).stream()
                    .filter(s -> !s.isEmpty()).toList();
            int common = multisetIntersection(g, p);
            tp += common;
            fp += p.size() - common;
            fn += g.size() - common;
            for (String[] pair : align(g, p)) {
                String a = pair[0];
                String b = pair[1];
                pairs++;
                if (a.length() == 4 && b.length() == 4 && !a.startsWith("ANI", 1) && !b.startsWith("ANI", 1)) {
                    for (int i = 0; i < 4; i++) {
                        fieldHits[i] += a.charAt(i) == b.charAt(i) ? 1 : 0;
                    }
                    humanPairs++;
                }
                allCorrect += a.equals(b) ? 1 : 0;
            }
            countErr += Math.abs(g.size() - p.size());
        }
        Map<String, Double> fields = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            fields.put(FIELDS[i], humanPairs > 0 ? PyFormat.round((double) fieldHits[i] / humanPairs, 4) : 0.0);
        }
        ScoreResult.Characters characters = new ScoreResult.Characters(Prf.of(tp, fp, fn), fields,
                pairs > 0 ? PyFormat.round((double) allCorrect / pairs, 4) : 0.0,
                golds.isEmpty() ? 0.0 : PyFormat.round((double) countErr / golds.size(), 4));

        ScoreResult.Presence emotions = presence(golds, pred, c -> emotionLabels(c, false));
        ScoreResult.Presence emotionsDreamer = presence(golds, pred, c -> emotionLabels(c, true));
        ScoreResult.Presence interactions = presence(golds, pred, c -> present(c, INTERACTIONS));
        ScoreResult.Presence outcomes = presence(golds, pred, c -> present(c, OUTCOMES));

        int loc = 0;
        int fam = 0;
        int n = 0;
        for (Map.Entry<Key, Card> e : golds.entrySet()) {
            List<String> gs = e.getValue().codes(Category.SETTINGS).stream().filter(s -> !s.isEmpty()).toList();
            if (gs.isEmpty()) {
                continue;
            }
            List<String> ps = pred.apply(e.getKey()).codes(Category.SETTINGS).stream()
                    .filter(s -> !s.isEmpty()).toList();
            String p0 = ps.isEmpty() ? "??" : ps.get(0);
            n++;
            loc += slice(gs.get(0), 0, 1).equals(slice(p0, 0, 1)) ? 1 : 0;
            fam += slice(gs.get(0), 1, 2).equals(slice(p0, 1, 2)) ? 1 : 0;
        }
        ScoreResult.Settings settings = new ScoreResult.Settings(n > 0 ? PyFormat.round((double) loc / n, 4) : 0.0,
                n > 0 ? PyFormat.round((double) fam / n, 4) : 0.0, n);

        List<Card> goldCards = new ArrayList<>(golds.values());
        List<Card> predCards = golds.keySet().stream().map(pred).toList();
        List<IndicatorValue> gi = Indicators.compute(goldCards);
        Map<String, IndicatorValue> pi = new HashMap<>();
        for (IndicatorValue v : Indicators.compute(predCards)) {
            pi.put(v.name(), v);
        }
        Map<String, ScoreResult.Indicator> ind = new LinkedHashMap<>();
        List<Double> errs = new ArrayList<>();
        int missing = 0;
        for (IndicatorValue g : gi) {
            String name = g.name();
            Double gv = g.value();
            if (name.startsWith("N ") || gv == null) {
                continue;
            }
            IndicatorValue p = pi.get(name);
            Double pv = p == null ? null : p.value();
            double scale = name.contains("index") || name.contains("per dream") ? 1 : 100;
            Double err = pv == null || name.contains("per dream") ? null : PyFormat.round(Math.abs(gv - pv) * 100, 2);
            ind.put(name, new ScoreResult.Indicator(PyFormat.round(gv * scale, 2),
                    pv == null ? null : PyFormat.round(pv * scale, 2), err));
            if (err != null) {
                errs.add(err);
            }
            if (pv == null) {
                missing++;
            }
        }
        Double mae = null;
        if (!errs.isEmpty()) {
            double sum = 0;
            for (double x : errs) {
                sum += x;
            }
            mae = PyFormat.round(sum / errs.size(), 2);
        }
        return new ScoreResult(golds.size(), predictedDreams, characters, emotions, emotionsDreamer, interactions,
                outcomes, settings, ind, mae, missing);
    }

    /**
     * Pairs of (gold, predicted) character codes as {@code hvdc_score.align} makes them: exact matches first (in
     * gold order), then repeatedly the first pair with the most agreeing positions.
     */
    static List<String[]> align(List<String> gold, List<String> pred) {
        List<String> g = new ArrayList<>(gold);
        List<String> p = new ArrayList<>(pred);
        List<String[]> pairs = new ArrayList<>();
        for (String code : List.copyOf(g)) {
            if (p.contains(code)) {
                p.remove(code);
                g.remove(code);
                pairs.add(new String[] {code, code});
            }
        }
        while (!g.isEmpty() && !p.isEmpty()) {
            String bestG = null;
            String bestP = null;
            int best = -1;
            for (String gi : g) {
                for (String pi : p) {
                    int agree = agreeing(gi, pi);
                    if (agree > best) {
                        best = agree;
                        bestG = gi;
                        bestP = pi;
                    }
                }
            }
            g.remove(bestG);
            p.remove(bestP);
            pairs.add(new String[] {bestG, bestP});
        }
        return pairs;
    }

    private static int agreeing(String a, String b) {
        int k = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            k += a.charAt(i) == b.charAt(i) ? 1 : 0;
        }
        return k;
    }

    private static int multisetIntersection(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : a) {
            counts.merge(s, 1, Integer::sum);
        }
        int common = 0;
        for (String s : b) {
            Integer c = counts.get(s);
            if (c != null && c > 0) {
                counts.put(s, c - 1);
                common++;
            }
        }
        return common;
    }

    private static ScoreResult.Presence presence(Map<Key, Card> golds, Function<Key, Card> pred,
                                                 Function<Card, Set<String>> labels) {
        Map<String, int[]> per = new TreeMap<>();
        for (Map.Entry<Key, Card> e : golds.entrySet()) {
            Set<String> gs = labels.apply(e.getValue());
            Set<String> ps = labels.apply(pred.apply(e.getKey()));
            Set<String> union = new TreeSet<>(gs);
            union.addAll(ps);
            for (String lab : union) {
                int[] v = per.computeIfAbsent(lab, k -> new int[3]);
                if (gs.contains(lab) && ps.contains(lab)) {
                    v[0]++;
                } else if (ps.contains(lab)) {
                    v[1]++;
                } else {
                    v[2]++;
                }
            }
        }
        int[] tot = new int[3];
        Map<String, Prf> perLabel = new LinkedHashMap<>();
        per.forEach((k, v) -> {
            for (int i = 0; i < 3; i++) {
                tot[i] += v[i];
            }
            perLabel.put(k, Prf.of(v[0], v[1], v[2]));
        });
        return new ScoreResult.Presence(Prf.of(tot[0], tot[1], tot[2]), perLabel);
    }

    private static Set<String> emotionLabels(Card card, boolean dreamerOnly) {
        Set<String> out = new TreeSet<>();
        for (String e : card.codes(Category.EMOTIONS)) {
            if (e.isEmpty()) {
                continue;
            }
            if (dreamerOnly && !experiencers(e).contains("D")) {
                continue;
            }
            int comma = e.indexOf(',');
            out.add((comma < 0 ? e : e.substring(0, comma)).strip());
        }
        return out;
    }

    private static List<String> experiencers(String code) {
        int comma = code.indexOf(',');
        if (comma < 0) {
            return List.of();
        }
        return List.of(code.substring(comma + 1).replace(" ", "").split("\\+", -1));
    }

    private static Set<String> present(Card card, List<Category> categories) {
        Set<String> out = new TreeSet<>();
        for (Category c : categories) {
            if (!card.codes(c).isEmpty()) {
                out.add(c.key());
            }
        }
        return out;
    }

    private static String slice(String s, int from, int to) {
        return s.substring(Math.min(from, s.length()), Math.min(to, s.length()));
    }
}
