package org.dreamloom.coding.interactions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dreamloom.coding.WordNetLexicons;

/**
 * Reproduces {@code interactions-wordnet.txt}: the verbs WordNet 3.1 files under each HVdC interaction class, so
 * the interaction coders know acts the hand-written {@code interactions.txt} never listed ("pummeled",
 * "strangles", "consoled") without a WordNet lookup per report.
 *
 * <p>Each class starts from a few core verb senses (attack someone physically, deal a blow, kill, chase, take into
 * custody, threaten, steal, rebuke, insult, help, comfort, greet, praise, invite, embrace, kiss ...); the class
 * takes those senses, their synonyms and all their troponyms (the verbs that are "a way of" doing them). A verb is
 * listed only when its <em>first</em> (most frequent) sense is in the class, so that "knock" (on a door) or "hit"
 * (a ball) do not become attacks on a rare sense. Each verb is written in all its forms (base, -s, past,
 * participle, -ing), irregular forms from WordNet's own exception lists. Run:
 * {@code java -cp <core classpath> org.dreamloom.coding.interactions.InteractionWordNetBuilder OUT.txt}.
 */
public final class InteractionWordNetBuilder {
    /** One starting sense: the class label, a verb and its WordNet 3.1 sense number (1 = most frequent). */
    record Seed(String label, String verb, int sense) {
    }

    /**
     * The core senses of each class, strongest class first (a verb found under two classes takes the first).
     * Sense numbers are those of WordNet 3.1 (checked with the sense glosses, e.g. attack#4 "attack someone
     * physically or emotionally", hit#3 "deal a blow to").
     */
    static final List<Seed> SEEDS = List.of(
            new Seed("A8", "kill", 1), new Seed("A8", "murder", 1),
            new Seed("A7", "attack", 4), new Seed("A7", "hit", 3), new Seed("A7", "beat", 2),
            new Seed("A7", "injure", 1), new Seed("A7", "stab", 1), new Seed("A7", "bite", 1),
            new Seed("A7", "strangle", 1), new Seed("A7", "rape", 1),
            new Seed("A6", "chase", 1), new Seed("A6", "capture", 3), new Seed("A6", "imprison", 1),
            new Seed("A6", "kidnap", 1), new Seed("A6", "arrest", 1), new Seed("A6", "trap", 2),
            new Seed("A6", "seize", 2), new Seed("A6", "confine", 2),
            new Seed("A5", "threaten", 2),
            new Seed("A4", "steal", 1), new Seed("A4", "rob", 1), new Seed("A4", "vandalize", 1),
            new Seed("A3", "scold", 1), new Seed("A3", "criticize", 1), new Seed("A3", "accuse", 1),
            new Seed("A3", "accuse", 2), new Seed("A3", "insult", 1), new Seed("A3", "ridicule", 1),
            new Seed("A3", "deceive", 1), new Seed("A3", "deceive", 2), new Seed("A3", "punish", 1),
            new Seed("A3", "betray", 2), new Seed("A3", "reject", 2), new Seed("A3", "snub", 1),
            new Seed("A3", "bully", 1), new Seed("A3", "harass", 1), new Seed("A3", "humiliate", 1),
            new Seed("A2", "curse", 2),
            new Seed("S5", "copulate", 1),
            new Seed("S3", "kiss", 1),
            new Seed("S4", "caress", 1),
            new Seed("F6", "hug", 1), new Seed("F6", "cuddle", 2),
            new Seed("F4", "help", 1), new Seed("F4", "rescue", 1), new Seed("F4", "protect", 1),
            new Seed("F4", "comfort", 1), new Seed("F4", "give", 8), new Seed("F4", "lend", 1),
            new Seed("F3", "invite", 2), new Seed("F3", "introduce", 1),
            new Seed("F2", "greet", 1), new Seed("F2", "praise", 1), new Seed("F2", "thank", 1),
            new Seed("F2", "congratulate", 1), new Seed("F2", "congratulate", 2), new Seed("F2", "apologize", 1),
            new Seed("F2", "forgive", 1));

