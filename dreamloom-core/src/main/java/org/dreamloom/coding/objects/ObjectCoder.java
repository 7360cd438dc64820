package org.dreamloom.coding.objects;

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
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.nlp.Document;

/**
 * Codes the HVdC object classes of a report (body parts BH BE BT BA BS, architecture AR AV AE AI AD AM,
 * household HH, food FO, implements IW IT IR, travel TR, streets ST, regions RG, nature NA, communication CM,
 * money MO, clothing CL): each distinct object noun once. Common dream nouns come from {@code objects.txt};
 * other nouns that follow a determiner ("a blouse", "my trowel") are placed through their WordNet hypernyms
 * ({@link WordNetClasses}).
 *
 * <p>Reads tokens and noun lemmas (WordNet morphology, no POS tagging). Stateless and thread-safe.
 */
public final class ObjectCoder implements Coder {
    private static final PhraseLexicon LEXICON = PhraseLexicon.load(ObjectCoder.class, "objects.txt");
    /** Words that are objects only as nouns: they count after a determiner or possessive only. */
    private static final Set<String> NEEDS_DETERMINER = Set.of("back", "face", "hand", "hands", "head", "eye", "arm",
            "arms", "check", "card", "note", "tie", "ring", "slip", "fire", "step", "steps", "sign", "record",
            "lock", "place", "bill", "bills", "bank", "shade", "shades", "nail", "well", "trunk", "body", "land",
            "film", "ground", "block", "quarter", "organ", "leaves", "saw", "counter", "state", "court",
            "bar", "store", "key", "stage", "book", "paper", "picture", "glass", "dish", "drink", "field", "orange");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "his", "her", "our", "their", "your",
            "its", "some", "this", "that", "these", "those", "one", "two", "three", "several", "many", "every", "each",
            "another", "no", "any");
    /** Nouns WordNet would place in a class that HVdC coders do not code as objects. */
    private static final Set<String> NOT_OBJECTS = Set.of("way", "time", "thing", "things", "lot", "kind", "part",
            "bit", "end", "rest", "moment", "minute", "while", "day", "night", "morning", "evening", "week", "year",
            "dream", "fact", "idea", "feeling", "reason", "number", "people", "person", "man", "woman", "boy", "girl",
            "friend", "mother", "father", "couple", "group", "family", "front", "top", "bottom", "middle", "side",
            "half", "piece", "line", "hour", "name", "sort", "point", "case", "matter", "trip", "class", "party",
            "dance", "game", "job", "work", "life", "talk", "question", "answer", "word", "words", "voice", "sound",
            "noise", "color", "light", "dark", "air", "hair");

    private final WordNetClasses wordNet;

    /** An object coder over the shared WordNet classes. */
    public ObjectCoder() {
        this(WordNetClasses.shared());
    }

    ObjectCoder(WordNetClasses wordNet) {
        this.wordNet = wordNet;
    }

    @Override
    public String name() {
        return "objects";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.TOKENS);
    }

    @Override
    public Category produces() {
        return Category.OBJECTS;
    }

    @Override
    public List<CodedItem> code(Document doc, Card soFar) {
        Map<String, CodedItem> byLemma = new LinkedHashMap<>();
        int n = doc.size();
        for (int i = 0; i < n; i++) {
            String tok = doc.lower(i);
            if (tok.length() < 2 || !Character.isLetter(tok.charAt(0)) || FUNCTION_WORDS.contains(tok)) {
                continue; // most tokens stop here, before any lookup
            }
            boolean determined = determined(doc, i);
            PhraseLexicon.Match m = LEXICON.matchAt(doc, i);
            String cls = null;
            String lemma;
            int end = i + 1;
            if (m != null && m.end() - m.first() > 1) {
                cls = m.label();
                end = m.end();
                lemma = doc.text().substring(doc.start(i), doc.end(end - 1)).toLowerCase();
            } else {
                lemma = doc.nounLemma(i);
                if (NOT_OBJECTS.contains(lemma) || FUNCTION_WORDS.contains(tok)
                        || NEEDS_DETERMINER.contains(tok) && !determined
                        || tok.equals("back") && !(i > 0 && POSSESSIVES.contains(doc.lower(i - 1)))) {
                    continue;
                }
                cls = m != null ? m.label() : LEXICON.labelOf(lemma);
                if (cls == null && determined && !doc.token(i).isEmpty() && Character.isLowerCase(doc.token(i).charAt(0))
                        && nextIsNotNoun(doc, i)) {
                    cls = wordNet.classOf(lemma);
                }
            }
            if (cls != null && !byLemma.containsKey(lemma)) {
                byLemma.put(lemma, new CodedItem(cls, List.of(Evidence.of(doc.text(), doc.start(i), doc.end(end - 1))), id()));
            }
            i = end - 1;
        }
        return new ArrayList<>(byLemma.values());
    }

    /** True when a determiner or possessive precedes token {@code i}, with at most one word between. */
    private static boolean determined(Document doc, int i) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        return i - 1 >= s && DETERMINERS.contains(doc.lower(i - 1))
                || i - 2 >= s && DETERMINERS.contains(doc.lower(i - 2)) && Character.isLetter(doc.lower(i - 1).charAt(0))
                && !FUNCTION_WORDS.contains(doc.lower(i - 1)) && !doc.lower(i - 1).endsWith("ly");
    }

    /** A cheap head-noun test: in "a school bus" only "bus" is the object, so "school" is skipped when another letter-word follows that WordNet would also try. */
    private static boolean nextIsNotNoun(Document doc, int i) {
        if (i + 1 >= doc.sentenceEndToken(doc.sentenceOf(i))) {
            return true;
        }
        String next = doc.lower(i + 1);
        return !Character.isLetter(next.charAt(0)) || FUNCTION_WORDS.contains(next);
    }

    private static final Set<String> POSSESSIVES = Set.of("my", "his", "her", "our", "their", "your", "its");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "me", "him", "her", "us", "them", "you", "my", "his", "our", "their", "your", "its", "this", "these",
            "those", "what", "if", "not", "no", "yes", "am", "do", "does", "can", "may", "might", "must", "shall",
            "should", "being", "got", "get", "go", "come", "said", "say", "saw", "see", "knew", "know", "thought",
            "felt", "made", "make", "took", "take", "told", "asked", "red", "blue", "green", "white", "black",
            "yellow", "brown", "gray", "grey", "pink", "one", "first", "last", "other", "same", "own", "just",
            "only", "even", "still", "also", "now", "yet", "ever", "never", "always", "an", "a", "the", "some",
            "any", "every", "each", "such", "much", "more", "most", "few", "little", "and", "or", "of", "in", "on",
            "at", "to", "with", "for", "from", "by", "was", "were", "is", "are", "had", "that", "which", "who",
            "where", "when", "as", "but", "into", "onto", "over", "under", "behind", "near", "so", "then", "it", "i",
            "he", "she", "we", "they", "came", "went", "looked", "seemed", "there", "up", "down", "out", "off",
            "about", "around", "through", "because", "while", "until", "after", "before", "like", "than", "would",
            "could", "will", "did", "has", "have", "been", "be", "n't", "all", "full", "again", "too", "very",
            "back", "away", "here");
}
