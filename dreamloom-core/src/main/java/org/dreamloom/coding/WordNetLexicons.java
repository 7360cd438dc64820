package org.dreamloom.coding;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * What the offline builders of WordNet-derived cue lexicons share (the interaction verbs, the emotion words): walking
 * down from a core sense, counting how often a word was tagged, and writing the lexicon file the coders load.
 */
public final class WordNetLexicons {
    private WordNetLexicons() {
    }

    /** {@code root} and the synsets reachable from it through {@code type} pointers, at most {@code depth} steps down. */
    public static Set<Synset> below(Synset root, PointerType type, int depth) throws JWNLException {
        Set<Synset> seen = new HashSet<>();
        Deque<Synset> todo = new ArrayDeque<>(List.of(root));
        Map<Synset, Integer> level = new HashMap<>(Map.of(root, 0));
        while (!todo.isEmpty()) {
            Synset s = todo.pop();
            if (!seen.add(s) || level.get(s) >= depth) {
                continue;
            }
            for (Pointer p : s.getPointers(type)) {
                Synset t = p.getTargetSynset();
                level.putIfAbsent(t, level.get(s) + 1);
                todo.push(t);
            }
        }
        return seen;
    }

    /** How often the senses of {@code w} were tagged as {@code lemma} in WordNet's corpus (SemCor counts). */
    public static int uses(IndexWord w, String lemma) {
        int n = 0;
        for (Synset s : w.getSenses()) {
            for (Word x : s.getWords()) {
                if (x.getLemma().equalsIgnoreCase(lemma)) {
                    n += x.getUseCount();
                }
            }
        }
        return n;
    }

    /**
     * Writes a lexicon in the coders' format: the comment lines of {@code header}, then one line per label with its
     * phrases joined by " | ".
     */
    public static void write(Path out, List<String> header, Map<String, ? extends Set<String>> phrasesByLabel)
            throws IOException {
        try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : header) {
                wr.write("# " + line + "\n");
            }
            for (Map.Entry<String, ? extends Set<String>> e : phrasesByLabel.entrySet()) {
                wr.write(e.getKey() + "   " + String.join(" | ", e.getValue()) + "\n");
            }
        }
    }
}
