package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Highlighting only the stretches of a text that hold a term's beginning, or only the kept words that begin like a
 * term, finds the same words as analysing the whole text: checked for every word of varied texts as a query, alone, in
 * pairs and in phrases.
 */
class HighlighterWindowTest {
    private static final Analyzer ANALYZER = Fields.analyzer();
    private static final List<String> TEXTS = List.of(
            "Running from my Mother's house, I ran; she runs. Rune and rum are not it. RUNS!",
            "I was at school (the old one) and the teachers' lounge was flooded: water everywhere, swimming fish.",
            "We flew over the city—Paris, I think—and the plane's wings were shaking; I'd never been so happy, happily.",
            "My sister and I were hiding in the attic. A dog barked\tand barked.\nThen the police came with guns; "
                    + "they're looking for someone who'd stolen a wedding dress, a bridal gown, dresses...",
            "Café naïve résumé: ÉLAN, über-cool. Ich träume. İstanbul ıs fine. 1999's exams; 3rd floor; e-mail @home",
            "relational organization operator sensibility hopping hoping cries crying flies flying agreed agreement "
                    + "generalization dying lying ties dies skies sky's says said eyed eying iying ayes");

    private static List<String> words(String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream(Fields.TEXT_EXACT, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return new ArrayList<>(out);
    }

    private static String stem(String word) throws IOException {
        try (TokenStream ts = ANALYZER.tokenStream(Fields.TEXT, word)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String s = ts.incrementToken() ? t.toString() : null;
            ts.end();
            return s;
        }
    }

    private static void assertSameMarks(Highlighter h, String what) {
        for (String text : TEXTS) {
            List<Span> whole = h.matchesScanningAll(text);
            assertThat(h.matches(text)).as("%s in '%s'", what, text).isEqualTo(whole);
            // from the words' offsets kept with a report (no analysis at search time): the same marks
            String lower = Highlighter.lowerCase(text);
            int[] words = Highlighter.words(ANALYZER, text, lower);
            assertThat(words).as("words of '%s'", text).isNotNull();
            assertThat(h.matchesWords(lower, words)).as("%s in '%s', from kept words", what, text).isEqualTo(whole);
            assertThat(h.matchesWords(lower, words, Highlighter.stems(ANALYZER, lower, words)))
                    .as("%s in '%s', from kept words and stems", what, text).isEqualTo(whole);
        }
    }

    @Test
    void everyWordBeginsWithABeginningOfItsStem() throws IOException {
        for (String text : TEXTS) {
            for (String w : words(text)) {
                String s = stem(w);
                if (s != null) {
                    assertThat(Highlighter.stemPrefixes(s)).as("stem of '%s' is '%s'", w, s)
                            .anyMatch(p -> Highlighter.prefixOf(w).startsWith(p));
                }
            }
        }
    }

    @Test
    void everyWordAsAQueryIsMarkedAsAWholeScanMarksIt() throws IOException {
        List<String> all = new ArrayList<>();
        for (String text : TEXTS) {
            all.addAll(words(text));
        }
        int checked = 0;
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i);
            String s = stem(w);
            String other = all.get((i * 7 + 3) % all.size());
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TEXT_EXACT, w)), Occur.SHOULD)
                    .add(new PhraseQuery(Fields.TEXT_EXACT, w, other), Occur.SHOULD);
            if (s != null) {
                b.add(new TermQuery(new Term(Fields.TEXT, s)), Occur.SHOULD);
            }
            Highlighter h = new Highlighter(ANALYZER, b.build());
            assertSameMarks(h, "'" + w + "' (stem " + s + ") or \"" + w + " " + other + "\"");
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void marksTheSameWordsAsBeforeOnAKnownText() {
        Highlighter h = new Highlighter(ANALYZER, new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TEXT, "dress")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TEXT, "bark")), Occur.SHOULD)
                .build());
        String text = TEXTS.get(3);
        assertThat(h.matches(text).stream().map(s -> text.substring(s.start(), s.end())).toList())
                .containsExactly("barked", "barked", "dress", "dresses");
    }

    @Test
    void lowerCasingKeepsEveryOffsetAndMatchesCharacterToLowerCase() {
        for (String text : TEXTS) {
            String mixed = text + " ÀÉÎ ΣΑΣ 𝐀𝐁 \uD801\uDC00 Z@[`{";
            StringBuilder expected = new StringBuilder();
            mixed.codePoints().forEach(cp -> expected.appendCodePoint(
                    Character.charCount(Character.toLowerCase(cp)) == Character.charCount(cp) ? Character.toLowerCase(cp) : cp));
            assertThat(Highlighter.lowerCase(mixed)).isEqualTo(expected.toString()).hasSameSizeAs(mixed);
        }
    }

    @Test
    void wildcardsAndRegularExpressionsMarkTheSameWordsFromKeptWords() {
        for (org.apache.lucene.search.Query q : List.of(
                new org.apache.lucene.search.WildcardQuery(new Term(Fields.TEXT_EXACT, "fl*ing")),
                new org.apache.lucene.search.WildcardQuery(new Term(Fields.TEXT_EXACT, "*ed")),
                new org.apache.lucene.search.RegexpQuery(new Term(Fields.TEXT_EXACT, "d[a-z]+s")),
                new org.apache.lucene.search.PrefixQuery(new Term(Fields.TEXT, "happ")))) {
            assertSameMarks(new Highlighter(ANALYZER, q), q.toString());
        }
    }
}
