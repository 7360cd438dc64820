package org.dreamloom.coding.emotions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dreamloom.nlp.Document;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {
    @Test
    void matchesExactPrefixAndWildcardPatternsLongestFirst() {
        PhraseLexicon lex = PhraseLexicon.of("test", "A  terrif* | mad | mad at", "B  knew ? was dreaming");
        Document d = Fixtures.doc("I was terrified and mad at him. I knew I was dreaming.");
        List<PhraseLexicon.Match> ms = lex.findAll(d);
        assertThat(ms).extracting(PhraseLexicon.Match::label).containsExactly("A", "A", "B");
        assertThat(ms.get(1).end() - ms.get(1).first()).isEqualTo(2); // "mad at", not "mad"
        PhraseLexicon.Match last = ms.get(2);
        assertThat(d.text().substring(d.start(last.first()), d.end(last.end() - 1))).isEqualTo("knew I was dreaming");
    }

    @Test
    void patternsWrittenWithContractionsAndPossessivesMatchTokenizedText() {
        PhraseLexicon lex = PhraseLexicon.of("test", "CO  couldn't believe | didn't know what to do",
                "F  my mother's | my parents'", "A3  can't stand | won't help");
        Document d = Fixtures.doc("I couldn’t believe it and didn't know what to do. We were at my mother's house,"
                + " then at my parents' place. I can't stand him; he won't help.");
        List<PhraseLexicon.Match> ms = lex.findAll(d);
        assertThat(ms).extracting(PhraseLexicon.Match::label).containsExactly("CO", "CO", "F", "F", "A3", "A3");
        PhraseLexicon.Match first = ms.get(0);
        assertThat(d.text().substring(d.start(first.first()), d.end(first.end() - 1))).isEqualTo("couldn’t believe");
        // the already split spelling of older lexicons matches the same text
        assertThat(PhraseLexicon.of("t", "CO  could n't believe").findAll(d)).hasSize(1);
    }

    @Test
    void malformedLinesAreRejectedWithSourceAndLine() {
        assertThatThrownBy(() -> PhraseLexicon.of("my.txt", "# ok", "LONELYLABEL"))
                .hasMessageContaining("my.txt:2");
        assertThatThrownBy(() -> PhraseLexicon.of("my.txt", "A  ab*")).hasMessageContaining("too short");
    }

    @Test
    void emptyDocumentHasNoMatches() {
        assertThat(PhraseLexicon.of("t", "A x").findAll(Fixtures.doc(""))).isEmpty();
    }
}
