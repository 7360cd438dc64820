package org.dreamloom.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Precision, recall and F1 (rounded to 4 decimals as in {@code hvdc_score.py}) with the counts behind them.
 *
 * @param precision tp / (tp + fp), 0 when nothing was predicted
 * @param recall    tp / (tp + fn), 0 when nothing was expected
 * @param f1        the harmonic mean of the unrounded precision and recall
 * @param tp        true positives
 * @param fp        false positives
 * @param fn        false negatives
 */
public record Prf(double precision, double recall, double f1, int tp, int fp, int fn) {

    /** The scores of the given counts, computed and rounded as {@code hvdc_score.prf} does. */
    public static Prf of(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(PyFormat.round(p, 4), PyFormat.round(r, 4), PyFormat.round(f, 4), tp, fp, fn);
    }

    Map<String, Object> tree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", f1);
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        return m;
    }
}
