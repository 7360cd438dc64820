package org.dreamloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a hand-written lexicon phrase into the tokens a report containing it would have, so that patterns typed
 * as people write ("couldn't believe", "my mother's") match the tokenized text ("could n't believe",
 * "my mother 's") without every lexicon spelling clitics the tokenizer's way.
 *
 * <p>Each space-separated word goes through the report tokenizer, lower-cased with plain apostrophes as
 * {@link Document#lower(int)} gives tokens. A word that is a lexicon wildcard ({@code ?}, or ending in {@code *})
 * is kept as it is. Idempotent: an already split phrase ("did n't know") comes back unchanged.
 */
public final class PhraseTokens {
    private PhraseTokens() {
    }

    /** The tokens of {@code phrase}, lower-cased, clitics split off as the tokenizer splits them. */
    public static String[] split(String phrase) {
        List<String> out = new ArrayList<>();
        for (String word : phrase.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (w.equals("?") || w.endsWith("*")) {
                out.add(w); // wildcards are the lexicon's own syntax, not text
                continue;
            }
            int[] spans = RuleTokenizer.tokenize(w, 0, w.length());
            for (int k = 0; k < spans.length; k += 2) {
                out.add(w.substring(spans[k], spans[k + 1]));
            }
        }
        return out.toArray(String[]::new);
    }

    /** {@link #split} joined by single spaces, for cue lists matched against space-joined tokens. */
    public static String join(String phrase) {
        return String.join(" ", split(phrase));
    }
}
