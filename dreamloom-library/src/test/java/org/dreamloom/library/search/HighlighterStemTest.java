package org.dreamloom.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;

/** The one-pass highlighter marks what English analysis would match: stems, possessives, any case, wildcards. */
class HighlighterStemTest {
    private static List<String> marked(Highlighter h, String text) {
        return h.matches(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void marksEveryFormThatStemsToTheQueryTerm() {
        Highlighter h = new Highlighter(Fields.analyzer(), new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TEXT, "run")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TEXT, "mother")), Occur.SHOULD)
                .build());
        String text = "Running from my Mother's house, I ran; she runs. Rune and rum are not it. RUNS!";
        assertThat(marked(h, text)).containsExactly("Running", "Mother's", "runs", "RUNS");
    }

    @Test
    void wildcardsOnThePlainFieldAndSkippedCommonWords() {
        Highlighter h = new Highlighter(Fields.analyzer(), new BooleanQuery.Builder()
                .add(new WildcardQuery(new Term(Fields.TEXT_EXACT, "fly*")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TEXT, "i")), Occur.SHOULD)
                .build(), Set.of(new Term(Fields.TEXT, "i")));
        assertThat(marked(h, "I was flying; I flew, then I flyfished.")).containsExactly("flying", "flyfished");
    }
}
