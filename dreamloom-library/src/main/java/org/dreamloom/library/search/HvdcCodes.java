package org.dreamloom.library.search;

import java.util.Locale;
import java.util.regex.Pattern;
import org.dreamloom.coding.Category;

/**
 * Reads the parts of Hall/Van de Castle codes the search filters need: the emotion of an emotion code, the
 * setting of a setting code, and the category of a bare code from its shape.
 */
final class HvdcCodes {
    private static final Pattern EMOTION = Pattern.compile("(AN|AP|SD|CO|HA),.*");
    private static final Pattern SETTING = Pattern.compile("NS|[IOAN][FDGUQ]?");
    private static final Pattern CHARACTER = Pattern.compile("\\d*[A-Z]{3}|\\d*ANI|\\d*CZZ|[1-4][MFJI][A-Z]{1,3}[ACBTO]?");
    private static final Pattern OBJECT = Pattern.compile("[A-Z]{2}");
    private static final Pattern MISFORTUNE = Pattern.compile("M[1-6],.*");
    private static final Pattern AGGRESSION_LIKE = Pattern.compile(".*\\d[>=Rr*].*");

    private HvdcCodes() {}

    /** The category a bare code belongs to, judged by its shape. */
    static Category categoryOf(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (EMOTION.matcher(c).matches()) {
            return Category.EMOTIONS;
        }
        if (SETTING.matcher(c).matches()) {
            return Category.SETTINGS;
        }
        if (MISFORTUNE.matcher(c).matches()) {
            return Category.MISFORTUNE;
        }
        if (c.startsWith("GF,")) {
            return Category.GOOD_FORTUNE;
        }
        if (c.startsWith("SU,")) {
            return Category.SUCCESS;
        }
        if (c.startsWith("FL,")) {
            return Category.FAILURE;
        }
        if (OBJECT.matcher(c).matches()) {
            return Category.OBJECTS;
        }
        if (CHARACTER.matcher(c).matches()) {
            return Category.CHARACTERS;
        }
        if (AGGRESSION_LIKE.matcher(c).matches()) {
            // Aggression, friendliness and sexuality share one shape; a bare code cannot tell them apart.
            return Category.AGGRESSION;
        }
        return Category.ACTIVITIES;
    }

    /** The emotion of an emotion code ("AP,D" → "AP"), or null. */
    static String emotionOf(String code) {
        int comma = code.indexOf(',');
        String e = (comma < 0 ? code : code.substring(0, comma)).trim().toUpperCase(Locale.ROOT);
        return e.matches("AN|AP|SD|CO|HA") ? e : null;
    }
}
