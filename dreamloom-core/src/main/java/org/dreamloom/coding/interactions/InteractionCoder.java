package org.dreamloom.coding.interactions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dreamloom.coding.Artifact;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Coder;
import org.dreamloom.coding.Evidence;
import org.dreamloom.coding.emotions.CharacterRefs;
import org.dreamloom.coding.emotions.EmotionCoder;
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.coding.emotions.Scope;
import org.dreamloom.nlp.Document;

/**
 * Codes one kind of HVdC social interaction — aggression, friendliness or sexuality — as
 * {@code INITIATOR LEVEL TYPE TARGET} (e.g. {@code 1MSA 7> D}) from the cue words of {@code interactions.txt}.
 * The initiator is the person the cue's clause is about, the target the first person after the cue (swapped
 * for passives: "I was chased by a man"); both are linked to the card's characters or the dreamer. A side
 * that cannot be found defaults to the dreamer when the other side is a character — dream narratives are
 * told around the dreamer. Negated and hypothetical cues are not coded.
 *
 * <p>Requires the CHARACTERS category (interactions are between coded characters). Reads only tokens.
 * Stateless and thread-safe.
 */
public final class InteractionCoder implements Coder {
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "got", "get", "gets",
            "is", "are", "be", "getting");
    /** Past participles that do not end in -ed or -en ("I was hit", "she got caught"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("hit", "shot", "caught", "held", "struck", "stung",
            "bit", "beat", "led", "bound", "hurt", "cut", "kept", "left", "sent", "told", "brought", "shut", "stuck",
            "thrown", "slain", "fought", "sought", "put", "let", "set", "run", "thrust", "spat", "spit", "burnt");
    /** Verbs of feeling that make a following participle something undergone ("I felt rejected"). */
    private static final Set<String> FELT = Set.of("felt", "feel", "feels", "feeling");
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "their", "your");
    private static final int TARGET_WINDOW = 4;

    /** True when a verb of feeling is among the three tokens before {@code i} ("felt very insulted"). */
    private static boolean feltBefore(Document doc, int i) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        for (int j = i - 1; j >= Math.max(s, i - 3); j--) {
            if (FELT.contains(doc.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a passive auxiliary or a verb of feeling comes right before token {@code i}, adverbs between
     * ("I was completely ignored", "I felt very rejected").
     */
    private static boolean passiveAux(Document doc, int i) {
        String w = doc.lower(i);
        if (!w.endsWith("ed") && !w.endsWith("en") && !IRREGULAR_PARTICIPLES.contains(w)) {
            return false; // "he was angry with me": an adjective after "was" is no passive
        }
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        if (i > s && PASSIVE_AUX.contains(doc.lower(i - 1))) {
            return true;
        }
        if (!doc.lower(i).endsWith("ed")) {
            return false; // "he was very rude": an adjective, not a participle
        }
        int j = i - 1;
        while (j >= s && j >= i - 3 && (doc.lower(j).endsWith("ly") || doc.lower(j).equals("very")
                || doc.lower(j).equals("so") || doc.lower(j).equals("quite") || doc.lower(j).equals("also"))) {
            j--;
        }
        return j >= s && (PASSIVE_AUX.contains(doc.lower(j)) || FELT.contains(doc.lower(j)));
    }
    /** The initiator of an aggression whose doer the report does not name, as the norm cards write it. */
    public static final String UNKNOWN = "Q";

    private final Category category;
    private final PhraseLexicon lexicon;

    private InteractionCoder(Category category, String labelPrefix) {
        this.category = category;
        this.lexicon = PhraseLexicon.load(InteractionCoder.class, "interactions.txt", labelPrefix);
    }

    /** The aggression coder (levels 1–8). */
    public static InteractionCoder aggression() {
        return new InteractionCoder(Category.AGGRESSION, "A");
    }

    /** The friendliness coder (levels 1–7). */
    public static InteractionCoder friendliness() {
        return new InteractionCoder(Category.FRIENDLINESS, "F");
    }

    /** The sexuality coder (levels 1–5). */
    public static InteractionCoder sexuality() {
        return new InteractionCoder(Category.SEXUALITY, "S");
    }

    @Override
    public String name() {
        return category.key();
    }

    @Override
    public int version() {
        // 3: the rules of the inter3 branch (split contractions, things, background facts, passives); the
        // reciprocal-R rule that first carried this number was taken out again (imprecise on dev).
        return 3;
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.TOKENS, Artifact.of(Category.CHARACTERS));
    }

    @Override
    public Category produces() {
        return category;
    }

    /** One interaction found in a report, before it is written as a code. */
    public record Interaction(String initiator, int level, char type, String target, int first, int end) {
        /** The DreamBank notation, e.g. {@code D 3> 1FMA}. */
        public String code() {
            return initiator + " " + level + type + " " + target;
        }
    }

    /** The interactions of this coder's kind in {@code doc}, in text order. */
    public List<Interaction> find(Document doc, CharacterRefs refs) {
        List<Interaction> out = new ArrayList<>();
        for (PhraseLexicon.Match m : lexicon.findAll(doc)) {
            if (Scope.of(doc, m.first()) != Scope.ASSERTED) {
                continue;
            }
            if (category == Category.AGGRESSION && thingDoesIt(doc, refs, m.first())) {
                continue; // "the truck hit it": a thing, not a character, acts
            }
            String label = m.label();
            int level = label.charAt(1) - '0';
            char type = label.length() > 2 ? label.charAt(2) : '>';
            if ((category == Category.AGGRESSION && (level == 1 || level >= 5) || category == Category.SEXUALITY)
                    && type != '='
                    && firstRefInside(refs, m) == null && ObjectOfCue.isThing(doc, refs, m.end())) {
                continue; // "pushed back the curtain", "hated the food": the act is aimed at a thing
            }
            if (category == Category.FRIENDLINESS && BackgroundFact.isBackground(doc, m)) {
                continue; // "she was married", "boys I had dated": history, not an act in the dream
            }
            if (category == Category.AGGRESSION && ObjectOfCue.isNounUse(doc, m)) {
                continue; // "we heard a shot": the noun names a sound or an event, not who did it to whom
            }
            boolean reversed = type == '<'; // "I ran away from the man": the man chases the dreamer
            if (reversed) {
                type = '>';
            }
            String init = null;
            String target = null;
            Integer byAgent = byAgent(doc, refs, m);
            // "was chased" is passive, "was yelling at" is not
            boolean passive = byAgent != null || !doc.lower(m.first()).endsWith("ing") && passiveAux(doc, m.first())
                    && type != '=' || category == Category.AGGRESSION && ObjectOfCue.isFeltParticiple(doc, refs, m);
            Integer before = refs.subjectBefore(m.first());
            Integer inside = firstRefInside(refs, m);
            Integer after = inside != null ? inside : refs.refAfter(m.end() - 1, TARGET_WINDOW);
            if (passive) {
                target = before == null ? null : known(refs.refAt(before));
                if (byAgent == null && category == Category.AGGRESSION && target != null
                        && !CharacterRefs.DREAMER.equals(target) && (level <= 3 || feltBefore(doc, m.first()))) {
                    // "she felt insulted", "she was quite insulted": words or feelings come from the other person
                    // in the scene, usually the dreamer (physical harm with no agent is left to misfortunes)
                    String by = otherThan(refs, target, m.first());
                    if (by != null && !by.equals(target)) {
                        out.add(new Interaction(by, level, type, target, m.first(), m.end()));
                    }
                    continue;
                }
                if (byAgent == null && category == Category.AGGRESSION) {
                    // "I was thrown into a closet": an unknown aggressor, coded Q as on the norm cards; "he was
                    // killed" names no one at all and is left to the misfortune coder
                    if (!CharacterRefs.DREAMER.equals(target)) {
                        continue;
                    }
                    // "I felt rejected": words and slights come from someone in the scene; force from someone unnamed
                    String by = level <= 3 ? refs.nearestCharacter(m.first()) : null;
                    out.add(new Interaction(by == null ? UNKNOWN : by, level, type, target, m.first(), m.end()));
                    continue;
                }
                init = byAgent == null ? null : refs.refAt(byAgent);
                if (init == null && target != null) {
                    init = refs.nearestCharacter(m.first()); // "I had been introduced": by someone in the scene
                }
            } else if (inside != null && SUBJECT_PRONOUNS.contains(doc.lower(inside))) {
                // "but she wouldn't": the person inside the cue is the one who refuses
                init = refs.refAt(inside);
                Integer object = refs.refAfter(m.end() - 1, TARGET_WINDOW);
                target = object == null ? null : refs.refAt(object);
            } else {
                init = before == null ? null : refs.refAt(before);
                target = after == null ? null : refs.refAt(after);
                if (reversed) {
                    String t = init;
                    init = target;
                    target = t;
                }
            }
            init = known(init);
            target = known(target);
            if (init == null && target == null) {
                init = CharacterRefs.DREAMER; // "there was an argument": told from the dreamer's side
            }
            if (init != null && init.equals(target)) {
                if (after != null && OBJECT_PRONOUNS.contains(doc.lower(after))) {
                    init = null; // "who ignored me", "my date was angry with me": the object is sure, the subject is not
                } else {
                    target = null;
                }
            }
            if (init == null) {
                init = otherThan(refs, target, m.first());
            } else if (target == null) {
                target = otherThan(refs, init, m.first());
            }
            if (init == null || target == null || init.equals(target)) {
                continue;
            }
            if (category == Category.SEXUALITY && (isAnimal(init) || isAnimal(target))) {
                continue; // "petting the dog" is care, not sexuality
            }
            out.add(new Interaction(init, level, type, target, m.first(), m.end()));
        }
        if (category == Category.AGGRESSION) {
            // an anger word that is already a cue ("angry with me") is coded once, from the cue
            boolean[] covered = new boolean[doc.size()];
            for (Interaction it : out) {
                java.util.Arrays.fill(covered, it.first(), it.end(), true);
            }
            for (Interaction it : hostileCharacters(doc, refs)) {
                if (!covered[it.first()]) {
                    out.add(it);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Interaction::first));
        return out;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "him", "her", "them");

    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tell", "yelled", "shouted", "screamed",
            "asked", "demanded", "replied", "answered", "called");

    /**
     * Anger is hostility (aggression level 1, or 2 when words are spoken in the same sentence): a character's
     * ("the waitress became rather angry") is aimed at the person after the cue, else the dreamer; the dreamer's
     * at the person after the cue, else the nearest character.
     */
    private static List<Interaction> hostileCharacters(Document doc, CharacterRefs refs) {
        List<Interaction> out = new ArrayList<>();
        for (EmotionCoder.Cue cue : EmotionCoder.cues(doc)) {
            if (!cue.emotion().equals("AN") || cue.scope() != Scope.ASSERTED) {
                continue;
            }
            String who = known(EmotionCoder.experiencer(doc, refs, cue));
            if (who == null) {
                continue;
            }
            Integer after = refs.refAfter(cue.end() - 1, TARGET_WINDOW);
            String target = after == null ? null : known(refs.refAt(after));
            if (who.equals(CharacterRefs.DREAMER)) {
                // the dreamer's anger is aimed at the character it names, else at the character just before it
                // ("Bill left early. I was furious."); a thing that angers ("an exasperating search") is no one
                if (target == null || target.equals(who)) {
                    target = doc.lower(cue.end() - 1).endsWith("ing") ? null : characterBefore(doc, refs, cue.first());
                }
                if (target == null) {
                    continue;
                }
            } else if (target == null || target.equals(who)) {
                target = CharacterRefs.DREAMER;
            }
            int s = doc.sentenceOf(cue.first());
            int level = 1;
            for (int j = doc.sentenceFirstToken(s); j < doc.sentenceEndToken(s); j++) {
                if (SPEECH.contains(doc.lower(j))) {
                    level = 2;
                }
            }
            out.add(new Interaction(who, level, '>', target, cue.first(), cue.end()));
        }
        return out;
    }

    /** The character (not the dreamer) mentioned last before token {@code i}, in its sentence or the one before. */
    private static String characterBefore(Document doc, CharacterRefs refs, int i) {
        int from = doc.sentenceFirstToken(Math.max(0, doc.sentenceOf(i) - 1));
        for (int j = i - 1; j >= from; j--) {
            String r = known(refs.refAt(j));
            if (r != null && !r.equals(CharacterRefs.DREAMER)) {
                return r;
            }
        }
        return null;
    }

    private static final Set<String> GLUE = Set.of("had", "has", "have", "was", "were", "also", "then", "just",
            "suddenly", "again", "finally", "really", "actually", "'s", "'d", "still", "soon", "immediately");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "another", "some");

    /** True when the word right before the cue is a determined noun that names no person ("the car hit"). */
    private static boolean thingDoesIt(Document doc, CharacterRefs refs, int first) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(first));
        int j = first - 1;
        while (j >= s && GLUE.contains(doc.lower(j))) {
            j--;
        }
        if (j < s || refs.refAt(j) != null || !Character.isLetter(doc.lower(j).charAt(0))) {
            return false;
        }
        return j - 1 >= s && DETERMINERS.contains(doc.lower(j - 1))
                || j - 2 >= s && DETERMINERS.contains(doc.lower(j - 2)) && refs.refAt(j - 1) == null;
    }

    /** A person reference inside a multi-word cue ("gave me", "kicked us out"). */
    private static Integer firstRefInside(CharacterRefs refs, PhraseLexicon.Match m) {
        for (int j = m.first() + 1; j < m.end(); j++) {
            if (refs.refAt(j) != null) {
                return j;
            }
        }
        return null;
    }

    /** The agent of a passive cue ("chased by a dog"): the person after a "by" right after the cue, or null. */
    private static Integer byAgent(Document doc, CharacterRefs refs, PhraseLexicon.Match m) {
        int e = Math.min(doc.sentenceEndToken(doc.sentenceOf(m.first())), m.end() + 2);
        for (int j = m.end(); j < e; j++) {
            if (doc.lower(j).equals("by")) {
                Integer r = refs.refAfter(j, 5);
                // "by my brother": the agent is the brother, not the possessive "my"
                if (r != null && POSSESSIVES.contains(doc.lower(r))) {
                    Integer owned = refs.refAfter(r, 3);
                    return owned != null ? owned : r;
                }
                return r;
            }
        }
        return null;
    }

    /** True for an animal character code ({@code 1ANI}, {@code 2ANI}). */
    private static boolean isAnimal(String code) {
        return code.endsWith("ANI");
    }

    private static String known(String ref) {
        return ref == null || ref.equals(CharacterRefs.UNRESOLVED) ? null : ref;
    }

    /** The missing side of an interaction: the dreamer when the known side is a character, else the nearest character. */
    private static String otherThan(CharacterRefs refs, String known, int at) {
        if (!known.equals(CharacterRefs.DREAMER)) {
            return CharacterRefs.DREAMER;
        }
        return refs.nearestCharacter(at);
    }

    @Override
    public List<CodedItem> code(Document doc, Card soFar) {
        CharacterRefs refs = CharacterRefs.of(doc, soFar);
        // one code per pair of parties per sentence: the strongest act
        Map<String, Interaction> best = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Interaction it : find(doc, refs)) {
            String key = doc.sentenceOf(it.first()) + "|" + it.initiator() + "|" + it.target();
            Interaction prev = best.get(key);
            if (prev == null || it.level() > prev.level()) {
                best.put(key, it);
            }
            evidence.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(Evidence.of(doc.text(), doc.start(it.first()), doc.end(it.end() - 1)));
        }
        List<CodedItem> items = new ArrayList<>();
        best.forEach((key, it) -> items.add(new CodedItem(it.code(), evidence.get(key), id())));
        return items;
    }
}
