package org.dreamloom.coding.characters;

import static org.dreamloom.coding.characters.MentionWords.set;

import java.util.Set;
import org.dreamloom.nlp.Document;

/**
 * Reads what the dreamer says later about knowing a character she referred to by a pronoun: "I knew him",
 * "I had met her before" make a stranger or an uncertain character known (HVdC K: someone the dreamer knows
 * personally); "I didn't know him", "I had never seen her" make an uncertain one a stranger (S). The noun
 * mention itself is read by {@link MentionResolver}; this covers the statements that come after it.
 */
final class AcquaintanceStatements {
    private AcquaintanceStatements() {
    }

    /** Verbs that, with the dreamer as subject and the character as object, say she knows the character. */
    private static final Set<String> KNOWING = set("knew", "know", "known", "recognized", "recognised",
            "recognize", "recognise", "dated");
    /** Verbs that say it only in the perfect ("I had met him"): "I met him" may be the dream's first meeting. */
    private static final Set<String> KNOWING_PERFECT = set("met", "seen", "dated");
    private static final Set<String> PERFECT = set("had", "have", "'ve", "'d");
    private static final Set<String> NEGATION = set("n't", "not", "never");
    private static final Set<String> DREAMER = set("i", "we");
    /** Words that may follow an object "her" (not a possessive "her mother"). */
    private static final Set<String> AFTER_OBJECT = set(".", ",", ";", ":", "!", "?", "and", "but", "from",
            "when", "as", "because", "since", "well", "very", "quite", "only", "at", "in", "by", "before", "then",
            "slightly", "personally", "immediately", "right", "to", "through", "'", "\"", ")", "-", "--");

    /** The identity the statement around object pronoun {@code i} gives its character, or null for none. */
    static String identityAt(Document doc, int i) {
        String pron = doc.lower(i);
        if (!pron.equals("him") && !pron.equals("her") && !pron.equals("them")) {
            return null;
        }
        if (pron.equals("her") && (i + 1 >= doc.size() || !AFTER_OBJECT.contains(doc.lower(i + 1)))) {
            return null; // "I knew her mother": the mother is the known one
        }
        int first = doc.sentenceFirstToken(doc.sentenceOf(i));
        int v = i - 1;
        if (v <= first) {
            return null;
        }
        String verb = doc.lower(v);
        int k = v - 1;
        boolean perfect = false;
        boolean negated = false;
        // walk back over "had", "never", "n't", "did", "always" to the subject
        while (k >= first && k >= v - 4 && !DREAMER.contains(doc.lower(k))) {
            String t = doc.lower(k);
            if (PERFECT.contains(t)) {
                perfect = true;
            } else if (NEGATION.contains(t)) {
                negated = true;
            } else if (!t.equals("did") && !t.equals("do") && !t.equals("always") && !t.equals("already")
                    && !t.equals("really") && !t.equals("even")) {
                return null;
            }
            k--;
        }
        if (k < first || !DREAMER.contains(doc.lower(k))) {
            return null;
        }
        boolean knowing = KNOWING.contains(verb) || perfect && KNOWING_PERFECT.contains(verb);
        if (!knowing) {
            return null;
        }
        return negated ? "S" : "K";
    }

    /** Applies a statement's identity to {@code c}: K over S/U/O, S only over U (a stated stranger). */
    static void apply(DreamCharacter c, String identity) {
        if (identity == null || !c.isHuman()) {
            return;
        }
        if (identity.equals("K") && (c.identity.equals("S") || c.identity.equals("U") || c.identity.equals("O"))) {
            c.identity = "K";
        } else if (identity.equals("S") && c.identity.equals("U")) {
            c.identity = "S";
        }
    }
}
