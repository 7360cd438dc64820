package org.dreamloom.coding.emotions;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dreamloom.coding.WordNetLexicons;

/**
 * Reproduces {@code emotions-wordnet.txt}: the adjectives and nouns WordNet 3.1 files under each HVdC emotion
 * class, so that the emotion coder knows feeling words the hand-written {@code emotions.txt} never listed
 * ("woebegone", "aghast", "wrathful") without a WordNet lookup per report.
 *
 * <p>Each class starts from core senses: for adjectives the head sense and its "similar to" satellites (afraid
 * → aghast, alarmed, panicky ...), for nouns the feeling and all its hyponyms (fear → dread, panic, terror ...).
 * A word is listed only when its <em>first</em> sense is in the class and it is used more as an adjective (or a
 * noun) than as anything else in WordNet's tagged corpus, so "blue" (a colour) or "cross" (to cross a street)
 * are left out. Run: {@code java -cp <core classpath> org.dreamloom.coding.emotions.EmotionWordNetBuilder OUT.txt}.
 */
public final class EmotionWordNetBuilder {
    /** One starting sense: the emotion class, the part of speech, a word and its WordNet 3.1 sense number. */
    record Seed(String label, POS pos, String word, int sense) {
    }

    /** The core senses of each class; a word found under two classes takes the first. */
    static final List<Seed> SEEDS = List.of(
            new Seed("AN", POS.ADJECTIVE, "angry", 1), new Seed("AN", POS.NOUN, "anger", 1),
            new Seed("AP", POS.ADJECTIVE, "afraid", 1), new Seed("AP", POS.ADJECTIVE, "afraid", 3),
            new Seed("AP", POS.ADJECTIVE, "anxious", 1), new Seed("AP", POS.ADJECTIVE, "nervous", 1),
            new Seed("AP", POS.ADJECTIVE, "ashamed", 1), new Seed("AP", POS.ADJECTIVE, "embarrassed", 1),
            new Seed("AP", POS.NOUN, "fear", 1), new Seed("AP", POS.NOUN, "shame", 1),
            new Seed("AP", POS.NOUN, "embarrassment", 1),
            new Seed("SD", POS.ADJECTIVE, "sad", 1), new Seed("SD", POS.ADJECTIVE, "unhappy", 1),
            new Seed("SD", POS.ADJECTIVE, "unhappy", 2), new Seed("SD", POS.ADJECTIVE, "lonely", 1),
            new Seed("SD", POS.ADJECTIVE, "disappointed", 1), new Seed("SD", POS.NOUN, "sadness", 1),
            new Seed("SD", POS.NOUN, "sadness", 2),
            new Seed("CO", POS.ADJECTIVE, "confused", 1), new Seed("CO", POS.ADJECTIVE, "surprised", 1),
            new Seed("CO", POS.NOUN, "surprise", 1), new Seed("CO", POS.NOUN, "confusion", 2),
            new Seed("HA", POS.ADJECTIVE, "happy", 1), new Seed("HA", POS.ADJECTIVE, "glad", 1),
            new Seed("HA", POS.ADJECTIVE, "cheerful", 1), new Seed("HA", POS.ADJECTIVE, "joyful", 1),
            new Seed("HA", POS.ADJECTIVE, "pleased", 1), new Seed("HA", POS.NOUN, "happiness", 2));

