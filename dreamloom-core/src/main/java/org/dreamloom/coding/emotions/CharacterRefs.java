package org.dreamloom.coding.emotions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.dreamloom.nlp.Document;

/**
 * Links words of a report to the characters already coded on the card ({@code soFar}'s CHARACTERS) or to the
 * dreamer {@code D}: evidence spans of the character codes first, then character nouns ("mother", "a man"),
 * proper names, and pronouns resolved to the most recent compatible mention. Built once per report; immutable.
 */
public final class CharacterRefs {
    /** The dreamer's code in interactions, emotions and outcomes. */
    public static final String DREAMER = "D";
    /** The mark of a word that names a person the card has no code for (e.g. "he" on a card without men). */
    public static final String UNRESOLVED = "?";

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "him", "his", "himself", "she",
            "her", "hers", "herself", "they", "them", "their", "themselves");
    private static final PhraseLexicon NOUNS = PhraseLexicon.load(CharacterRefs.class, "characters.txt");

    private final Document doc;
    private final List<String> codes;
    private final List<CodedItem> items;
    /** Per token: the code it refers to, or null. Pronouns resolved. */
    private final String[] refs;

    private CharacterRefs(Document doc, List<String> codes, List<CodedItem> items) {
        this.doc = doc;
        this.codes = codes;
        this.items = items;
        this.refs = new String[doc.size()];
    }

    /** The references of {@code doc}, linked to the characters on {@code soFar} (which may have none). */
    public static CharacterRefs of(Document doc, Card soFar) {
        List<CodedItem> items = soFar == null ? List.of() : soFar.items(Category.CHARACTERS);
        // every coder of a pipeline asks for the same document's references in turn on one thread: reuse them
        CharacterRefs last = LAST.get();
        if (last != null && last.doc == doc && last.items.equals(items)) {
            return last;
        }
        List<String> codes = items.stream().map(CodedItem::code).toList();
        CharacterRefs r = new CharacterRefs(doc, codes, items);
        r.link(items);
        LAST.set(r);
        return r;
    }

    /** The references built last on this thread (an invisible memo: results depend only on the arguments). */
    private static final ThreadLocal<CharacterRefs> LAST = new ThreadLocal<>();

    /** The character codes on the card, in order. */
    public List<String> codes() {
        return codes;
    }

    /** True when the card has characters to link to. */
    public boolean hasCharacters() {
        return !codes.isEmpty();
    }

    /**
     * The code token {@code i} refers to ({@code D} for I/me/we, {@link #UNRESOLVED} for a person the card has no
     * code for), or null when it names no one.
     */
    public String refAt(int i) {
        return refs[i];
    }

    /** The nearest reference before token {@code i} in its sentence (the likely subject), or null. */
    public Integer refBefore(int i) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        for (int j = i - 1; j >= s; j--) {
            if (refs[j] != null) {
                return j;
            }
        }
        return null;
    }

    private static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("me", "us", "him", "them", "my", "our",
            "his", "their", "her", "mine", "myself", "ourselves", "himself", "herself", "themselves", "its");
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("to", "with", "at", "for", "of", "from",
            "by", "about", "on", "in", "into", "behind", "toward", "towards", "near", "like", "than", "after", "without");

    /**
     * The nearest likely subject before token {@code i} in its sentence: a reference that is not an object or
     * possessive pronoun and does not follow a preposition; falls back to {@link #refBefore}. Null when the
     * sentence has no reference before {@code i}.
     */
    public Integer subjectBefore(int i) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        for (int j = i - 1; j >= s; j--) {
            if (refs[j] == null || NOT_SUBJECTS.contains(doc.lower(j))) {
                continue;
            }
            int k = j - 1;
            while (k >= s && (doc.lower(k).equals("the") || doc.lower(k).equals("a") || doc.lower(k).equals("an")
                    || NOT_SUBJECTS.contains(doc.lower(k)) || refs[k] != null && refs[k].equals(refs[j]))) {
                k--;
            }
            if (k >= s && PREPOSITIONS.contains(doc.lower(k))) {
                continue;
            }
            return j;
        }
        return refBefore(i);
    }

    /**
     * The character (not the dreamer) mentioned nearest to token {@code i}: backwards through its sentence and
     * the one before, then forwards through its sentence; null when there is none.
     */
    public String nearestCharacter(int i) {
        int sent = doc.sentenceOf(i);
        int from = doc.sentenceFirstToken(Math.max(0, sent - 1));
        for (int j = i - 1; j >= from; j--) {
            if (isCharacter(refs[j])) {
                return refs[j];
            }
        }
        int to = doc.sentenceEndToken(sent);
        for (int j = i + 1; j < to; j++) {
            if (isCharacter(refs[j])) {
                return refs[j];
            }
        }
        return null;
    }

    private static boolean isCharacter(String ref) {
        return ref != null && !ref.equals(DREAMER) && !ref.equals(UNRESOLVED);
    }

    /** The first reference after token {@code i}, at most {@code window} tokens on, in its sentence; or null. */
    public Integer refAfter(int i, int window) {
        int e = Math.min(doc.sentenceEndToken(doc.sentenceOf(i)), i + 1 + window);
        for (int j = i + 1; j < e; j++) {
            if (refs[j] != null) {
                return j;
            }
        }
        return null;
    }

    private void link(List<CodedItem> items) {
        int n = doc.size();
        // 1. evidence spans of the character codes
        for (CodedItem it : items) {
            for (Evidence ev : it.evidence()) {
                for (int i = 0; i < n; i++) {
                    if (doc.start(i) >= ev.start() && doc.end(i) <= ev.end() && isWordy(doc.lower(i))) {
                        refs[i] = it.code();
                    }
                }
            }
        }
        // 2. nouns, names and pronouns, left to right, so pronouns see earlier mentions
        Map<String, String> nameToCode = new HashMap<>();
        List<String> unusedKnown = new ArrayList<>();
        for (String c : codes) {
            if (c.length() == 4 && (c.charAt(2) == 'K' || c.charAt(2) == 'P')) {
                unusedKnown.add(c);
            }
        }
        String lastMale = null;
        String lastFemale = null;
        String lastGroup = null;
        for (int i = 0; i < n; i++) {
            String t = doc.lower(i);
            String ref = refs[i];
            if (ref == null) {
                switch (t) {
                    case "i", "me", "my", "myself", "mine", "we", "us", "our", "ourselves" -> ref = DREAMER;
                    case "he", "him", "his", "himself" -> ref = lastMale != null ? lastMale : firstWithSex('M');
                    case "she", "her", "hers", "herself" -> ref = lastFemale != null ? lastFemale : firstWithSex('F');
                    case "they", "them", "their", "themselves" -> ref = lastGroup;
                    default -> {
                        PhraseLexicon.Match m = NOUNS.matchAt(doc, i);
                        if (m != null) {
                            ref = resolve(m.label());
                            if (ref == null) {
                                ref = UNRESOLVED;
                            }
                        } else if (isName(i)) {
                            ref = nameToCode.get(t);
                            if (ref == null && !unusedKnown.isEmpty()) {
                                ref = unusedKnown.remove(0);
                                nameToCode.put(t, ref);
                            }
                        }
                    }
                }
            }
            if (ref == null && PRONOUNS.contains(t)) {
                ref = UNRESOLVED;
            }
            if (ref != null) {
                refs[i] = ref;
                if (ref.length() == 4) {
                    char num = ref.charAt(0);
                    if (num == '2' || num == '4' || num == '6' || ref.charAt(1) == 'J') {
                        lastGroup = ref;
                    } else if (ref.charAt(1) == 'M') {
                        lastMale = ref;
                    } else if (ref.charAt(1) == 'F') {
                        lastFemale = ref;
                    }
                }
            }
        }
    }

    private static boolean isWordy(String t) {
        return !t.isEmpty() && Character.isLetter(t.charAt(0));
    }

    private boolean isName(int i) {
        String tok = doc.token(i);
        return tok.length() > 1 && Character.isUpperCase(tok.charAt(0)) && Character.isLowerCase(tok.charAt(1))
                && (!doc.isSentenceInitial(i) || namesSeenInside().contains(doc.lower(i)))
                && !NOT_NAMES.contains(doc.lower(i))
                && !(i > 0 && Character.isUpperCase(doc.token(i - 1).charAt(0)) && !doc.isSentenceInitial(i - 1)
                && !NOT_NAMES.contains(doc.lower(i - 1)));
    }

    private java.util.Set<String> namesInside;

    /** Capitalised words seen inside a sentence: a sentence-initial "Bill" is a name when "Bill" also occurs there. */
    private java.util.Set<String> namesSeenInside() {
        if (namesInside == null) {
            namesInside = new java.util.HashSet<>();
            for (int j = 0; j < doc.size(); j++) {
                String t = doc.token(j);
                if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))
                        && !doc.isSentenceInitial(j)) {
                    namesInside.add(doc.lower(j));
                }
            }
        }
        return namesInside;
    }

    /** Capitalised words that are not people's names. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("this", "that", "the", "then", "there",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "god", "christmas", "easter", "english", "french", "german", "american", "street", "avenue", "hall",
            "university", "college", "school", "church", "hotel", "library", "lake", "river", "mr.", "mrs.", "dr.",
            "miss", "ms.", "mr", "mrs", "dr", "ohio", "cleveland", "chicago", "york", "new", "europe", "america",
            "negro", "negroes", "catholic", "jewish", "army", "navy", "state", "city", "park", "road", "high",
            "club", "theater", "theatre", "store", "company", "mountain", "island", "beach", "building", "center",
            "ok", "okay", "oh", "well", "yes", "no", "also", "it", "he", "she", "we", "they", "you", "my");

    private String firstWithSex(char sex) {
        for (String c : codes) {
            if (c.length() == 4 && c.charAt(1) == sex && !c.endsWith("ANI")) {
                return c;
            }
        }
        return null;
    }

    /**
     * The card code that best fits {@code mask}: animals only match animals; a person must agree on sex where
     * both know it; among those, the code agreeing on most letters wins (the first on ties). Null when none fits.
     */
    String resolve(String mask) {
        boolean animal = mask.endsWith("ANI");
        String best = null;
        int bestScore = -1;
        for (String c : codes) {
            if (c.length() != 4 || mask.length() != 4 || c.endsWith("ANI") != animal || c.endsWith("CZZ")) {
                continue;
            }
            char ms = mask.charAt(1);
            char cs = c.charAt(1);
            if (!animal && ms != '.' && ms != cs && cs != 'I' && cs != 'J' && ms != 'J' && ms != 'I') {
                continue;
            }
            int score = 0;
            for (int k = 0; k < 4; k++) {
                char m = mask.charAt(k);
                if (m != '.' && m == c.charAt(k)) {
                    score += k == 2 ? 3 : 1; // identity says most about who is meant
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
