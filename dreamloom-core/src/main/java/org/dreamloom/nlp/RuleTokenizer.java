package org.dreamloom.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A fast rule tokenizer that follows the English UD conventions the OpenNLP models were trained on: words,
 * numbers (with inner "." "," ":"), punctuation one mark per token, clitics split off ("I'm" → "I" "'m",
 * "don't" → "do" "n't"), abbreviations such as "Mr." and initials such as "L." kept whole.
 *
 * <p>Why not OpenNLP's {@code TokenizerME}: it evaluates a maxent model at every character and cost about 30% of
 * the whole pipeline in a profile of 1,500 DreamBank reports; sentence detection and POS tagging stay with
 * OpenNLP. Stateless and thread-safe.
 */
final class RuleTokenizer {
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.",
            "prof.", "mt.", "ave.", "etc.", "vs.", "e.g.", "i.e.", "a.m.", "p.m.", "u.s.", "no.", "co.", "inc.");
    private static final String[] CLITICS = {"n't", "'s", "'m", "'re", "'ve", "'ll", "'d"};

    private RuleTokenizer() {
    }

    /**
     * Token boundaries of {@code text[from, to)}: pairs of start and end offsets, written to the returned array
     * (length = 2 × token count).
     */
    static int[] tokenize(String text, int from, int to) {
        int[] out = new int[Math.max(8, (to - from) / 2)];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = wordEnd(text, i, to);
            } else if (c == '\'' || c == '\u2019') {
                end = i + 1;
                int clitic = cliticAt(text, i, to);
                if (clitic > 0) {
                    end = clitic;
                }
            } else if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                end = i + 2;
            } else if (c == '.' && i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                end = i + 3;
            } else {
                end = i + 1;
            }
            // split a clitic off the end of a word: "I'm", "don't", "Mary's"
            if (Character.isLetterOrDigit(c)) {
                int split = cliticSplit(text, start, end);
                if (split > start && split < end) {
                    n = add(out = grow(out, n), n, start, split);
                    start = split;
                }
            }
            out = grow(out, n);
            n = add(out, n, start, end);
            i = end;
        }
        return Arrays.copyOf(out, n * 2);
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ',' || c == ':' || c == '/')
                    && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                // inner hyphen, apostrophe, decimal point: "teen-age", "o'clock", "3.5", "1,000", "10:30"
                if ((c == ',' || c == ':' || c == '/') && !(Character.isDigit(text.charAt(j - 1))
                        && Character.isDigit(text.charAt(j + 1)))) {
                    break;
                }
                if (c == '.' && !Character.isDigit(text.charAt(j + 1)) && !isAbbreviation(text, i, to)) {
                    break;
                }
                j++;
            } else {
                break;
            }
        }
        // keep the final period of an abbreviation or an initial ("Mr.", "L.")
        if (j < to && text.charAt(j) == '.') {
            String word = text.substring(i, j + 1).toLowerCase(Locale.ROOT);
            // "No. 5" is an abbreviation, "he said no." ends a sentence
            boolean number = !word.equals("no.") || numberFollows(text, j + 1, to);
            if (ABBREVIATIONS.contains(word) && number || isAbbreviation(text, i, to)
                    || (j - i == 1 && Character.isUpperCase(text.charAt(i)) && !(j + 1 >= to))) {
                return j + 1;
            }
        }
        return j;
    }

    /** True when a digit comes after the spaces from {@code j} on. */
    private static boolean numberFollows(String text, int j, int to) {
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        return j < to && Character.isDigit(text.charAt(j));
    }

    /** "e.g.", "a.m.", "U.S.": single letters joined by periods. */
    private static boolean isAbbreviation(String text, int i, int to) {
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2;
    }

    private static int cliticAt(String text, int i, int to) {
        for (String cl : CLITICS) {
            if (cl.charAt(0) != '\'') {
                continue;
            }
            int end = i + cl.length();
            if (end <= to && text.regionMatches(true, i + 1, cl, 1, cl.length() - 1)
                    && (end == to || !Character.isLetter(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    /** Where a trailing clitic starts inside the word {@code [start, end)}, or -1. */
    private static int cliticSplit(String text, int start, int end) {
        String w = text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        for (String cl : CLITICS) {
            if (w.endsWith(cl) && w.length() > cl.length()) {
                return end - cl.length();
            }
        }
        return -1;
    }

    private static int[] grow(int[] a, int n) {
        return n * 2 + 4 > a.length ? Arrays.copyOf(a, a.length * 2 + 8) : a;
    }

    private static int add(int[] a, int n, int s, int e) {
        a[n * 2] = s;
        a[n * 2 + 1] = e;
        return n + 1;
    }
}
