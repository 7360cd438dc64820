package org.dreamloom.coding.emotions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.PhraseTokens;

/**
 * A list of labelled word patterns matched over a {@link Document}'s lower-cased tokens, so that coders find
 * their cue words with hash lookups instead of POS tagging. Shared by the emotion, interaction, setting,
 * outcome, object and label coders.
 *
 * <p>Resource format, one entry per line: {@code LABEL  pattern | pattern ...}; {@code #} starts a comment.
 * A pattern is a space-separated token sequence; a token ending in {@code *} matches any token starting with
 * it (at least three letters before the star), {@code ?} matches any one token. Patterns are written as people
 * write ("didn't know", "my mother's"); they are split into tokens the way reports are ({@link PhraseTokens}),
 * so either spelling matches. Immutable and thread-safe.
 */
public final class PhraseLexicon {
    /** One pattern with its label. */
    public record Entry(String label, String[] tokens, int line) {
    }

    /** A match of an entry: tokens {@code [first, end)} of the document. */
    public record Match(String label, int first, int end, Entry entry) {
    }

    private final String source;
    private final Map<String, List<Entry>> byExact = new HashMap<>();
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();
    private final Map<String, String> firstLabelOfWord = new HashMap<>();

    private PhraseLexicon(String source) {
        this.source = source;
    }

    /**
     * Reads a lexicon resource relative to {@code owner}'s package.
     *
     * @throws IllegalStateException naming the resource and line when it is missing or malformed
     */
    public static PhraseLexicon load(Class<?> owner, String resource) {
        return load(owner, resource, "");
    }

    /** Reads only the entries of a lexicon resource whose label starts with {@code labelPrefix}. */
    public static PhraseLexicon load(Class<?> owner, String resource, String labelPrefix) {
        PhraseLexicon lex = new PhraseLexicon(owner.getPackageName().replace('.', '/') + "/" + resource);
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + lex.source + " is not on the classpath; rebuild dreamloom-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String l = line.strip();
                if (labelPrefix.isEmpty() || l.startsWith("#") || l.startsWith(labelPrefix)) {
                    lex.parseLine(line, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + lex.source, e);
        }
        return lex;
    }

    /** A lexicon from lines in the resource format (for tests and small built-in lists). */
    public static PhraseLexicon of(String name, String... lines) {
        PhraseLexicon lex = new PhraseLexicon(name);
        for (int i = 0; i < lines.length; i++) {
            lex.parseLine(lines[i], i + 1);
        }
        return lex;
    }

    private void parseLine(String raw, int n) {
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
            return;
        }
        String[] parts = line.split("\\s+", 2);
        if (parts.length < 2) {
            throw new IllegalStateException(source + ":" + n + ": expected 'LABEL pattern | pattern', got '" + raw
                    + "'; fix or remove the line");
        }
        String label = parts[0];
        for (String pat : parts[1].split("\\|")) {
            if (pat.isBlank()) {
                continue;
            }
            // split clitics as the tokenizer does, so "couldn't believe" matches "could n't believe"
            String[] toks = PhraseTokens.split(pat);
            Entry e = new Entry(label, toks, n);
            String first = toks[0];
            if (first.equals("?")) {
                throw new IllegalStateException(source + ":" + n + ": a pattern may not start with '?': '" + pat.strip() + "'");
            }
            if (first.endsWith("*")) {
                if (first.length() < 4) {
                    throw new IllegalStateException(source + ":" + n + ": prefix '" + first
                            + "' is too short; give at least three letters before '*'");
                }
                byPrefix.computeIfAbsent(first.substring(0, 3), k -> new ArrayList<>()).add(e);
            } else {
                byExact.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
                if (toks.length == 1) {
                    firstLabelOfWord.putIfAbsent(first, label);
                }
            }
        }
    }

    /** The label of the single-word exact entry {@code word}, or null. */
    public String labelOf(String word) {
        return firstLabelOfWord.get(word);
    }

    /** True when token pattern {@code pat} matches lower-cased token {@code tok}. */
    static boolean tokenMatches(String pat, String tok) {
        if (pat.equals("?")) {
            return true;
        }
        if (pat.endsWith("*")) {
            return tok.startsWith(pat.substring(0, pat.length() - 1));
        }
        return pat.equals(tok);
    }

    /** The longest entry matching at token {@code i}, or null. */
    public Match matchAt(Document doc, int i) {
        String tok = doc.lower(i);
        Match best = null;
        best = longest(doc, i, byExact.get(tok), best);
        if (tok.length() >= 3 && !byPrefix.isEmpty()) {
            best = longest(doc, i, byPrefix.get(tok.substring(0, 3)), best);
        }
        return best;
    }

    private static Match longest(Document doc, int i, List<Entry> entries, Match best) {
        if (entries == null) {
            return best;
        }
        int sentEnd = doc.sentenceEndToken(doc.sentenceOf(i));
        for (Entry e : entries) {
            int len = e.tokens().length;
            if (i + len > sentEnd || (best != null && best.end() - best.first() >= len)) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < len && ok; k++) {
                ok = tokenMatches(e.tokens()[k], doc.lower(i + k));
            }
            if (ok) {
                best = new Match(e.label(), i, i + len, e);
            }
        }
        return best;
    }

    /** All non-overlapping matches, left to right, longest first at each position. */
    public List<Match> findAll(Document doc) {
        List<Match> out = new ArrayList<>();
        int n = doc.size();
        for (int i = 0; i < n; ) {
            Match m = matchAt(doc, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Where the lexicon came from, for messages. */
    public String source() {
        return source;
    }
}
