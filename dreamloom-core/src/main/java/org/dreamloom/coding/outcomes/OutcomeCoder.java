package org.dreamloom.coding.outcomes;

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
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.coding.emotions.Scope;
import org.dreamloom.nlp.Document;

/**
 * Codes one kind of HVdC outcome — misfortune ({@code M1}..{@code M6}), good fortune ({@code GF}), success
 * ({@code SU}) or failure ({@code FL}) — with the character involved, e.g. {@code M5,D}, {@code SU,D}, from the
 * cue words of {@code outcomes.txt}. The character is the person the cue's clause is about, linked to the card's
 * characters, else the dreamer. Asserted cues only; at most one code per kind and character per sentence
 * (the most severe misfortune), and one success, failure or good fortune per report (the gold coders count a
 * striving once however often it is retold).
 *
 * <p>Reads only tokens and the card's CHARACTERS. Stateless and thread-safe.
 */
public final class OutcomeCoder implements Coder {
    private static final Map<Category, String> PREFIX = Map.of(Category.MISFORTUNE, "M", Category.GOOD_FORTUNE, "GF",
            Category.SUCCESS, "SU", Category.FAILURE, "FL");

    /** The label of phrases that hold a misfortune word but tell of none ("fell asleep", "fire door"). */
    private static final String NOT_A_MISFORTUNE = "M0";

    private final Category category;
    private final PhraseLexicon lexicon;

    private OutcomeCoder(Category category) {
        this.category = category;
        this.lexicon = PhraseLexicon.load(OutcomeCoder.class, "outcomes.txt", PREFIX.get(category));
    }

    /** Misfortunes M1..M6. */
    public static OutcomeCoder misfortune() {
        return new OutcomeCoder(Category.MISFORTUNE);
    }

    /** Good fortune GF. */
    public static OutcomeCoder goodFortune() {
        return new OutcomeCoder(Category.GOOD_FORTUNE);
    }

    /** Success SU. */
    public static OutcomeCoder success() {
        return new OutcomeCoder(Category.SUCCESS);
    }

    /** Failure FL. */
    public static OutcomeCoder failure() {
        return new OutcomeCoder(Category.FAILURE);
    }

    @Override
    public String name() {
        return category.key();
    }

