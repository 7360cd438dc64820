package org.dreamloom.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Marks the words of a report that a query matched and picks the passage with the most of them.
 *
 * <p>Lucene's own highlighters look at one field; a Dreamloom query matches the report through two (stemmed
 * words for plain terms and phrases, unstemmed words for wildcards and regular expressions), so this one
 * re-analyses the text with both analyzers and tests each token against the query's terms and term
 * automata, collected with a {@link QueryVisitor}. Words of a phrase are marked one by one. Thread-safe
 * once built.
 */
final class Highlighter {
    static final int FRAGMENT_CHARS = 220;
    /** Enough for the vocabulary of a large journal collection (DreamBank has about 60,000 distinct words). */
    static final int STEM_MEMO_LIMIT = 200_000;
    private static final BytesRef NO_TERM = new BytesRef();
    /** Lower-cased word to its term in the stemmed field ({@link #NO_TERM} for a stop word), shared by all. */
    private static final Map<String, BytesRef> STEMS = new ConcurrentHashMap<>();

    private final Analyzer analyzer;
    private final Set<BytesRef> stemmed = new HashSet<>();
    private final Set<BytesRef> exact = new HashSet<>();
    private final List<ByteRunAutomaton> stemmedAutomata = new ArrayList<>();
    private final List<ByteRunAutomaton> exactAutomata = new ArrayList<>();
    /** The first letters of the stemmed terms, or null when a stemmed automaton may match any word. */
    private final String stemStarts;
    /**
     * The lower-cased beginnings ({@link #PREFIX_CHARS} characters) that every word able to match starts with, or
     * null when an automaton (wildcard, regular expression) may match words that begin anyhow.
     */
    private final String[] prefixes;
    /** {@link #exact} and {@link #stemmed} as arrays, the exact terms as strings (for {@link #matchesWords}). */
    private final String[] exactTerms;
    private final BytesRef[] stemmedTerms;
    /** How many first characters of a term a matching word shares with it (see {@link #prefixOf}). */
    static final int PREFIX_CHARS = 2;
    /** Stretches this close together are analysed in one pass (fewer token streams; the words between are whole). */
    private static final int MERGE_GAP = 32;

    Highlighter(Analyzer analyzer, Query query) {
        this(analyzer, query, Set.of());
    }

    /** A highlighter that leaves the terms in {@code skip} unmarked (common words such as "I"). */
    Highlighter(Analyzer analyzer, Query query, Set<Term> skip) {
        this.analyzer = analyzer;
        if (query != null) {
            query.visit(new Collect());
        }
        for (Term t : skip) {
            (t.field().equals(Fields.TEXT) ? stemmed : exact).remove(t.bytes());
        }
        exactTerms = exact.stream().map(BytesRef::utf8ToString).toArray(String[]::new);
        stemmedTerms = stemmed.toArray(new BytesRef[0]);
        // English analysis changes only the ends of words (possessive, Porter suffixes), so a word can stem to a
        // query term only if it starts with the same letter: most words are then never looked up.
        if (stemmedAutomata.isEmpty()) {
            StringBuilder starts = new StringBuilder();
            for (BytesRef b : stemmed) {
                String t = b.utf8ToString();
                if (!t.isEmpty() && starts.indexOf(t.substring(0, 1)) < 0) {
                    starts.append(t.charAt(0));
                }
            }
            stemStarts = starts.toString();
        } else {
            stemStarts = null;
        }
        if (stemmedAutomata.isEmpty() && exactAutomata.isEmpty()) {
            Set<String> p = new java.util.TreeSet<>();
            stemmed.forEach(b -> p.addAll(stemPrefixes(b.utf8ToString())));
            exact.forEach(b -> p.add(prefixOf(b.utf8ToString())));
            p.remove("");
            prefixes = p.toArray(new String[0]);
        } else {
            prefixes = null;
        }
    }

    /**
     * The beginning a matching word must have. A word of the exact field matches when it is the term itself; a word
     * matches a stemmed term when English analysis of the word gives the term, and that analysis (possessive,
     * stop words, Porter) rewrites only the end of a word and leaves a word of one or two letters alone, so the
     * term's first two characters are the word's (the first-letter test of {@link #stemStarts} relies on the same),
     * but for one Porter rule: see {@link #stemPrefixes}.
     */
    static String prefixOf(String term) {
        return term.length() <= PREFIX_CHARS ? term : term.substring(0, PREFIX_CHARS);
    }

