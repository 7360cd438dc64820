package org.dreamloom.coding.interactions;

import java.util.Set;
import org.dreamloom.coding.emotions.CharacterRefs;
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.nlp.Document;

/**
 * Reads what an interaction cue is aimed at from the words right after it: a thing ("pushed back the curtain"),
 * nothing at all ("I felt lonely, rejected."), or a person. Interactions are between characters, so a cue aimed
 * at a thing is no interaction, and a feeling word with no object is something the subject underwent.
 */
final class ObjectOfCue {
    /** Adverb particles of phrasal verbs, skipped to reach the object ("pushed back the curtain"). */
    private static final Set<String> PARTICLES = Set.of("back", "up", "out", "down", "off", "away", "open", "aside",
            "over", "around", "apart", "in");
    /** Words that open a noun phrase; a phrase opened so and naming no person is a thing. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "some",
            "my", "his", "its", "our", "their", "your", "all", "every", "each");
    /** Words that end a noun phrase. */
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", "!", "?", "and", "but", "or", "with",
            "to", "on", "in", "at", "into", "of", "from", "because", "so", "when", "while", "then", "\"");
    /** Aggressive acts a report also names as nouns ("we heard a shot", "he gave the ball a kick"). */
    private static final Set<String> ALSO_NOUNS = Set.of("shot", "shots", "hit", "kick", "punch", "push", "shove",
            "slap", "bite", "scratch", "attack", "murder", "kill");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "another", "one");
    /** Slights a person undergoes and reports as a feeling: "I felt hurt and rejected." */
    private static final Set<String> FELT_PARTICIPLES = Set.of("rejected", "insulted", "ignored", "hurt", "slighted",
            "snubbed", "humiliated", "criticized", "accused", "blamed", "betrayed", "deceived", "cheated", "mistreated",
            "abused", "bullied", "teased", "mocked", "ridiculed", "scolded", "excluded", "deserted", "abandoned",
            "neglected", "unwanted", "belittled", "scorned", "shunned", "left out");

    private ObjectOfCue() {
    }

    /**
     * True when the words from token {@code after} on (particles skipped) are a noun phrase that names no person:
     * "the curtain", "my bottom teeth". A person word, a pronoun, or no noun phrase at all gives false.
     */
    static boolean isThing(Document doc, CharacterRefs refs, int after) {
        int end = doc.sentenceEndToken(doc.sentenceOf(Math.max(0, after - 1)));
        int j = after;
        while (j < end && PARTICLES.contains(doc.lower(j))) {
            j++;
        }
        if (j >= end || !OPENERS.contains(doc.lower(j))) {
            return false; // a person ("hit him"), a name, or no object: leave it to the usual reading
        }
        boolean possessivePerson = refs.refAt(j) != null; // "my", "his": the thing may still be a person ("my brother")
        for (int k = j + 1; k < Math.min(end, j + 5); k++) {
            if (PHRASE_ENDS.contains(doc.lower(k))) {
                break;
            }
            if (refs.refAt(k) != null) {
                return false; // "the man", "my brother"
            }
        }
        return !possessivePerson || j + 1 < end && !PHRASE_ENDS.contains(doc.lower(j + 1));
    }

    /**
     * True when a one-word cue is used as a noun or an adjective after a determiner ("heard a shot", "the attack",
     * "the deserted streets").
     */
    static boolean isNounUse(Document doc, PhraseLexicon.Match m) {
        String w = doc.lower(m.first());
        if (m.end() - m.first() != 1 || !ALSO_NOUNS.contains(w) && !w.endsWith("ed") && !w.endsWith("en")) {
            return false; // participles after a determiner are adjectives: "the deserted streets"
        }
        int s = doc.sentenceFirstToken(doc.sentenceOf(m.first()));
        return m.first() > s && DETERMINERS.contains(doc.lower(m.first() - 1));
    }

    /**
     * True when a one-word slight is reported as the subject's feeling with no object after it: "I felt lonely,
     * rejected." or "she was hurt and left", so its subject is the target, not the one who acts.
     */
    static boolean isFeltParticiple(Document doc, CharacterRefs refs, PhraseLexicon.Match m) {
        if (m.end() - m.first() != 1 || !FELT_PARTICIPLES.contains(doc.lower(m.first()))) {
            return false;
        }
        int end = doc.sentenceEndToken(doc.sentenceOf(m.first()));
        if (m.end() >= end) {
            return true;
        }
        String next = doc.lower(m.end());
        return refs.refAt(m.end()) == null && !OPENERS.contains(next) && !next.equals("by")
                && (PHRASE_ENDS.contains(next) || next.equals("because") || next.equals("that"));
    }
}
