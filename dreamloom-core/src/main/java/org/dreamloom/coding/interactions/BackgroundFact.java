package org.dreamloom.coding.interactions;

import java.util.Set;
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.nlp.Document;

/**
 * Recognizes friendliness cues that state a background fact rather than an act in the dream: a civil status
 * ("she was married", "I am engaged", "a married man") or a relationship told in the past perfect ("boys I had
 * dated", "a girl he used to go with"). HVdC codes what characters do to each other in the dream itself.
 */
final class BackgroundFact {
    private static final Set<String> BE = Set.of("is", "was", "are", "am", "were", "been", "'s", "'re", "'m", "being");
    private static final Set<String> STATUS = Set.of("married", "engaged");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "his", "her", "their", "our", "your");
    private static final Set<String> PERFECT = Set.of("had", "has", "have", "'d", "'ve");
    /** First words of cues that name a lasting relationship rather than an act. */
    private static final Set<String> RELATIONSHIPS = Set.of("dated", "dating", "date", "liked", "loved", "admired",
            "adored", "go", "going", "gone", "went", "married", "engaged", "fond");
    private static final Set<String> ADVERBS = Set.of("just", "recently", "once", "never", "ever", "already", "always",
            "often", "previously", "formerly", "been", "also");

    private BackgroundFact() {
    }

    /** True when the cue states a civil status or a past relationship instead of an act. */
    static boolean isBackground(Document doc, PhraseLexicon.Match m) {
        return isStatus(doc, m) || isPastPerfect(doc, m) || isRelationNoun(doc, m);
    }

    /** Nouns that name a person by a relationship ("my fiance") rather than tell of an act. */
    private static final Set<String> RELATION_NOUNS = Set.of("fiance", "fiancee", "fiancé", "fiancée");
    /** Nouns of a ceremony that is someone else's when a third person's or an article determines it. */
    private static final Set<String> CEREMONIES = Set.of("wedding", "engagement");
    private static final Set<String> OTHERS_DETERMINERS = Set.of("a", "an", "the", "his", "her", "their");

    /**
     * "My fiance", "a friend of my fiance's": a relationship noun names a character, it is no act; "the wedding
     * of my sister", "her engagement": a ceremony told with an article or a third person's possessive is
     * someone's event rather than the dreamer's marriage act.
     */
    static boolean isRelationNoun(Document doc, PhraseLexicon.Match m) {
        if (m.end() - m.first() != 1) {
            return false;
        }
        String w = doc.lower(m.first());
        if (RELATION_NOUNS.contains(w)) {
            return true;
        }
        int s = doc.sentenceFirstToken(doc.sentenceOf(m.first()));
        return CEREMONIES.contains(w) && m.first() > s && OTHERS_DETERMINERS.contains(doc.lower(m.first() - 1));
    }

    /**
     * "She was married", "I am engaged", "a married man": the participle after a form of "be" with no "to"
     * after it, or after a determiner. "I was going to be married to Bob" (with "to") stays an act.
     */
    static boolean isStatus(Document doc, PhraseLexicon.Match m) {
        if (m.end() - m.first() != 1 || !STATUS.contains(doc.lower(m.first()))) {
            return false;
        }
        int s = doc.sentenceFirstToken(doc.sentenceOf(m.first()));
        int j = m.first() - 1;
        while (j >= s && (ADVERBS.contains(doc.lower(j)) || doc.lower(j).endsWith("ly"))) {
            j--;
        }
        if (j < s) {
            return false;
        }
        if (DETERMINERS.contains(doc.lower(j))) {
            return true; // "a married man", "my married sister"
        }
        boolean toFollows = m.end() < doc.sentenceEndToken(doc.sentenceOf(m.first())) && doc.lower(m.end()).equals("to");
        return BE.contains(doc.lower(j)) && !toFollows && !(j - 1 >= s && doc.lower(j - 1).equals("to"));
    }

    /**
     * "Boys I had dated", "someone I had liked", "a girl he used to go with": a past-perfect or "used to"
     * relationship is the dreamer's history, not something that happens in the dream.
     */
    static boolean isPastPerfect(Document doc, PhraseLexicon.Match m) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(m.first()));
        int j = m.first() - 1;
        while (j >= s && ADVERBS.contains(doc.lower(j))) {
            j--;
        }
        if (j < s) {
            return false;
        }
        String w = doc.lower(m.first());
        if (!RELATIONSHIPS.contains(w)) {
            return false; // "I had been introduced": narration in the past perfect is still the dream's story
        }
        if (PERFECT.contains(doc.lower(j)) && (w.endsWith("ed") || doc.lower(m.first() - 1).equals("been"))) {
            return true;
        }
        return j - 1 >= s && doc.lower(j).equals("to") && doc.lower(j - 1).equals("used");
    }
}
