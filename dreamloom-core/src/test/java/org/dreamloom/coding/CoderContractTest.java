package org.dreamloom.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Coder} must keep, as one base class each coder's test extends: empty and odd
 * input, Unicode, evidence offsets that point back into the text, the coder id on every item, and the same
 * answer from many threads at once.
 */
public abstract class CoderContractTest {
    /** The coder under test. */
    protected abstract Coder coder();

    /** A report on which the coder produces at least one item. */
    protected abstract String reportWithCodes();

    private List<CodedItem> code(String text) {
        Document doc = TextAnalyzer.shared().analyze(text);
        return coder().code(doc, Card.empty("", "", text));
    }

    @Test
    void declaresWhatItNeedsAndMakes() {
        assertThat(coder().requires()).isNotNull();
        assertThat(coder().produces()).isNotNull();
        assertThat(coder().id()).matches("[a-z_]+@\\d+");
        CodingPipeline.builder().add(coder()).build(); // its requirements are met by the document alone
    }

    @Test
    void handlesEmptyAndPunctuationOnlyInput() {
        assertThat(code("")).isEmpty();
        assertThat(code("   \n\t  ")).isEmpty();
        assertThat(code("... !!! ?? -- ''")).isEmpty();
    }

    @Test
    void evidencePointsBackIntoTheTextAndEveryItemIsSigned() {
        for (String text : List.of(reportWithCodes(), "Zoë's café: " + reportWithCodes() + " — naïve ☃ end.")) {
            List<CodedItem> items = code(text);
            assertThat(items).isNotEmpty();
            for (CodedItem item : items) {
                assertThat(item.coder()).isEqualTo(coder().id());
                assertThat(item.evidence()).isNotEmpty();
                for (Evidence e : item.evidence()) {
                    assertThat(e.end()).isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
                }
            }
        }
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        String text = reportWithCodes();
        List<String> expected = code(text).stream().map(CodedItem::code).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> code(text).stream().map(CodedItem::code).toList()));
            }
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
