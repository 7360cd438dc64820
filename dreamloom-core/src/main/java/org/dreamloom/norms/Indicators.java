package org.dreamloom.norms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;

/**
 * Computes the HVdC summary indicators (the formulas of {@code tools/hvdc_indicators.py}) over a set of cards.
 *
 * <p>The computation works on the raw code strings exactly as the Python reference does (same regular expressions,
 * same slicing), so that predicted cards with malformed codes give the same numbers in both; it does not go through
 * the strict notation parsers.
 */
public final class Indicators {
    private static final String FAMILY = "FMXBTHWADCIY";
    private static final String RELATIVE = "R";
    private static final String FAMILIAR = "FMXBTHWADCIYRKP";
    private static final String UNFAMILIAR = "OESU";
    private static final List<String> BODY = List.of("BH", "BE", "BT", "BA", "BS");
    // Python's re with str patterns: \s and \d are Unicode-aware, hence UNICODE_CHARACTER_CLASS.
    private static final Pattern PARTIES =
            Pattern.compile("^(.*?)\\s+(\\d)([>=Rr*]+)\\s*(.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DREAMER = Pattern.compile("(^|\\+)D(\\+|$)");

    private Indicators() {
    }

    /** One interaction code split into initiator, level, type and target (spaces removed from both sides). */
    private record Parties(String initiator, int level, String type, String target) {
    }

    /**
     * Every indicator of {@code tools/hvdc_indicators.py} except the "N ..." counts, in its order, with the counts
     * behind it.
     */
    public static List<IndicatorValue> compute(List<Card> cards) {
        int n = cards.size();
        List<String> chars = codes(cards, Category.CHARACTERS);
        List<String> humans = new ArrayList<>();
        int animals = 0;
        for (String c : chars) {
            if (isAnimal(c)) {
                animals++;
            }
            if (c.length() >= 4 && !isAnimal(c) && !isCreature(c)) {
                humans.add(c);
            }
        }
        int males = count(humans, c -> c.charAt(1) == 'M');
        int females = count(humans, c -> c.charAt(1) == 'F');
        int fam = count(humans, c -> FAMILIAR.indexOf(c.charAt(2)) >= 0);
        int unf = count(humans, c -> UNFAMILIAR.indexOf(c.charAt(2)) >= 0);
        List<IndicatorValue> r = new ArrayList<>();
        r.add(iv("Male/Female %", males, males + females));
        r.add(iv("Familiarity %", fam, fam + unf));
        r.add(iv("Friends %", count(humans, c -> c.charAt(2) == 'K'), humans.size()));
        r.add(iv("Family %", count(humans, c -> (FAMILY + RELATIVE).indexOf(c.charAt(2)) >= 0), humans.size()));
        r.add(iv("Group %", count(humans, c -> "246".indexOf(c.charAt(0)) >= 0), humans.size()));
        r.add(iv("Dead & Imaginary %", count(chars, c -> "3456".indexOf(c.charAt(0)) >= 0), chars.size()));
        r.add(iv("Animal %", animals, chars.size()));

        List<Parties> agg = interactions(cards, Category.AGGRESSION);
        List<Parties> fri = interactions(cards, Category.FRIENDLINESS);
        List<Parties> sex = interactions(cards, Category.SEXUALITY);
        List<Parties> dAgg = agg.stream().filter(Indicators::involvesDreamer).toList();
        List<Parties> dFri = fri.stream().filter(Indicators::involvesDreamer).toList();
        r.add(iv("Aggression/Friendliness %", dAgg.size(), dAgg.size() + dFri.size()));
        int befriender = count(dFri, a -> a.type.equals(">") && hasDreamer(a.initiator));
        int befriended = count(dFri, a -> a.type.equals(">") && hasDreamer(a.target));
        r.add(iv("Befriender %", befriender, befriender + befriended));
        int aggressor = count(dAgg, a -> a.type.equals(">") && hasDreamer(a.initiator));
        int victim = count(dAgg, a -> a.type.equals(">") && hasDreamer(a.target));
        r.add(iv("Aggressor %", aggressor, aggressor + victim));
        r.add(iv("Physical Aggression %", count(agg, a -> a.level >= 5), agg.size()));
        r.add(iv("A/C index", agg.size(), chars.size()));
        r.add(iv("F/C index", fri.size(), chars.size()));
        r.add(iv("S/C index", sex.size(), chars.size()));

        List<String> settings = codes(cards, Category.SETTINGS);
        int indoor = count(settings, s -> s.charAt(0) == 'I');
        int outdoor = count(settings, s -> s.charAt(0) == 'O');
        r.add(iv("Indoor Setting %", indoor, indoor + outdoor));
        int famS = count(settings, s -> s.length() > 1 && s.charAt(1) == 'F');
        int unfS = count(settings, s -> s.length() > 1 && s.charAt(1) == 'U');
        r.add(iv("Familiar Setting %", famS, famS + unfS));

        List<String> mis = codes(cards, Category.MISFORTUNE);
        int dMis = count(mis, Indicators::dreamerInvolved);
        int dGf = count(codes(cards, Category.GOOD_FORTUNE), Indicators::dreamerInvolved);
        int dSuc = count(codes(cards, Category.SUCCESS), Indicators::dreamerInvolved);
        int dFail = count(codes(cards, Category.FAILURE), Indicators::dreamerInvolved);
        int negative = victim + dMis + dFail;
        int positive = befriended + dGf + dSuc;
        r.add(iv("Self-Negativity %", negative, negative + positive));
        r.add(iv("Dreamer-Involved Success %", dSuc, dSuc + dFail));
        r.add(iv("Bodily Misfortunes %", count(mis, s -> s.startsWith("M5") || s.startsWith("M6")), mis.size()));
        List<String> body = codes(cards, Category.OBJECTS).stream().filter(BODY::contains).toList();
        r.add(iv("Torso/Anatomy %", count(body, o -> o.equals("BT") || o.equals("BA") || o.equals("BS")),
                body.size()));
        List<String> emotions = codes(cards, Category.EMOTIONS).stream()
                .map(e -> e.split(",", -1)[0].strip()).toList();
        r.add(iv("Negative Emotions %", count(emotions, e -> List.of("AN", "AP", "SD", "CO").contains(e)),
                emotions.size()));
        String[][] kinds = {{"aggression", "Aggression"}, {"friendliness", "Friendliness"},
            {"sexuality", "Sexuality"}, {"misfortune", "Misfortune"}, {"good_fortune", "Good Fortune"},
            {"success", "Success"}, {"failure", "Failure"}};
        for (String[] kind : kinds) {
            Category category = Category.ofKey(kind[0]);
            r.add(iv("Dreams with >=1 " + kind[1] + " %", count(cards, c -> any(c, category)), n));
        }
        r.add(iv("Dreams with >=1 Striving %",
                count(cards, c -> any(c, Category.SUCCESS) || any(c, Category.FAILURE)), n));
        r.add(iv("Characters per dream", chars.size(), n));
        return List.copyOf(r);
    }

    private static IndicatorValue iv(String name, int numerator, int denominator) {
        return new IndicatorValue(name, numerator, denominator);
    }

    /** The non-empty codes of one category over all cards, in order. */
    private static List<String> codes(List<Card> cards, Category category) {
        List<String> out = new ArrayList<>();
        for (Card card : cards) {
            for (String code : card.codes(category)) {
                if (!code.isEmpty()) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static boolean any(Card card, Category category) {
        return card.codes(category).stream().anyMatch(s -> !s.isEmpty());
    }

    private static <T> int count(List<T> items, java.util.function.Predicate<T> test) {
        int k = 0;
        for (T t : items) {
            if (test.test(t)) {
                k++;
            }
        }
        return k;
    }

    // Python slices never fail on short strings: c[1:3] == "AN" is simply false for "1".
    private static boolean isAnimal(String c) {
        return c.length() >= 3 && c.startsWith("AN", 1);
    }

    private static boolean isCreature(String c) {
        return c.length() >= 4 && c.startsWith("CZZ", 1);
    }

    private static List<Parties> interactions(List<Card> cards, Category category) {
        List<Parties> out = new ArrayList<>();
        for (Card card : cards) {
            for (String code : card.codes(category)) {
                Matcher m = PARTIES.matcher(code.strip());
                if (m.matches()) {
                    out.add(new Parties(m.group(1).replace(" ", ""), Character.digit(m.group(2).codePointAt(0), 10),
                            m.group(3), m.group(4).replace(" ", "")));
                }
            }
        }
        return out;
    }

    private static boolean involvesDreamer(Parties p) {
        return hasDreamer(p.initiator) || hasDreamer(p.target);
    }

    private static boolean hasDreamer(String side) {
        return side != null && DREAMER.matcher(side).find();
    }

    private static boolean dreamerInvolved(String code) {
        int comma = code.indexOf(',');
        return comma >= 0 && hasDreamer(code.substring(comma + 1).replace(" ", ""));
    }
}