    /**
     * The beginnings a word with stemmed term {@code stem} may have: {@link #prefixOf} the stem, and for a stem whose
     * second letter is 'i' also the same with 'y', since Porter turns a final y into i even in a two-letter stem
     * ("eyed" gives "ei"; over DreamBank's 60,000 words the only change Porter makes to the first two letters).
     */
    static List<String> stemPrefixes(String stem) {
        String p = prefixOf(stem);
        return p.length() == 2 && p.charAt(1) == 'i' ? List.of(p, p.charAt(0) + "y") : List.of(p);
    }

    /**
     * The stems of a report's {@link #words} (null for a stop word), from the lower-cased text; kept with the report
     * like its words, so a search looks no word up again.
     */
    static BytesRef[] stems(Analyzer analyzer, String lowerCased, int[] words) {
        BytesRef[] out = new BytesRef[words.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = stemOf(analyzer, lowerCased.substring(words[2 * i], words[2 * i + 1]));
        }
        return out;
    }

    /** Whether the query has any word to mark. */
    boolean isEmpty() {
        return stemmed.isEmpty() && exact.isEmpty() && stemmedAutomata.isEmpty() && exactAutomata.isEmpty();
    }

    /**
     * The matched words of {@code text}, in order, without overlaps. Only the stretches of the text between white
     * space that contain a term's beginning ({@link #prefixOf}) are analysed: re-analysing every hit's whole text
     * was half of a lexical search's CPU, and a word never spans white space, so the words found are the same.
     */
    List<Span> matches(String text) {
        return matches(text, null);
    }

    /**
     * {@link #matches(String)} with the text already lower-cased by {@link #lowerCase} (null: lower-cased here), as
     * the search index keeps it beside the text of hits shown before.
     */
    List<Span> matches(String text, String lowerCased) {
        if (isEmpty()) {
            return List.of();
        }
        if (prefixes == null) {
            return matchesScanningAll(text);
        }
        List<Span> out = new ArrayList<>();
        int[] lastEnd = {-1};
        String lower = lowerCased != null ? lowerCased : lowerCase(text);
        int windowStart = -1;
        int windowEnd = -1;
        // the candidate positions in text order: the next occurrence of any prefix, again and again
        int[] next = new int[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            next[i] = lower.indexOf(prefixes[i]);
        }
        while (true) {
            int at = -1;
            for (int n : next) {
                if (n >= 0 && (at < 0 || n < at)) {
                    at = n;
                }
            }
            if (at < 0) {
                break;
            }
            for (int i = 0; i < prefixes.length; i++) {
                if (next[i] == at) {
                    next[i] = lower.indexOf(prefixes[i], at + 1);
                }
            }
            if (at < windowEnd) {
                continue; // inside the stretch taken already
            }
            int from = at;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            int to = at;
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            if (windowStart >= 0 && from - windowEnd <= MERGE_GAP) {
                windowEnd = to; // close to the last stretch: analysed together, in one pass
            } else {
                if (windowStart >= 0) {
                    scan(text, windowStart, windowEnd, out, lastEnd);
                }
                windowStart = from;
                windowEnd = to;
            }
        }
        if (windowStart >= 0) {
            scan(text, windowStart, windowEnd, out, lastEnd);
        }
        return out;
    }

