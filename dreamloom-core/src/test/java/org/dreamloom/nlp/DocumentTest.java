package org.dreamloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();

    @Test
    void splitsSentencesAndTokensWithOffsets() {
        String text = "I saw my mother. She waved at the two women, who ran away.";
        Document doc = ANALYZER.analyze(text);
        assertThat(doc.sentenceCount()).isEqualTo(2);
        assertThat(doc.tokens()).startsWith("I", "saw", "my", "mother", ".", "She");
        for (int i = 0; i < doc.size(); i++) {
            assertThat(text.substring(doc.start(i), doc.end(i))).isEqualTo(doc.token(i));
        }
        int she = doc.tokens().indexOf("She");
        assertThat(doc.sentenceOf(she)).isEqualTo(1);
        assertThat(doc.isSentenceInitial(she)).isTrue();
        assertThat(doc.isSentenceInitial(she + 1)).isFalse();
        int[] second = doc.sentenceSpan(1);
        assertThat(text.substring(second[0], second[1])).startsWith("She waved").endsWith("away.");
    }

    @Test
    void tagsWithUniversalPosAndLemmatizes() {
        Document doc = ANALYZER.analyze("The women ran to the houses.");
        int women = doc.tokens().indexOf("women");
        int ran = doc.tokens().indexOf("ran");
        assertThat(doc.pos(women)).isEqualTo("NOUN");
        assertThat(doc.pos(ran)).isEqualTo("VERB");
        assertThat(doc.nounLemma(women)).isEqualTo("woman");
        assertThat(doc.lemma(ran)).isEqualTo("run");
        assertThat(doc.lemma(doc.tokens().indexOf("houses"))).isEqualTo("house");
    }

    @Test
    void handlesEmptyAndUnicodeInput() {
        assertThat(ANALYZER.analyze("").size()).isZero();
        assertThat(ANALYZER.analyze(null).sentenceCount()).isZero();
        String text = "We met at the café — Zoë smiled.";
        Document doc = ANALYZER.analyze(text);
        int cafe = doc.tokens().indexOf("café");
        assertThat(cafe).isNotNegative();
        assertThat(text.substring(doc.start(cafe), doc.end(cafe))).isEqualTo("café");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "My brother and my sister walked home. They were tired.";
        Document doc = ANALYZER.analyze(text);
        String[] fromThreads = new String[4];
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int k = t;
            threads[t] = new Thread(() -> fromThreads[k] = doc.pos(doc.size() - 2) + ANALYZER.analyze(text).size());
            threads[t].start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(fromThreads).containsOnly("ADJ" + doc.size());
    }
}
