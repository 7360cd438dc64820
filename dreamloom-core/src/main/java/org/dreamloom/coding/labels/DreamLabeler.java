package org.dreamloom.coding.labels;

import java.util.ArrayList;
import java.util.List;
import org.dreamloom.coding.Evidence;
import org.dreamloom.coding.emotions.EmotionCoder;
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.coding.emotions.Scope;
import org.dreamloom.nlp.Document;

/**
 * Labels a report as a nightmare and/or a lucid dream, with evidence. A nightmare is a report that calls
 * itself one ("I had a nightmare"), that wakes the dreamer from fear ("I woke up screaming"), or whose emotions are dominated by intense apprehension (at least
 * two apprehension cues, most of its emotion cues, one of them intense such as "terrified"). A lucid dream is
 * one where the dreamer states, inside the dream, that they knew they were dreaming (not negated, not in a
 * sentence about waking up).
 *
 * <p>Reads only tokens. Stateless and thread-safe.
 */
public final class DreamLabeler {
    private static final PhraseLexicon LEXICON = PhraseLexicon.load(DreamLabeler.class, "labels.txt");
    /** Apprehension words strong enough to mark a nightmare. */
    private static final java.util.Set<String> INTENSE = java.util.Set.of("terrified", "terrifying", "terror",
            "horrified", "horrifying", "horror", "panic", "panicked", "petrified", "frantic", "frantically",
            "hysterical", "hysterically", "dread", "dreaded");

    /** The labels of {@code doc}. */
    public DreamLabels labels(Document doc) {
        List<PhraseLexicon.Match> matches = LEXICON.findAll(doc);
        return new DreamLabels(nightmare(doc, matches), lucid(doc, matches));
    }

    private static DreamLabel nightmare(Document doc, List<PhraseLexicon.Match> matches) {
        List<Evidence> ev = new ArrayList<>();
        boolean wokeFromFear = false;
        boolean named = false;
        for (PhraseLexicon.Match m : matches) {
            if (m.label().equals("NIGHTMARE") && Scope.of(doc, m.first()) == Scope.ASSERTED) {
                named = true; // "I had a nightmare": the dreamer's own word for it
                ev.add(span(doc, m.first(), m.end()));
            }
        }
        List<EmotionCoder.Cue> cues = EmotionCoder.cues(doc).stream().filter(c -> c.scope() == Scope.ASSERTED).toList();
        for (PhraseLexicon.Match w : matches) {
            if (!w.label().equals("WAKE") || Scope.of(doc, w.first()) != Scope.ASSERTED) {
                continue;
            }
            int s = doc.sentenceOf(w.first());
            for (PhraseLexicon.Match f : matches) {
                if (f.label().equals("FEAR") && doc.sentenceOf(f.first()) == s) {
                    wokeFromFear = true;
                    ev.add(span(doc, w.first(), w.end()));
                    ev.add(span(doc, f.first(), f.end()));
                }
            }
            for (EmotionCoder.Cue c : cues) {
                if (c.emotion().equals("AP") && doc.sentenceOf(c.first()) == s) {
                    wokeFromFear = true;
                    ev.add(span(doc, w.first(), w.end()));
                    ev.add(span(doc, c.first(), c.end()));
                }
            }
        }
        long ap = cues.stream().filter(c -> c.emotion().equals("AP")).count();
        boolean intense = false;
        for (EmotionCoder.Cue c : cues) {
            if (c.emotion().equals("AP")) {
                ev.add(span(doc, c.first(), c.end()));
                intense |= INTENSE.contains(doc.lower(c.first()));
            }
        }
        boolean dominated = ap >= 2 && ap * 2 > cues.size() && intense;
        double score = Math.min(1.0, (wokeFromFear || named ? 0.6 : 0.0) + Math.min(0.3, 0.1 * ap) + (intense ? 0.1 : 0.0));
        boolean value = wokeFromFear || named || dominated;
        return new DreamLabel("nightmare", value, value ? Math.max(score, 0.5) : Math.min(score, 0.49),
                ev.stream().distinct().toList());
    }

    private static DreamLabel lucid(Document doc, List<PhraseLexicon.Match> matches) {
        List<Evidence> ev = new ArrayList<>();
        for (PhraseLexicon.Match m : matches) {
            if (!m.label().equals("LUCID") || Scope.of(doc, m.first()) != Scope.ASSERTED || negatedInside(doc, m)) {
                continue;
            }
            int s = doc.sentenceOf(m.first());
            boolean waking = matches.stream().anyMatch(w -> w.label().equals("WAKE") && doc.sentenceOf(w.first()) == s);
            if (!waking) {
                ev.add(span(doc, m.first(), m.end()));
            }
        }
        return new DreamLabel("lucid", !ev.isEmpty(), ev.isEmpty() ? 0.0 : 1.0, ev);
    }

    /** "I knew I was n't dreaming": a negation inside the matched phrase. */
    private static boolean negatedInside(Document doc, PhraseLexicon.Match m) {
        for (int j = m.first(); j < m.end(); j++) {
            String t = doc.lower(j);
            if (t.equals("not") || t.endsWith("n't") || t.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private static Evidence span(Document doc, int first, int end) {
        return Evidence.of(doc.text(), doc.start(first), doc.end(end - 1));
    }
}