    /**
     * Verbs WordNet files under a class whose everyday use in a narrative is no interaction between people:
     * touching and knocking ("knocked on the door", "patted the dog"), playing ("batted the ball"), handing
     * over in general, and verbs whose main sense is a thing acting ("the car struck").
     */
    static final Set<String> NOT_INTERACTIONS = Set.of("knock", "rap", "tap", "pat", "touch", "bat", "strike", "hit",
            "bang", "drum", "thump", "pound", "hammer", "tip", "peck", "flick", "nudge", "poke", "prod", "dab",
            "stroke", "tickle", "squeeze", "press", "pinch", "brush", "rub", "hold", "carry", "take", "get", "catch",
            "have", "give", "make", "put", "keep", "save", "serve", "feed", "present", "see", "meet", "welcome",
            "receive", "ask", "call", "play", "work", "move", "run", "go", "come", "cut", "shoot", "fire", "drop",
            "sting", "hurt", "smash", "crash", "bump", "kick", "slam", "box", "pick up", "single out", "crush",
            "trounce", "defeat", "book", "pass", "touch on", "lead on", "sell", "fish", "hunt", "trap", "snap",
            "nail", "pin", "burn", "spare", "cover", "screen", "shield", "guard", "watch", "tend", "nurse", "mind",
            "back", "support", "second", "endorse", "treat", "stand", "bear", "wish", "nest", "nestle", "snuggle",
            "lap", "fold", "lock", "lock up", "hug", "glance", "graze", "sideswipe", "ram", "butt", "clip",
            // senses of things or of speech about things ("erased the board", "excused myself", "calmed down")
            "excuse", "appreciate", "question", "charge", "calm", "lull", "garden", "mother", "erase", "crusade", "fag",
            "lighten", "lighten up", "mate", "still", "wall", "ward", "tender", "yield up", "throw in", "action", "do it", "do in", "be intimate", "buff", "set on", "grass", "cop",
            "fee", "nibble", "gnaw", "neutralise", "vaporize", "decimate", "eradicate", "off", "pip", "walk off",
            "put away", "stick up", "instill", "propagate", "expedite", "facilitate", "contribute", "hand down",
            "lie with", "give away", "turn down", "execute", "sprain", "overstretch", "wrick", "subluxate", "commit suicide", "play around",
            "chew up", "tear apart", "rig", "fudge", "purge", "scald", "fob", "brush down", "ferret", "mug", "hail",
            "let off", "wait on", "hand out", "body guard", "bung", "tinsel", "palisade", "mothproof", "immunise",
            "immunize", "transfuse", "salvage", "raffle", "raffle off", "reinsure", "coinsure", "circumvallate",
            "give care", "snooker", "play false", "personate", "uncloak", "unmask", "cod", "debunk", "found",
            // proper names in lower case ("Harry", "Hector", "Chevy")
            "harry", "hector", "chevy", "chevvy", "chivy", "chivvy", "dun", "burke");

    /** Verbs whose past is the base form, missing from WordNet's exception list for that reason. */
    private static final Set<String> SAME_PAST = Set.of("put", "shut", "let", "set", "cut", "hit", "hurt", "cast",
            "burst", "thrust", "spread", "split", "slit", "bid", "rid", "shed", "upset", "beat");
    /** Irregular forms that are mostly other words ("a bit of", "lay down", "the slew"). */
    private static final Set<String> AMBIGUOUS_FORMS = Set.of("bit", "lay", "lain", "slew", "found", "saw", "wound");

