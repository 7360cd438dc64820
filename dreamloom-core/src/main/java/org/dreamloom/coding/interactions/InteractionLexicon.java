package org.dreamloom.coding.interactions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dreamloom.coding.emotions.PhraseLexicon;

/**
 * Loads the entries of {@code interactions.txt} for one kind of interaction, written the way the tokenizer splits
 * text: the tokenizer turns "wouldn't" into "would" "n't" and "can't" into "ca" "n't", so a pattern typed as
 * "wouldn't help" would otherwise never match anything.
 */
final class InteractionLexicon {
    private static final String RESOURCE = "interactions.txt";
    private static final Pattern CANT = Pattern.compile("\\bcan't\\b");
    private static final Pattern WONT = Pattern.compile("\\bwon't\\b");
    private static final Pattern NOT = Pattern.compile("(\\w)n't\\b");
    private static final Pattern CLITIC = Pattern.compile("(\\w)('s|'m|'re|'ve|'ll|'d)\\b");

    private InteractionLexicon() {
    }

    /** The entries whose label starts with {@code labelPrefix} ("A", "F" or "S"). */
    static PhraseLexicon load(String labelPrefix) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = InteractionLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + RESOURCE + " is not on the classpath; rebuild dreamloom-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                // keep comments and blank lines so that error messages name the resource's own line numbers
                lines.add(l.startsWith("#") || l.isEmpty() || l.startsWith(labelPrefix) ? splitClitics(line) : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + RESOURCE, e);
        }
        return PhraseLexicon.of(InteractionLexicon.class.getPackageName().replace('.', '/') + "/" + RESOURCE,
                lines.toArray(String[]::new));
    }

    /** A pattern line with its contractions split as the tokenizer splits them ("wouldn't" → "would n't"). */
    static String splitClitics(String line) {
        String s = line.replace('\u2019', '\'');
        s = CANT.matcher(s).replaceAll("ca n't");
        s = WONT.matcher(s).replaceAll("wo n't");
        s = NOT.matcher(s).replaceAll("$1 n't");
        return CLITIC.matcher(s).replaceAll("$1 $2");
    }
}
