package org.dreamloom.coding.emotions;

import java.util.Set;
import org.dreamloom.nlp.Document;

/**
 * Whether a cue word is asserted, negated ("I wasn't afraid") or hypothetical ("I would have been angry",
 * "if he hit me"), judged from the few tokens before it in its clause. Shared by the cue-based coders.
 */
public enum Scope {
    /** The report says it happened. */
    ASSERTED,
    /** The report says it did not happen. */
    NEGATED,
    /** The report says it might, would or could have happened. */
    HYPOTHETICAL;

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nobody", "nor", "without",
            "hardly", "neither", "nothing", "cannot", "didnt", "wasnt", "dont", "couldnt", "wouldnt", "isnt", "lest");
    private static final Set<String> HYPOTHETICALS = Set.of("would", "'d", "might", "should", "if", "unless",
            "wish", "wished", "hoping", "hope", "whether", "supposed", "pretend", "pretended", "lest", "may", "almost", "nearly");
    /** Tokens that end a clause: the scope of a negation does not reach across them. */
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "but", "and", "because", "so", "then",
            "when", "while", "though", "although", "until", "after", "before", "(", ")", "\"", "-", "--", "since", "that",
            "who", "which", "where", "as");
    private static final int WINDOW = 5;

    /** The scope of the cue that starts at token {@code first}. */
    public static Scope of(Document doc, int first) {
        int sentStart = doc.sentenceFirstToken(doc.sentenceOf(first));
        for (int j = first - 1, seen = 0; j >= sentStart && seen < WINDOW; j--, seen++) {
            String t = doc.lower(j);
            if (BOUNDARIES.contains(t)) {
                break;
            }
            if (NEGATORS.contains(t) || t.endsWith("n't")) {
                // "not only", "no longer" still negate; "nothing but" does not
                if (t.equals("nothing") && j + 1 < doc.size() && doc.lower(j + 1).equals("but")) {
                    continue;
                }
                return NEGATED;
            }
            if (HYPOTHETICALS.contains(t)) {
                return HYPOTHETICAL;
            }
            if (t.equals("could") && j + 1 < first && doc.lower(j + 1).equals("have")) {
                return HYPOTHETICAL;
            }
        }
        return ASSERTED;
    }
}