    private InteractionWordNetBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: InteractionWordNetBuilder OUT.txt");
            System.exit(2);
        }
        Dictionary dict = Dictionary.getDefaultResourceInstance();
        Map<String, String> labelOfVerb = classify(dict);
        Map<String, List<String>> irregular = irregularForms(dict);
        Map<String, Set<String>> formsByLabel = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : labelOfVerb.entrySet()) {
            Set<String> forms = forms(e.getKey(), irregular);
            if (dict.getIndexWord(POS.NOUN, e.getKey()) != null) {
                // "whips", "a slap": a verb that is also a noun is written only in its past and -ing forms, which
                // no noun shares
                String verb = e.getKey().split(" ")[0];
                forms.removeIf(f -> f.split(" ")[0].equals(verb) || f.split(" ")[0].equals(thirdPerson(verb)));
            }
            formsByLabel.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).addAll(forms);
        }
        WordNetLexicons.write(Path.of(args[0]), List.of(
                "generated by InteractionWordNetBuilder from WordNet 3.1: the verbs whose first sense is a way",
                "of an HVdC interaction (troponyms of its core senses), in all their forms. Do not edit; rerun it."),
                formsByLabel);
    }

    /** Every verb lemma whose first sense lies under a class, with the class label (the first seed's class wins). */
    static Map<String, String> classify(Dictionary dict) throws JWNLException {
        Map<Synset, String> classOf = new HashMap<>();
        for (Seed s : SEEDS) {
            IndexWord w = dict.getIndexWord(POS.VERB, s.verb());
            if (w == null || w.getSenses().size() < s.sense()) {
                throw new IllegalStateException("WordNet has no sense " + s.sense() + " of the verb " + s.verb());
            }
            // all troponyms below the core sense ("hyponym" pointers of verbs), at any depth
            for (Synset syn : WordNetLexicons.below(w.getSenses().get(s.sense() - 1), PointerType.HYPONYM,
                    Integer.MAX_VALUE)) {
                classOf.putIfAbsent(syn, s.label());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<IndexWord> it = dict.getIndexWordIterator(POS.VERB);
        while (it.hasNext()) {
            IndexWord w = it.next();
            String lemma = w.getLemma();
            if (!lemma.matches("[a-z]+( [a-z]+)?") || w.getSenses().isEmpty() || NOT_INTERACTIONS.contains(lemma)) {
                continue;
            }
            String label = classOf.get(w.getSenses().get(0));
            if (label != null && !mostlyOtherPart(dict, lemma, w)) {
                out.put(lemma, label);
            }
        }
        return out;
    }

    /**
     * True when the word is more often a noun, adjective or adverb than a verb in WordNet's sense-tagged corpus
     * ("dog", "tail", "cat", "punch"): the bare word in a report is then most likely no act at all.
     */
    private static boolean mostlyOtherPart(Dictionary dict, String lemma, IndexWord verb) throws JWNLException {
        int verbUses = WordNetLexicons.uses(verb, lemma);
        for (POS pos : List.of(POS.NOUN, POS.ADJECTIVE, POS.ADVERB)) {
            IndexWord other = dict.getIndexWord(pos, lemma);
            if (other != null && WordNetLexicons.uses(other, lemma) >= Math.max(1, verbUses)) {
                return true;
            }
        }
        return false;
    }

    /** Irregular inflected forms by base verb, from WordNet's verb exception list ("threw" → "throw"). */
    static Map<String, List<String>> irregularForms(Dictionary dict) throws JWNLException {
        Map<String, List<String>> out = new HashMap<>();
        Iterator<Exc> it = dict.getExceptionIterator(POS.VERB);
        while (it.hasNext()) {
            Exc exc = it.next();
            for (String base : exc.getExceptions()) {
                out.computeIfAbsent(base, k -> new ArrayList<>()).add(exc.getLemma());
            }
        }
        return out;
    }

    /**
     * The forms of a verb or phrasal verb ("beat up" → "beats up", "beating up", ...): base, -s, -ed, -ing and the
     * irregular forms; the particle of a phrasal verb stays after the inflected verb.
     */
    static Set<String> forms(String lemma, Map<String, List<String>> irregular) {
        int space = lemma.indexOf(' ');
        String verb = space < 0 ? lemma : lemma.substring(0, space);
        String rest = space < 0 ? "" : lemma.substring(space);
        Set<String> verbs = new TreeSet<>();
        verbs.add(verb);
        verbs.add(thirdPerson(verb));
        verbs.add(gerund(verb));
        List<String> irr = irregular.getOrDefault(verb, List.of());
        // British doubling ("pummelled") is listed as an exception; the American "pummeled" is then still regular
        boolean irregularPast = irr.stream().anyMatch(f -> !f.endsWith("s") && !f.endsWith("ing")
                && !f.startsWith(verb + verb.charAt(verb.length() - 1)));
        if (!irregularPast && !SAME_PAST.contains(verb)) {
            verbs.add(past(verb));
        }
        for (String f : irr) {
            if (!f.contains(" ") && !f.contains("_") && !AMBIGUOUS_FORMS.contains(f)) {
                verbs.add(f);
            }
        }
        Set<String> out = new TreeSet<>();
        for (String v : verbs) {
            out.add(v + rest);
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** True for a short verb ending consonant-vowel-consonant whose last consonant doubles ("stab" → "stabbed"). */
    private static boolean doubles(String v) {
        int n = v.length();
        if (n < 3 || n > 4) {
            return false; // "visit" → "visited": longer verbs are mostly stressed before the last syllable
        }
        char last = v.charAt(n - 1);
        return !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(v.charAt(n - 2)) && !isVowel(v.charAt(n - 3));
    }

    static String thirdPerson(String v) {
        switch (v) {
            case "be": return "is";
            case "have": return "has";
            case "do": return "does";
            case "go": return "goes";
            default: break;
        }
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh")) {
            return v + "es";
        }
        if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return doubles(v) ? v + v.charAt(v.length() - 1) + "ed" : v + "ed";
    }

    static String gerund(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return doubles(v) ? v + v.charAt(v.length() - 1) + "ing" : v + "ing";
    }
}
