package org.dreamloom.coding.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Places a noun lemma in an HVdC object class by walking up its WordNet 3.1 hypernyms to an anchor of
 * {@code anchors.txt}. WordNet is loaded once per process, on first use ({@link Dictionary#getDefaultResourceInstance()});
 * answers are memoised per lemma because a lookup reads the data files. Thread-safe: dictionary access is
 * serialised, memoised answers are read concurrently.
 */
public final class WordNetClasses {
    private static final int SENSES = 2;
    private static final int MAX_DEPTH = 14;

    private final Map<String, String> anchors;
    private final ConcurrentHashMap<String, Optional<String>> memo = new ConcurrentHashMap<>();
    private volatile Dictionary dictionary;

    WordNetClasses(Map<String, String> anchors) {
        this.anchors = Map.copyOf(anchors);
    }

    private static final class Holder {
        static final WordNetClasses SHARED = new WordNetClasses(readAnchors());
    }

    /** The process-wide instance over {@code anchors.txt}. */
    public static WordNetClasses shared() {
        return Holder.SHARED;
    }

    /** The object class of noun {@code lemma} (e.g. "blouse" gives {@code CL}), or null when WordNet places it nowhere. */
    public String classOf(String lemma) {
        return memo.computeIfAbsent(lemma, l -> Optional.ofNullable(lookup(l))).orElse(null);
    }

    private String lookup(String lemma) {
        try {
            Dictionary d = dictionary();
            synchronized (d) {
                IndexWord w = d.getIndexWord(POS.NOUN, lemma);
                if (w == null) {
                    return null;
                }
                List<Synset> senses = w.getSenses();
                for (int s = 0; s < Math.min(SENSES, senses.size()); s++) {
                    String c = walk(senses.get(s));
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + lemma + "' failed: " + e.getMessage(), e);
        }
    }

    /** Breadth-first up the hypernyms: the nearest anchor wins. */
    private String walk(Synset start) throws JWNLException {
        ArrayDeque<Synset> queue = new ArrayDeque<>();
        Map<Long, Integer> depth = new HashMap<>();
        queue.add(start);
        depth.put(start.getOffset(), 0);
        while (!queue.isEmpty()) {
            Synset s = queue.poll();
            for (Word word : s.getWords()) {
                String c = anchors.get(word.getLemma().toLowerCase().replace(' ', '_'));
                if (c != null) {
                    return c;
                }
            }
            int d = depth.get(s.getOffset());
            if (d >= MAX_DEPTH) {
                continue;
            }
            for (Pointer p : s.getPointers()) {
                if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                    Synset t = p.getTargetSynset();
                    if (t != null && depth.putIfAbsent(t.getOffset(), d + 1) == null) {
                        queue.add(t);
                    }
                }
            }
        }
        return null;
    }

    private Dictionary dictionary() throws JWNLException {
        Dictionary d = dictionary;
        if (d == null) {
            synchronized (this) {
                d = dictionary;
                if (d == null) {
                    d = Dictionary.getDefaultResourceInstance();
                    dictionary = d;
                }
            }
        }
        return d;
    }

    static Map<String, String> readAnchors() {
        Map<String, String> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = WordNetClasses.class.getResourceAsStream("anchors.txt")) {
            if (in == null) {
                throw new IllegalStateException("org/dreamloom/coding/objects/anchors.txt is not on the classpath; rebuild dreamloom-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.replaceAll("#.*", "").strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] parts = l.split("\\s+", 2);
                if (parts.length < 2) {
                    throw new IllegalStateException("objects/anchors.txt:" + n + ": expected 'CLASS lemma | lemma'");
                }
                for (String a : parts[1].split("\\|")) {
                    String key = a.strip();
                    if (seen.add(key)) {
                        out.put(key, parts[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read objects/anchors.txt", e);
        }
        return out;
    }
}
