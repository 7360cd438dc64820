package org.dreamloom.io.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;

/**
 * Writes the code counts of a set of cards as CSV for R or SPSS: one row per dream (series, number), one column
 * per HVdC code class, each cell the number of codes of that class on the dream's card. The columns are fixed
 * (they do not depend on which codes occur), so files from different selections line up. Thread-safe.
 *
 * <p>Columns: characters in all and by number (1–8), sex (M F J I), identity, age (A T C B), animals and
 * creatures; aggression, friendliness and sexuality in all, by level and dreamer-involved; settings by location
 * (I O A N) and familiarity (F D G U Q); each emotion; misfortunes in all and by level (M1–M6), good fortune,
 * success, failure; body parts and each object class, with {@code obj_other} for classes not listed.
 */
public final class CodeCountsCsv {
    private static final String[] NUMBERS = {"1", "2", "3", "4", "5", "6", "7", "8"};
    private static final String[] SEXES = {"M", "F", "J", "I"};
    private static final String[] IDENTITIES = {"F", "M", "X", "B", "T", "H", "W", "A", "D", "C", "I", "Y", "R", "K",
        "P", "O", "E", "S", "U"};
    private static final String[] AGES = {"A", "T", "C", "B"};
    private static final String[] LOCATIONS = {"I", "O", "A", "N"};
    private static final String[] FAMILIARITY = {"F", "D", "G", "U", "Q"};
    private static final String[] EMOTIONS = {"AN", "AP", "SD", "CO", "HA"};
    private static final String[] OBJECTS = {"AB", "AD", "AE", "AI", "AM", "AR", "AV", "BA", "BD", "BE", "BH", "BS",
        "BT", "CL", "CM", "FO", "HH", "IR", "IT", "IW", "MO", "MS", "NA", "RG", "ST", "TR"};
    private static final Pattern INTERACTION = Pattern.compile("^(.*?)\\s+(\\d)([>=Rr*]+)\\s*(.*)$");
    private static final Pattern DREAMER = Pattern.compile("(^|\\+)D(\\+|$)");

    private CodeCountsCsv() {
    }

    /** The column names after {@code series,number}, in order. */
    public static List<String> columns() {
        return new ArrayList<>(count(Card.empty("", "", "")).keySet());
    }

    /** Writes the header and one row per card. */
    public static void write(List<Card> cards, Writer out) throws IOException {
        out.write("series,number," + String.join(",", columns()) + "\r\n");
        for (Card card : cards) {
            StringBuilder row = new StringBuilder(quote(card.series())).append(',').append(quote(card.number()));
            for (int n : count(card).values()) {
                row.append(',').append(n);
            }
            out.write(row.append("\r\n").toString());
        }
    }

