package org.dreamloom.library.threads;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.coding.Category;

/**
 * A small hand-written lexicon of common dream symbols, characters and emotion words, used to say why two
 * dreams are linked ("both have water: lake / river"). Each entry lists the word forms that count, so no
 * stemmer is needed and "key" never matches "keyboard". Immutable and thread-safe.
 */
public final class DreamLexicon {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");

    private static final Map<String, String> SYMBOLS = index(Map.ofEntries(
            Map.entry("key", "key keys"),
            Map.entry("door", "door doors doorway doorways gate gates"),
            Map.entry("water", "water waters sea seas ocean oceans lake lakes river rivers pond flood flooded flooding wave waves tidal"),
            Map.entry("mirror", "mirror mirrors reflection reflections"),
            Map.entry("house", "house houses home homes apartment cottage cabin"),
            Map.entry("room", "room rooms hallway hallways corridor corridors cellar attic basement"),
            Map.entry("stairs", "stairs staircase stair steps ladder trapdoor"),
            Map.entry("car", "car cars truck driving drove drive brakes highway"),
            Map.entry("flying", "fly flying flew flies float floating soar soaring"),
            Map.entry("falling", "fall falling fell falls"),
            Map.entry("teeth", "tooth teeth"),
            Map.entry("snake", "snake snakes serpent serpents"),
            Map.entry("death", "dead death died dying funeral grave corpse coffin killed"),
            Map.entry("chase", "chase chased chasing pursued pursuing hunted hunting"),
            Map.entry("fire", "fire fires burning burned burnt flames smoke"),
            Map.entry("baby", "baby babies infant pregnant"),
            Map.entry("school", "school schools exam exams test class classroom teacher"),
            Map.entry("naked", "naked nude undressed"),
            Map.entry("lost", "lost maze wandering wandered"),
            Map.entry("wedding", "wedding weddings bride groom married marry"),
            Map.entry("animal", "dog dogs cat cats horse horses wolf wolves bear bears bird birds eagle eagles dolphin dolphins"),
            Map.entry("weapon", "gun guns knife knives sword shot shooting"),
            Map.entry("blood", "blood bleeding bloody"),
            Map.entry("travel", "airport plane airplane flight train station bus ticket suitcase suitcases"),
            Map.entry("darkness", "dark darkness night midnight shadow shadows"),
            Map.entry("forest", "forest woods trees tree hedges"),
            Map.entry("money", "money coins cash wallet treasure"),
            Map.entry("phone", "phone telephone call called")));

    private static final Map<String, String> CHARACTERS = index(Map.ofEntries(
            Map.entry("mother", "mother mom mum mommy mama"),
            Map.entry("father", "father dad daddy papa"),
            Map.entry("sister", "sister sisters"),
            Map.entry("brother", "brother brothers"),
            Map.entry("grandparent", "grandmother grandfather grandma grandpa granny"),
            Map.entry("child", "daughter son child children kid kids"),
            Map.entry("partner", "husband wife boyfriend girlfriend partner ex-wife ex-husband"),
            Map.entry("friend", "friend friends"),
            Map.entry("stranger", "stranger strangers figure"),
            Map.entry("coworker", "coworker coworkers boss colleague colleagues"),
            Map.entry("police", "police policeman officer")));

    private static final Map<String, String> EMOTIONS = index(Map.ofEntries(
            Map.entry("AP", "afraid scared frightened terrified fear anxious panic screamed scream nervous"),
            Map.entry("AN", "angry furious mad rage annoyed arguing shouted yelled"),
            Map.entry("SD", "sad crying cried tears grief ashamed lonely"),
            Map.entry("CO", "confused puzzled strange lost bewildered"),
            Map.entry("HA", "happy laughing laughed joy glad free cheered delighted")));

    /** The names HVdC gives the five emotions, for reasons. */
    static final Map<String, String> EMOTION_NAMES = org.dreamloom.coding.notation.EmotionCode.NAMES;

    private DreamLexicon() {}

    private static Map<String, String> index(Map<String, String> entries) {
        Map<String, String> byWord = new HashMap<>();
        entries.forEach((name, words) -> {
            for (String w : words.split(" ")) {
                byWord.put(w, name);
            }
        });
        return Map.copyOf(byWord);
    }

    /**
     * What a report holds: symbols and characters (name → the words that showed them), and emotions
     * (HVdC emotion → words or codes). Codes, when present, add their emotions.
     */
    public static Features features(String text, Map<Category, List<String>> codes) {
        Map<String, Set<String>> symbols = new TreeMap<>();
        Map<String, Set<String>> characters = new TreeMap<>();
        Map<String, Set<String>> emotions = new TreeMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            put(SYMBOLS, w, symbols);
            put(CHARACTERS, w, characters);
            put(EMOTIONS, w, emotions);
        }
        for (String code : codes.getOrDefault(Category.EMOTIONS, List.of())) {
            int comma = code.indexOf(',');
            String e = (comma < 0 ? code : code.substring(0, comma)).trim().toUpperCase(Locale.ROOT);
            if (EMOTION_NAMES.containsKey(e)) {
                emotions.computeIfAbsent(e, k -> new TreeSet<>()).add("code " + code);
            }
        }
        Set<String> characterCodes = new TreeSet<>(codes.getOrDefault(Category.CHARACTERS, List.of()));
        return new Features(symbols, characters, emotions, characterCodes);
    }

    private static void put(Map<String, String> lexicon, String word, Map<String, Set<String>> out) {
        String name = lexicon.get(word);
        if (name != null) {
            out.computeIfAbsent(name, k -> new TreeSet<>()).add(word);
        }
    }

    /**
     * The lexicon features of one report.
     *
     * @param symbols        symbol → words that showed it
     * @param characters     character kind → words that showed it
     * @param emotions       HVdC emotion (AP, AN, SD, CO, HA) → words or codes that showed it
     * @param characterCodes the HVdC character codes of the report, when it has been coded
     */
    public record Features(Map<String, Set<String>> symbols, Map<String, Set<String>> characters,
            Map<String, Set<String>> emotions, Set<String> characterCodes) {}
}
