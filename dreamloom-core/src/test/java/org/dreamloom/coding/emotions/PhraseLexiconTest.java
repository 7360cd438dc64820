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