    @Override
    public int version() {
        return 5; // 5: "I tried, but she wouldn't" is no failure of the striver
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.TOKENS, Artifact.of(Category.CHARACTERS));
    }

    @Override
    public Category produces() {
        return category;
    }

    @Override
    public List<CodedItem> code(Document doc, Card soFar) {
        CharacterRefs refs = CharacterRefs.of(doc, soFar);
        Map<String, String> best = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (PhraseLexicon.Match m : lexicon.findAll(doc)) {
            if (m.label().equals(NOT_A_MISFORTUNE) || Scope.of(doc, m.first()) != Scope.ASSERTED || message(doc, m)) {
                continue;
            }
            String who = involved(doc, refs, m);
            if (who == null) {
                continue;
            }
            String key = doc.sentenceOf(m.first()) + "|" + who;
            String prev = best.get(key);
            if (prev == null || m.label().compareTo(prev) > 0) {
                best.put(key, m.label());
            }
            evidence.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(Evidence.of(doc.text(), doc.start(m.first()), doc.end(m.end() - 1)));
        }
        if (category == Category.FAILURE || category == Category.SUCCESS) {
            strivings(doc, refs, best, evidence);
        }
        if (category == Category.SUCCESS) {
            finallyAfterStriving(doc, refs, best, evidence);
        }
        List<CodedItem> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        best.forEach((key, label) -> {
            String code = label + "," + key.substring(key.indexOf('|') + 1);
            // one report tells of a striving or a stroke of luck once, however many sentences retell it; a
            // misfortune of one kind befalling the same character is likewise one episode
            if (seen.add(category == Category.MISFORTUNE ? code : label)) {
                out.add(new CodedItem(code, evidence.get(key), id()));
            }
        });
        return out;
    }

    private static final Set<String> TRY = Set.of("tried", "trying", "try", "tries", "attempted", "attempting",
            "struggled", "struggling");
    private static final Set<String> FAILED = Set.of("couldn't", "cannot", "can't", "unable", "failed", "wouldn't",
            "vain", "useless", "never");
    private static final Set<String> CAN = Set.of("could", "would", "can", "ca");
    private static final Set<String> SUCCEEDED = Set.of("finally", "managed", "succeeded", "success");

    /** Words that start a striving whose end is told later in the sentence. */
    private static final Set<String> STRIVE = Set.of("tried", "trying", "try", "tries", "attempted", "attempting",
            "struggled", "struggling", "looking", "searching", "searched", "hunting", "hunted");
    /** Words that turn the sentence against the striving ("but", "however"). */
    private static final Set<String> CONTRAST = Set.of("but", "however", "yet", "still");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "nothing", "no");
    private static final int CONTRAST_REACH = 5;

    /**
     * A striving and its end in one sentence: "I tried to open it, but I couldn't" or "I kept trying, but it
     * would not move" is a failure, "I tried and finally managed" a success. Credited to whoever strove.
     */
    private void strivings(Document doc, CharacterRefs refs, Map<String, String> best, Map<String, List<Evidence>> evidence) {
        String label = PREFIX.get(category);
        for (int i = 0; i < doc.size(); i++) {
            boolean strive = category == Category.FAILURE ? STRIVE.contains(doc.lower(i)) : TRY.contains(doc.lower(i));
            // "looking at" is seeing, "looking for" is searching
            strive &= !doc.lower(i).equals("looking") || i + 1 < doc.size() && doc.lower(i + 1).equals("for");
            // "we were hunted" is no striving of ours ("we were hunting" is)
            strive &= !(doc.lower(i).endsWith("ed") && i > 0 && BE.contains(doc.lower(i - 1)));
            if (!strive || Scope.of(doc, i) != Scope.ASSERTED) {
                continue;
            }
            int end = doc.sentenceEndToken(doc.sentenceOf(i));
            int[] hit = end(doc, i + 1, end);
            int next = doc.sentenceOf(i) + 1;
            if (hit == null && category == Category.FAILURE && next < doc.sentenceCount()) {
                // "I searched the whole block. I still couldn't find it.": the end told in the next sentence
                hit = failedAt(doc, doc.sentenceFirstToken(next), doc.sentenceEndToken(next));
            }
            if (hit == null) {
                continue;
            }
            Integer subj = refs.subjectBefore(i);
            String who = subj == null ? CharacterRefs.DREAMER : refs.refAt(subj);
            if (category == Category.FAILURE && someoneElseRefuses(refs, i, hit[0], who)) {
                continue; // "I tried to warn them, but they would not believe me": their refusal, not my failure
            }
            if (!who.equals(CharacterRefs.UNRESOLVED)) {
                String key = doc.sentenceOf(i) + "|" + who;
                best.putIfAbsent(key, label);
                List<Evidence> ev = evidence.computeIfAbsent(key, k -> new ArrayList<>());
                ev.add(Evidence.of(doc.text(), doc.start(i), doc.end(i)));
                ev.add(Evidence.of(doc.text(), doc.start(hit[0]), doc.end(hit[1])));
            }
        }
    }

    /**
     * True when the failure word at {@code hit} has a person other than the striver as its subject, told after
     * the striving ("we tried to help her, but she could not move"): the other person's refusal or inability, not
     * a failure of the striver's effort.
     */
    private static boolean someoneElseRefuses(CharacterRefs refs, int strive, int hit, String striver) {
        Integer other = refs.subjectBefore(hit);
        if (other == null || other <= strive) {
            return false;
        }
        return !refs.refAt(other).equals(striver);
    }

    /**
     * Where the striving's end is told in tokens {@code [from, end)}: the first success word, or for failures
     * the first failure word ("couldn't"), else a contrast followed by a negation ("but it would not move");
     * {first, last} token of the cue, or null.
     */
    private int[] end(Document doc, int from, int end) {
        if (category == Category.SUCCESS) {
            for (int j = from; j < end; j++) {
                if (SUCCEEDED.contains(doc.lower(j))) {
                    return new int[] {j, j};
                }
            }
            return null;
        }
        int[] failed = failedAt(doc, from, end);
        if (failed != null) {
            return failed;
        }
        for (int j = from; j < end; j++) {
            if (CONTRAST.contains(doc.lower(j))) {
                for (int k = j + 1; k < Math.min(end, j + 1 + CONTRAST_REACH); k++) {
                    if (NEGATION.contains(doc.lower(k))) {
                        return new int[] {j, k};
                    }
                }
            }
        }
        return null;
    }

    /** The first failure word ("couldn't", "unable", "never") in tokens {@code [from, end)}: {first, last}, or null. */
    private static int[] failedAt(Document doc, int from, int end) {
        for (int j = from; j < end; j++) {
            String t = doc.lower(j);
            if (FAILED.contains(t)) {
                return new int[] {j, j};
            }
            if ((t.equals("not") || t.equals("n't")) && j > 0 && CAN.contains(doc.lower(j - 1))) {
                return new int[] {j - 1, j}; // the tokenizer may split "couldn't" into "could" + "n't"
            }
        }
        return null;
    }

    private static final Set<String> BE = Set.of("was", "were", "being", "been", "is", "are");

    private static final Set<String> SEEKING = Set.of("tried", "trying", "attempted", "attempting", "struggled",
            "struggling", "looking", "searching", "searched", "hunting", "wanted", "hoping", "hoped");
    private static final int STRIVING_SENTENCES = 3;

    /**
     * "Finally we opened the door" after a striving in the sentences before ("we were looking for ...") is a
     * success of the sentence's subject, a character or the dreamer who acts (not "finally it came down").
     */
    private void finallyAfterStriving(Document doc, CharacterRefs refs, Map<String, String> best,
            Map<String, List<Evidence>> evidence) {
        for (int s = 1; s < doc.sentenceCount(); s++) {
            int f = doc.sentenceFirstToken(s);
            int e = doc.sentenceEndToken(s);
            int cue = f < e && doc.lower(f).equals("finally") ? f
                    : f + 1 < e && doc.lower(f).equals("at") && doc.lower(f + 1).equals("last") ? f + 1 : -1;
            if (cue < 0) {
                continue;
            }
            int subj = cue + 1 < e && doc.lower(cue + 1).equals(",") ? cue + 2 : cue + 1;
            if (subj >= e || refs.refAt(subj) == null || subj + 1 >= e
                    || PASSIVE_OR_MODAL.contains(doc.lower(subj + 1))) {
                continue;
            }
            String who = refs.refAt(subj);
            if (who.equals(CharacterRefs.UNRESOLVED) || !strivedBefore(doc, s)) {
                continue;
            }
            String key = s + "|" + who;
            best.putIfAbsent(key, "SU");
            evidence.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(Evidence.of(doc.text(), doc.start(cue), doc.end(cue)));
        }
    }

    /** "was given", "must have given up": no act of the subject's own. */
    private static final Set<String> PASSIVE_OR_MODAL = Set.of("was", "were", "must", "might", "would", "could", "had");

    private static boolean strivedBefore(Document doc, int sentence) {
        int from = doc.sentenceFirstToken(Math.max(0, sentence - STRIVING_SENTENCES));
        for (int i = from; i < doc.sentenceFirstToken(sentence); i++) {
            if (SEEKING.contains(doc.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** What one receives without being fortunate: news, not goods ("I received a phone call"). */
    private static final Set<String> MESSAGES = Set.of("call", "phone", "telephone", "letter", "telegram", "message",
            "note", "emergency", "notice", "summons", "visit", "question");

    /** True when a receiving cue ("received a") is about a message rather than a gift. */
    private static boolean message(Document doc, PhraseLexicon.Match m) {
        if (!m.label().equals("GF")) {
            return false;
        }
        for (int j = m.end(); j < Math.min(doc.size(), m.end() + 3); j++) {
            if (MESSAGES.contains(doc.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** The character the outcome befell: the clause's subject, else the person right after, else the dreamer. */
    private static String involved(Document doc, CharacterRefs refs, PhraseLexicon.Match m) {
        Integer subj = refs.subjectBefore(m.first());
        String who = subj == null ? null : refs.refAt(subj);
        if (who == null) {
            Integer after = refs.refAfter(m.end() - 1, 2);
            who = after == null ? CharacterRefs.DREAMER : refs.refAt(after);
        }
        return who.equals(CharacterRefs.UNRESOLVED) ? null : who;
    }
}
