package org.dreamloom.coding.characters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dreamloom.coding.Artifact;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Coder;
import org.dreamloom.coding.Evidence;
import org.dreamloom.nlp.Document;

/**
 * Codes the characters of a dream report in the Hall/Van de Castle system: every person, animal and creature
 * except the dreamer, once per report, as a 4-letter code (number, sex, identity, age) or 1ANI/2ANI/1CZZ/2CZZ,
 * with the mentions that justify it as evidence.
 *
 * <p>How: mentions are found with lexicons (kin, people, occupations, animals, first names; WordNet for the
 * long tail) and the words around them (determiners, possessives, adjectives, an age in parentheses,
 * relative clauses such as "whom I know"); repeated mentions, appositions and pronouns are resolved to one
 * character by recency and agreement. It needs no POS tags (tagging every sentence would cap throughput near
 * 320 reports/s): ambiguous words count as nouns only after a determiner, possessive or adjective. Stateless
 * and thread-safe.
 */
public final class CharacterCoder implements Coder {
    private final CharacterLexicon lexicon;

    /** A coder over the shared lexicon. */
    public CharacterCoder() {
        this(CharacterLexicon.shared());
    }

    /** A coder over the given lexicon. */
    public CharacterCoder(CharacterLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "characters";
    }

    @Override
    public int version() {
        // 5: a pet's name used again stays the pet; "no audience" is nobody; "a friend of my sisters" codes the
        // friend only
        return 5;
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.TOKENS, Artifact.LEMMAS); // POS is not needed: the lexicons and the words around do
    }

    @Override
    public Category produces() {
        return Category.CHARACTERS;
    }

    @Override
    public List<CodedItem> code(Document document, Card soFar) {
        List<DreamCharacter> found = new MentionResolver(document, lexicon).resolve();
        List<CodedItem> out = new ArrayList<>(found.size());
        String text = document.text();
        for (DreamCharacter c : found) {
            List<Evidence> ev = new ArrayList<>(c.spans.size());
            for (int[] s : c.spans) {
                ev.add(Evidence.of(text, s[0], s[1]));
            }
            out.add(new CodedItem(c.code(), ev, id()));
        }
        return out;
    }
}