    /**
     * Words WordNet files under a class that in a narrative mostly name no feeling of a character: states of
     * things ("dark", "heavy", "low"), cognition ("lost" is being lost, a misfortune), and social words.
     */
    static final Set<String> NOT_EMOTIONS = Set.of("lost", "dark", "heavy", "low", "down", "blue", "black", "light",
            "bright", "sunny", "warm", "cold", "hot", "wild", "high", "mad", "crazy", "nervous", "feeling", "care",
            "concern", "interest", "wonder", "awe", "reverence", "hope", "love", "pleasure", "fun", "comfort", "ease",
            "easy", "good", "fine", "well", "gay", "merry", "hilarious", "funny", "gloomy", "somber", "sombre",
            "solemn", "serious", "grave", "sick", "ill", "upset", "broken", "shaken", "disordered", "scattered",
            "surprise", "shock", "confusion", "mix-up", "chaos", "disarray", "muddle", "mess", "jumble", "clutter",
            "daze", "fog", "haze", "glow", "warmth", "sorry", "mournful", "dolorous", "dismal", "cheerless", "drab",
            // an eagerness, an act or an outcome rather than a feeling ("eager to go", "was hunted", "foiled")
            "eager", "concerned", "hunted", "suspense", "boding", "premonition", "presentiment", "alarm", "laughing",
            "smiling", "beaming", "belonging", "closeness", "togetherness", "encouraged", "diverted", "entertained",
            "twinkly", "riant", "dilemma", "enigma", "mystery", "distraction", "obfuscation", "half-cock",
            "harassment", "temper", "smoldering", "smouldering", "hackles", "unaccompanied", "lone", "foiled",
            "thwarted", "unsuccessful", "tragic", "tragical", "tragicomical", "bittersweet", "oppressiveness",
            "penance", "poignance", "poignancy", "jiggered", "popeyed", "openmouthed", "goggle-eyed", "frustrated");

    private EmotionWordNetBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: EmotionWordNetBuilder OUT.txt");
            System.exit(2);
        }
        Dictionary dict = Dictionary.getDefaultResourceInstance();
        Map<String, Set<String>> byLabel = new LinkedHashMap<>();
        classify(dict).forEach((word, label) -> byLabel.computeIfAbsent(label, k -> new TreeSet<>()).add(word));
        WordNetLexicons.write(Path.of(args[0]), List.of(
                "generated by EmotionWordNetBuilder from WordNet 3.1: adjectives and nouns whose first sense lies",
                "under a core HVdC emotion sense (similar-to satellites, hyponyms). Do not edit; rerun it."), byLabel);
    }

    /** Every single-word adjective or noun whose first sense lies under a class, with the class label. */
    static Map<String, String> classify(Dictionary dict) throws JWNLException {
        Map<Synset, String> classOf = new HashMap<>();
        for (Seed s : SEEDS) {
            IndexWord w = dict.getIndexWord(s.pos(), s.word());
            if (w == null || w.getSenses().size() < s.sense()) {
                throw new IllegalStateException("WordNet has no sense " + s.sense() + " of " + s.word());
            }
            Synset root = w.getSenses().get(s.sense() - 1);
            PointerType down = s.pos() == POS.ADJECTIVE ? PointerType.SIMILAR_TO : PointerType.HYPONYM;
            for (Synset syn : WordNetLexicons.below(root, down, s.pos() == POS.ADJECTIVE ? 1 : 8)) {
                classOf.putIfAbsent(syn, s.label());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (POS pos : List.of(POS.ADJECTIVE, POS.NOUN)) {
            Iterator<IndexWord> it = dict.getIndexWordIterator(pos);
            while (it.hasNext()) {
                IndexWord w = it.next();
                String lemma = w.getLemma();
                if (!lemma.matches("[a-z]+(-[a-z]+)?") || w.getSenses().isEmpty() || NOT_EMOTIONS.contains(lemma)) {
                    continue;
                }
                String label = classOf.get(w.getSenses().get(0));
                if (label != null && !mostlyOtherPart(dict, lemma, w, pos)) {
                    out.putIfAbsent(lemma, label);
                }
            }
        }
        return out;
    }

    /** True when the word is tagged more often in another part of speech than {@code pos} ("cross", "blue"). */
    private static boolean mostlyOtherPart(Dictionary dict, String lemma, IndexWord w, POS pos) throws JWNLException {
        int uses = WordNetLexicons.uses(w, lemma);
        for (POS other : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
            if (other == pos) {
                continue;
            }
            IndexWord o = dict.getIndexWord(other, lemma);
            if (o != null && WordNetLexicons.uses(o, lemma) > uses) {
                return true;
            }
        }
        return false;
    }
}
