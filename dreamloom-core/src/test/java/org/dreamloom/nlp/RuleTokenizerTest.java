package org.dreamloom.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
    private static List<String> tokens(String text) {
        int[] spans = RuleTokenizer.tokenize(text, 0, text.length());
        List<String> out = new ArrayList<>();
        for (int k = 0; k < spans.length; k += 2) {
            out.add(text.substring(spans[k], spans[k + 1]));
        }
        return out;
    }

    @Test
    void splitsCliticsAndPunctuationTheUdWay() {
        assertThat(tokens("I'm sure she didn't, but Mary's dog can't."))
                .containsExactly("I", "'m", "sure", "she", "did", "n't", ",", "but", "Mary", "'s", "dog", "ca", "n't", ".");
        assertThat(tokens("I\u2019ve seen it")).containsExactly("I", "\u2019ve", "seen", "it");
    }

    @Test
    void keepsAbbreviationsInitialsNumbersAndHyphenatedWords() {
        assertThat(tokens("Mr. Smith met Jimmy L. at 10:30 (age 3.5) in the U.S. with a teen-age girl."))
                .containsExactly("Mr.", "Smith", "met", "Jimmy", "L.", "at", "10:30", "(", "age", "3.5", ")", "in",
                        "the", "U.S.", "with", "a", "teen-age", "girl", ".");
        assertThat(tokens("Wait -- what...")).containsExactly("Wait", "--", "what", "...");
        // "no." is the abbreviation of "number" only before a number
        assertThat(tokens("Room No. 5. He said no. Then")).containsExactly("Room", "No.", "5", ".", "He", "said", "no",
                ".", "Then");
    }

    @Test
    void handlesEmptyAndWhitespace() {
        assertThat(tokens("")).isEmpty();
        assertThat(tokens("  \n\t ")).isEmpty();
        assertThat(tokens("café")).containsExactly("café");
    }
}
