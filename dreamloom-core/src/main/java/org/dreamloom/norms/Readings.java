package org.dreamloom.norms;

import java.util.Locale;
import java.util.Map;

/**
 * Plain-words readings of an effect, e.g. "higher aggression per character than the female norms: medium effect".
 *
 * <p>The rule: an indicator shows a real difference only when its Benjamini–Hochberg adjusted p is below
 * {@link #ALPHA} <em>and</em> |h| is at least 0.2 (Cohen's "small"); then |h| ≥ 0.5 is medium and ≥ 0.8 large.
 * Otherwise the reading is "no real difference", with the reason (not significant, or a negligible effect).
 */
public final class Readings {
    /** The significance level applied to the adjusted p. */
    public static final double ALPHA = 0.05;

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("Male/Female %", "share of male characters"),
            Map.entry("Familiarity %", "share of familiar characters"),
            Map.entry("Friends %", "share of friends and acquaintances"),
            Map.entry("Family %", "share of family members and relatives"),
            Map.entry("Group %", "share of groups among characters"),
            Map.entry("Dead & Imaginary %", "share of dead and imaginary characters"),
            Map.entry("Animal %", "share of animals"),
            Map.entry("Aggression/Friendliness %", "aggression relative to friendliness"),
            Map.entry("Befriender %", "share of friendliness started by the dreamer"),
            Map.entry("Aggressor %", "share of aggression started by the dreamer"),
            Map.entry("Physical Aggression %", "share of physical aggression"),
            Map.entry("A/C index", "aggression per character"),
            Map.entry("F/C index", "friendliness per character"),
            Map.entry("S/C index", "sexuality per character"),
            Map.entry("Indoor Setting %", "share of indoor settings"),
            Map.entry("Familiar Setting %", "share of familiar settings"),
            Map.entry("Self-Negativity %", "self-negativity"),
            Map.entry("Dreamer-Involved Success %", "success rate of the dreamer's strivings"),
            Map.entry("Bodily Misfortunes %", "share of bodily misfortunes"),
            Map.entry("Torso/Anatomy %", "share of torso and anatomy among body parts"),
            Map.entry("Negative Emotions %", "share of negative emotions"));

    private Readings() {
    }

    /** What an indicator measures, in words, e.g. "aggression per character". */
    public static String noun(String indicator) {
        String noun = NOUNS.get(indicator);
        if (noun != null) {
            return noun;
        }
        if (indicator.startsWith("Dreams with >=1 ")) {
            String what = indicator.substring("Dreams with >=1 ".length()).replace(" %", "");
            return "share of dreams with " + what.toLowerCase(Locale.ROOT);
        }
        return indicator;
    }

    /** "small", "medium", "large" or "negligible" for an |h|. */
    public static String size(double h) {
        double a = Math.abs(h);
        return a >= 0.8 ? "large" : a >= 0.5 ? "medium" : a >= 0.2 ? "small" : "negligible";
    }

    /**
     * The reading of one indicator.
     *
     * @param h         Cohen's h of the set against the reference, or null when not computable
     * @param pAdjusted the adjusted p, or null when no test was possible
     * @param reference how to name the reference, e.g. "the female norms"
     */
    public static String read(String indicator, Double h, Double pAdjusted, String reference) {
        if (h == null) {
            return "not computable: one of the sets has nothing to count for this indicator";
        }
        String effect = size(h);
        if (pAdjusted != null && pAdjusted >= ALPHA) {
            return "no real difference from " + reference + " (not significant"
                    + (effect.equals("negligible") ? "" : "; " + effect + " h") + ")";
        }
        if (effect.equals("negligible")) {
            return "no real difference from " + reference + " (negligible effect)";
        }
        String reading = (h > 0 ? "higher " : "lower ") + noun(indicator) + " than " + reference + ": " + effect
                + " effect";
        return pAdjusted == null ? reading + " (not tested)" : reading;
    }
}
