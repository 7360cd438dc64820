package org.dreamloom.coding.emotions;

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
import org.dreamloom.nlp.Document;

/**
 * Codes the HVdC emotions (AN anger, AP apprehension, SD sadness, CO confusion, HA happiness) with who felt
 * them, from cue words of {@code emotions.txt}: a cue counts when it is asserted (not negated, not
 * hypothetical); the experiencer is the person the cue's clause is about, linked to the card's characters when
 * they are present, else the dreamer. One code per emotion and experiencer per sentence.
 *
 * <p>Reads only tokens (no POS). Stateless and thread-safe.
 */
public final class EmotionCoder implements Coder {
    /** The five HVdC emotion classes. */
    public static final List<String> CLASSES = List.of("AN", "AP", "SD", "CO", "HA");

    private static final PhraseLexicon LEXICON = PhraseLexicon.load(EmotionCoder.class, "emotions.txt");

    /** The label of phrases that hold an emotion word but tell of no emotion ("anxious to meet her"). */
    private static final String NO_EMOTION = "NO";

    /** Words that describe what causes an emotion; the narrator is the one who feels it. */
    private static final Set<String> STIMULUS = Set.of("embarrassing", "disgusting", "frightening", "terrifying",
            "horrifying", "annoying", "irritating", "surprising", "amazing", "astonishing", "depressing",
            "disappointing", "confusing", "puzzling", "bewildering", "humiliating", "scary", "creepy", "eerie",
            "spooky", "delightful", "thrilling", "exasperating", "infuriating", "disturbing", "surprise", "shock",
            "horror", "terror", "fright", "amusing", "enjoyable");

    /** One emotion cue in a report. */
    public record Cue(String emotion, int first, int end, Scope scope, boolean objectExperiencer) {
    }

    @Override
    public String name() {
        return "emotions";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.TOKENS);
    }

    @Override
    public Category produces() {
        return Category.EMOTIONS;
    }

    /** Every emotion cue of {@code doc}, asserted or not, in text order. */
    public static List<Cue> cues(Document doc) {
        List<Cue> out = new ArrayList<>();
        for (PhraseLexicon.Match m : LEXICON.findAll(doc)) {
            String label = m.label();
            if (label.equals(NO_EMOTION)) {
                continue;
            }
            boolean obj = label.endsWith("!");
            out.add(new Cue(obj ? label.substring(0, label.length() - 1) : label, m.first(), m.end(),
                    Scope.of(doc, m.first()), obj));
        }
        return out;
    }

    @Override
    public List<CodedItem> code(Document doc, Card soFar) {
        CharacterRefs refs = CharacterRefs.of(doc, soFar);
        Map<String, List<Evidence>> bySentence = new LinkedHashMap<>();
        for (Cue cue : cues(doc)) {
            if (cue.scope() != Scope.ASSERTED) {
                continue;
            }
            String who = experiencer(doc, refs, cue);
            if (who == null) {
                continue;
            }
            String key = doc.sentenceOf(cue.first()) + "|" + cue.emotion() + "," + who;
            bySentence.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(Evidence.of(doc.text(), doc.start(cue.first()), doc.end(cue.end() - 1)));
        }
        List<CodedItem> items = new ArrayList<>();
        bySentence.forEach((key, ev) -> items.add(new CodedItem(key.substring(key.indexOf('|') + 1), ev, id())));
        return items;
    }

    /** Who felt the emotion: a character code, {@code D}, or null when it is someone the card has no code for. */
    public static String experiencer(Document doc, CharacterRefs refs, Cue cue) {
        if (cue.objectExperiencer()) {
            int last = Math.min(cue.end() + 2, doc.sentenceEndToken(doc.sentenceOf(cue.first())));
            for (int j = cue.first() + 1; j < last; j++) {
                String r = refs.refAt(j);
                if (r != null) {
                    return r.equals(CharacterRefs.UNRESOLVED) ? null : r;
                }
            }
        }
        if (cue.end() - cue.first() == 1 && STIMULUS.contains(doc.lower(cue.first()))) {
            return CharacterRefs.DREAMER; // "it was embarrassing", "to my surprise": the teller felt it
        }
        // "it made me (feel) sad", "left us frightened": the dreamer right before the cue felt it
        int from = Math.max(doc.sentenceFirstToken(doc.sentenceOf(cue.first())), cue.first() - 3);
        for (int j = cue.first() - 1; j >= from; j--) {
            String t = doc.lower(j);
            if (t.equals("me") || t.equals("us") || t.equals("myself")) {
                return CharacterRefs.DREAMER;
            }
        }
        Integer before = refs.subjectBefore(cue.first());
        if (before == null) {
            return CharacterRefs.DREAMER;
        }
        String r = refs.refAt(before);
        return r.equals(CharacterRefs.UNRESOLVED) ? null : r;
    }
}
