package org.dreamloom.coding.characters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The character coder's knowledge: a hand-built lexicon of character words (kin, friends, generic people,
 * occupations, animals, creatures) with their default HVdC fields, first names with the sex they mark, and the
 * WordNet-derived noun kinds produced by {@link WordNetLexiconBuilder}. Immutable and thread-safe once loaded.
 */
public final class CharacterLexicon {
    /** What a word is about: a human, an animal, or a creature. */
    public enum Kind { HUMAN, ANIMAL, CREATURE }

    /**
     * The default coding of a character word.
     *
     * @param number   1 one, 2 a group
     * @param sex      M, F, J or I
     * @param identity an HVdC identity letter (ANI/CZZ for animals and creatures)
     * @param age      A, T, C or B
     * @param kind     human, animal or creature
     * @param fromWordNet true when the entry came from the WordNet lexicon (less certain than hand entries)
     */
    public record Entry(int number, char sex, String identity, char age, Kind kind, boolean fromWordNet) {
    }

    private static final String DIR = "/org/dreamloom/coding/characters/";
    private final Map<String, Entry> words = new HashMap<>();
    private final Map<String, Character> names = new HashMap<>();
    private final Map<String, String> wordnet = new HashMap<>();

    private CharacterLexicon() {
        read("characters.tsv", (p, where) -> {
            if (p.length < 6) {
                throw new IllegalStateException(where + ": expected 6 tab-separated fields");
            }
            Kind k = switch (p[5]) {
                case "A" -> Kind.ANIMAL;
                case "C" -> Kind.CREATURE;
                default -> Kind.HUMAN;
            };
            words.put(p[0], new Entry(Integer.parseInt(p[1]), p[2].charAt(0), p[3], p[4].charAt(0), k, false));
        });
        read("names.tsv", (p, where) -> names.put(p[0], p[1].charAt(0)));
        read("wordnet-nouns.tsv", (p, where) -> wordnet.put(p[0], p[1]));
    }

    private static final class Holder {
        static final CharacterLexicon SHARED = new CharacterLexicon();
    }

    /** The lexicon loaded from the classpath resources, once per process. */
    public static CharacterLexicon shared() {
        return Holder.SHARED;
    }

    /** The hand-built entry for a lower-case word form, or null. */
    public Entry word(String lower) {
        return words.get(lower);
    }

    /**
     * The entry WordNet suggests for a noun: {@code lemma} is its base form, {@code plural} whether the form
     * differs from it. Null when the noun's first sense is no person, animal or imaginary being.
     */
    public Entry wordNet(String lemma, boolean plural) {
        String kind = wordnet.get(lemma);
        if (kind == null) {
            return null;
        }
        int n = plural ? 2 : 1;
        return switch (kind) {
            case "KIN" -> new Entry(n, plural ? 'J' : 'I', "R", 'A', Kind.HUMAN, true);
            case "OCCUPATION" -> new Entry(n, plural ? 'J' : 'I', "O", 'A', Kind.HUMAN, true);
            case "PERSON" -> new Entry(n, plural ? 'J' : 'I', "S", 'A', Kind.HUMAN, true);
            case "ANIMAL" -> new Entry(n, 'I', "ANI", 'A', Kind.ANIMAL, true);
            default -> new Entry(n, 'I', "CZZ", 'A', Kind.CREATURE, true);
        };
    }

    /** The sex (M or F) a lower-case first name marks, or null if it is not a known first name. */
    public Character nameSex(String lower) {
        return names.get(lower);
    }

    private static void read(String file, BiConsumer<String[], String> row) {
        String res = DIR + file;
        try (InputStream in = CharacterLexicon.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + res + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t"), res + ":" + no);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + res, e);
        }
    }
}