    /**
     * The words of {@code text} as the plain analysis of the report (the exact field) finds them, as start and end
     * offsets one after the other, for {@link #matchesWords}; null when a word's term is not simply
     * its stretch of {@code lowerCased} (then that method cannot stand in for the analysis). Computed once per report
     * and kept with it, it spares the tokenizer on every later search that shows the report.
     */
    static int[] words(Analyzer analyzer, String text, String lowerCased) {
        int[] out = new int[64];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT_EXACT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = off.startOffset();
                int end = off.endOffset();
                if (end - start != term.length() || !lowerCased.regionMatches(start, term.toString(), 0, term.length())) {
                    return null;
                }
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = start;
                out[n++] = end;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a report for highlighting", e);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * {@link #matches(String)} from the report's {@link #words} (start and end offsets) and its lower-cased text,
     * without running the analysis again: only words that begin with a term's beginning are looked up (a matching
     * word always does, see {@link #prefixOf}). The same marks as {@link #matchesScanningAll}.
     */
    List<Span> matchesWords(String lowerCased, int[] words) {
        return matchesWords(lowerCased, words, null);
    }

    /**
     * {@link #matchesWords(String, int[])} with the words' {@link #stems} (null: looked up here). Plain terms (no
     * wildcard) are compared directly: a query has a few, and hashing each candidate word cost more than that.
     */
    List<Span> matchesWords(String lowerCased, int[] words, BytesRef[] stems) {
        if (isEmpty()) {
            return List.of();
        }
        String[] exactTerms = exactAutomata.isEmpty() ? this.exactTerms : null;
        BytesRef[] stemmedTerms = stemmedAutomata.isEmpty() ? this.stemmedTerms : null;
        boolean wantStemmed = !stemmed.isEmpty() || !stemmedAutomata.isEmpty();
        boolean wantExact = !exact.isEmpty() || !exactAutomata.isEmpty();
        List<Span> out = new ArrayList<>();
        BytesRefBuilder bytes = new BytesRefBuilder();
        int lastEnd = -1;
        for (int i = 0; i < words.length; i += 2) {
            int start = words[i];
            int end = words[i + 1];
            if (prefixes != null && !startsWithAny(lowerCased, start, end)) {
                continue;
            }
            boolean hit = false;
            if (wantExact) {
                if (exactTerms != null) {
                    hit = equalsAny(lowerCased, start, end, exactTerms);
                } else {
                    bytes.copyChars(lowerCased, start, end - start);
                    hit = matches(bytes.get(), exact, exactAutomata);
                }
            }
            if (!hit && wantStemmed && (stemStarts == null || stemStarts.indexOf(lowerCased.charAt(start)) >= 0)) {
                BytesRef stem = stems != null ? stems[i / 2] : stemOf(lowerCased.substring(start, end));
                hit = stem != null && (stemmedTerms != null ? equalsAny(stem, stemmedTerms) : matches(stem, stemmed, stemmedAutomata));
            }
            if (hit && start >= lastEnd) {
                out.add(new Span(start, end));
                lastEnd = end;
            }
        }
        return out;
    }

    /** Whether the word {@code lower[start, end)} is one of {@code terms}. */
    private static boolean equalsAny(String lower, int start, int end, String[] terms) {
        for (String t : terms) {
            if (t.length() == end - start && lower.regionMatches(start, t, 0, t.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsAny(BytesRef b, BytesRef[] terms) {
        for (BytesRef t : terms) {
            // length and first byte first: most candidate words differ there, and bytesEquals checks ranges first
            if (t.length == b.length && (t.length == 0 || t.bytes[t.offset] == b.bytes[b.offset]) && t.bytesEquals(b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word {@code lower[start, end)} begins with one of {@link #prefixes}. */
    private boolean startsWithAny(String lower, int start, int end) {
        for (String p : prefixes) {
            if (p.length() <= end - start && lower.startsWith(p, start)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #matches} by analysing the whole text (what it does when a wildcard may match any word). */
    List<Span> matchesScanningAll(String text) {
        if (isEmpty()) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        scan(text, 0, text.length(), out, new int[] {-1});
        return out;
    }

    /**
     * The text lower-cased character by character as the analyzers do, so its offsets stay those of the text (where
     * {@link #matches} looks for the terms' beginnings).
     */
    static String lowerCase(String text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; ) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                // ASCII, nearly every character of a report: the same as Character.toLowerCase, without the
                // code point and Unicode table work (that was a tenth of highlighting)
                c[i++] = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
                continue;
            }
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            int low = Character.toLowerCase(cp);
            if (Character.charCount(low) == n) {
                Character.toChars(low, c, i);
            } else {
                text.getChars(i, i + n, c, i); // never in practice; keeps the offsets whatever happens
            }
            i += n;
        }
        return new String(c);
    }

    /** Adds the matched words of {@code text[from, to)} to {@code out}, after {@code lastEnd[0]}. */
    private void scan(String text, int from, int to, List<Span> out, int[] lastEnd) {
        boolean wantStemmed = !stemmed.isEmpty() || !stemmedAutomata.isEmpty();
        boolean wantExact = !exact.isEmpty() || !exactAutomata.isEmpty();
        // One pass of the plain (unstemmed) analysis: both fields use the same tokenizer, so its tokens and offsets
        // are the stemmed field's too, and each token's stem is looked up in a memo instead of re-running the
        // English chain (Porter stemming was a third of a lexical query's CPU when every hit was re-analysed).
        String part = from == 0 && to == text.length() ? text : text.substring(from, to);
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT_EXACT, part)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            BytesRefBuilder bytes = new BytesRefBuilder();
            while (ts.incrementToken()) {
                boolean hit = false;
                if (wantExact) {
                    bytes.copyChars(term);
                    hit = matches(bytes.get(), exact, exactAutomata);
                }
                if (!hit && wantStemmed && (stemStarts == null || stemStarts.indexOf(term.charAt(0)) >= 0)) {
                    BytesRef stem = stemOf(term.toString());
                    hit = stem != null && matches(stem, stemmed, stemmedAutomata);
                }
                int start = from + off.startOffset();
                if (hit && start >= lastEnd[0]) {
                    out.add(new Span(start, from + off.endOffset()));
                    lastEnd[0] = from + off.endOffset();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-analyse a report for highlighting", e);
        }
    }

    private static boolean matches(BytesRef b, Set<BytesRef> terms, List<ByteRunAutomaton> automata) {
        if (terms.contains(b)) {
            return true;
        }
        for (ByteRunAutomaton a : automata) {
            if (a.run(b.bytes, b.offset, b.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stemmed-field term of one lower-cased word, or null when English analysis drops it (a stop word).
     * Every filter of the English chain works on one token alone, so a word's term does not depend on its
     * neighbours and can be memoised; the memo stops growing at {@link #STEM_MEMO_LIMIT} words.
     */
    private BytesRef stemOf(String word) {
        return stemOf(analyzer, word);
    }

    /** {@link #stemOf(String)} with the given analyzer (its English analysis of the report field). */
    private static BytesRef stemOf(Analyzer analyzer, String word) {
        BytesRef known = STEMS.get(word);
        if (known != null) {
            return known.length == 0 ? null : known;
        }
        BytesRef stem = NO_TERM;
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            if (ts.incrementToken()) {
                stem = new BytesRef(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a word for highlighting", e);
        }
        if (STEMS.size() < STEM_MEMO_LIMIT) {
            STEMS.put(word, stem);
        }
        return stem.length == 0 ? null : stem;
    }

    /**
     * The passage of about {@link #FRAGMENT_CHARS} characters holding the most matches, HTML-escaped with
     * matches in {@code <b>…</b>}; the start of the report when nothing matched.
     */
    static String snippet(String text, List<Span> matches, int from, int to) {
        int start;
        int end;
        if (matches.isEmpty()) {
            start = from;
            end = Math.min(to, from + FRAGMENT_CHARS);
        } else {
            int best = 0;
            int bestCount = -1;
            for (int i = 0; i < matches.size(); i++) {
                int count = 0;
                for (int j = i; j < matches.size() && matches.get(j).end() <= matches.get(i).start() + FRAGMENT_CHARS; j++) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = i;
                }
            }
            // Give the first match some context before it, starting at a word boundary.
            start = Math.max(0, matches.get(best).start() - 40);
            end = Math.min(text.length(), start + FRAGMENT_CHARS);
        }
        start = wordStart(text, start);
        end = wordEnd(text, end);
        StringBuilder sb = new StringBuilder();
        if (start > 0) {
            sb.append('…');
        }
        int pos = start;
        for (Span m : matches) {
            if (m.start() < start || m.end() > end) {
                continue;
            }
            escape(text, pos, m.start(), sb);
            sb.append("<b>");
            escape(text, m.start(), m.end(), sb);
            sb.append("</b>");
            pos = m.end();
        }
        escape(text, pos, end, sb);
        if (end < text.length()) {
            sb.append('…');
        }
        return collapseSpaces(sb);
    }

    /** The text with every run of white space made one space, trimmed (no regex: this runs for every hit). */
    private static String collapseSpaces(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        boolean space = false;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            // above ' ' only a few non-ASCII characters are white space: one comparison for nearly every character
            if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int wordStart(String text, int i) {
        if (i <= 0) {
            return 0;
        }
        int j = i;
        while (j > 0 && j > i - 20 && !Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static int wordEnd(String text, int i) {
        if (i >= text.length()) {
            return text.length();
        }
        int j = i;
        while (j < text.length() && j < i + 20 && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void escape(String text, int from, int to, StringBuilder sb) {
        int run = from; // the characters since the last escaped one go in at once
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                sb.append(text, run, i).append(entity);
                run = i + 1;
            }
        }
        sb.append(text, run, to);
    }

    /** Collects the terms and automata of the report fields, skipping prohibited clauses. */
    private final class Collect extends QueryVisitor {
        @Override
        public boolean acceptField(String field) {
            return field.equals(Fields.TEXT) || field.equals(Fields.TEXT_EXACT);
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
                if (t.field().equals(Fields.TEXT)) {
                    stemmed.add(BytesRef.deepCopyOf(t.bytes()));
                } else if (t.field().equals(Fields.TEXT_EXACT)) {
                    exact.add(BytesRef.deepCopyOf(t.bytes()));
                }
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (field.equals(Fields.TEXT)) {
                stemmedAutomata.add(automaton.get());
            } else if (field.equals(Fields.TEXT_EXACT)) {
                exactAutomata.add(automaton.get());
            }
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }
}