    /** The counts of one card by column name, in column order. */
    public static Map<String, Integer> count(Card card) {
        Map<String, Integer> c = new LinkedHashMap<>();
        List<String> chars = card.codes(Category.CHARACTERS);
        put(c, "char_total", chars.size());
        for (String n : NUMBERS) {
            put(c, "char_num_" + n, (int) chars.stream().filter(x -> x.startsWith(n)).count());
        }
        List<String> humans = chars.stream().filter(x -> x.length() >= 4 && !isAnimal(x) && !isCreature(x)).toList();
        for (String s : SEXES) {
            put(c, "char_sex_" + s, (int) humans.stream().filter(x -> x.substring(1, 2).equals(s)).count());
        }
        for (String i : IDENTITIES) {
            put(c, "char_ident_" + i, (int) humans.stream().filter(x -> x.substring(2, 3).equals(i)).count());
        }
        for (String a : AGES) {
            put(c, "char_age_" + a, (int) humans.stream().filter(x -> x.substring(3, 4).equals(a)).count());
        }
        put(c, "char_animal", (int) chars.stream().filter(CodeCountsCsv::isAnimal).count());
        put(c, "char_creature", (int) chars.stream().filter(CodeCountsCsv::isCreature).count());
        interactions(c, "agg", card.codes(Category.AGGRESSION), 8);
        interactions(c, "fri", card.codes(Category.FRIENDLINESS), 7);
        interactions(c, "sex", card.codes(Category.SEXUALITY), 5);
        List<String> settings = card.codes(Category.SETTINGS);
        for (String l : LOCATIONS) {
            put(c, "set_loc_" + l, (int) settings.stream().filter(x -> x.startsWith(l)).count());
        }
        for (String f : FAMILIARITY) {
            // "NS" (no setting) has an S, not a familiarity, in second place; it is counted under set_loc_N only.
            put(c, "set_fam_" + f, (int) settings.stream().filter(x -> x.length() > 1 && x.substring(1, 2).equals(f))
                    .count());
        }
        List<String> emotions = card.codes(Category.EMOTIONS).stream().map(x -> x.split(",", 2)[0].trim()).toList();
        for (String e : EMOTIONS) {
            put(c, "emo_" + e, (int) emotions.stream().filter(e::equals).count());
        }
        List<String> misfortunes = card.codes(Category.MISFORTUNE);
        put(c, "mis_total", misfortunes.size());
        for (int level = 1; level <= 6; level++) {
            String prefix = "M" + level;
            put(c, "mis_M" + level, (int) misfortunes.stream().filter(x -> x.startsWith(prefix)).count());
        }
        put(c, "mis_dreamer", (int) misfortunes.stream().filter(CodeCountsCsv::dreamerOutcome).count());
        outcome(c, "gf", card.codes(Category.GOOD_FORTUNE));
        outcome(c, "su", card.codes(Category.SUCCESS));
        outcome(c, "fl", card.codes(Category.FAILURE));
        List<String> objects = card.codes(Category.OBJECTS).stream().map(String::trim).toList();
        put(c, "obj_total", objects.size());
        for (String o : OBJECTS) {
            put(c, "obj_" + o, (int) objects.stream().filter(o::equals).count());
        }
        put(c, "obj_other", (int) objects.stream().filter(x -> !List.of(OBJECTS).contains(x)).count());
        return c;
    }

    private static void interactions(Map<String, Integer> c, String prefix, List<String> codes, int levels) {
        int[] byLevel = new int[levels + 1];
        int dreamer = 0;
        int parsed = 0;
        for (String code : codes) {
            Matcher m = INTERACTION.matcher(code.trim());
            if (!m.matches()) {
                continue;
            }
            parsed++;
            int level = Integer.parseInt(m.group(2));
            if (level >= 1 && level <= levels) {
                byLevel[level]++;
            }
            if (DREAMER.matcher(m.group(1).replace(" ", "")).find()
                    || DREAMER.matcher(m.group(4).replace(" ", "")).find()) {
                dreamer++;
            }
        }
        put(c, prefix + "_total", parsed);
        for (int level = 1; level <= levels; level++) {
            put(c, prefix + "_level_" + level, byLevel[level]);
        }
        put(c, prefix + "_dreamer", dreamer);
    }

    private static void outcome(Map<String, Integer> c, String prefix, List<String> codes) {
        put(c, prefix + "_total", codes.size());
        put(c, prefix + "_dreamer", (int) codes.stream().filter(CodeCountsCsv::dreamerOutcome).count());
    }

    private static boolean dreamerOutcome(String code) {
        int comma = code.indexOf(',');
        return comma >= 0 && DREAMER.matcher(code.substring(comma + 1).replace(" ", "")).find();
    }

    private static boolean isAnimal(String code) {
        return code.length() >= 3 && code.startsWith("AN", 1);
    }

    private static boolean isCreature(String code) {
        return code.length() >= 4 && code.startsWith("CZZ", 1);
    }

    private static void put(Map<String, Integer> c, String column, int value) {
        c.put(column, value);
    }

    /** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
