package org.dreamloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseTokensTest {
    @Test
    void splitsCliticsLikeTheReportTokenizer() {
        assertThat(PhraseTokens.split("Couldn't believe")).containsExactly("could", "n't", "believe");
        assertThat(PhraseTokens.split("can't  stand | won't")).containsExactly("ca", "n't", "stand", "|", "wo", "n't");
        assertThat(PhraseTokens.split("my mother\u2019s  house")).containsExactly("my", "mother", "'s", "house");
        assertThat(PhraseTokens.split("my parents' i'm we've")).containsExactly("my", "parents", "'", "i", "'m", "we", "'ve");
        assertThat(PhraseTokens.split("o'clock in-law")).containsExactly("o'clock", "in-law");
    }

    @Test
    void isIdempotentAndKeepsWildcards() {
        for (String p : new String[] {"didn't know what to do", "my friend's", "it's a dream", "knew ? was dreaming"}) {
            String once = PhraseTokens.join(p);
            assertThat(PhraseTokens.join(once)).isEqualTo(once);
        }
        assertThat(PhraseTokens.split("knew ? was terrif*")).containsExactly("knew", "?", "was", "terrif*");
    }

    @Test
    void matchesTheTokensOfAnAnalysedReport() {
        Document d = TextAnalyzer.shared().analyze("She didn't know my brother's friend");
        String[] expected = PhraseTokens.split("She didn't know my brother's friend");
        assertThat(expected).hasSize(d.size());
        for (int i = 0; i < d.size(); i++) {
            assertThat(expected[i]).isEqualTo(d.lower(i));
        }
    }
}
