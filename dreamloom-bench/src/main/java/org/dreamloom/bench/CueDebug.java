package org.dreamloom.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.emotions.CharacterRefs;
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.coding.emotions.Scope;
import org.dreamloom.io.cards.CardJson;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;

/** Development aid: prints every cue of a lexicon in the given gold cards with its scope and linked persons. */
public final class CueDebug {
    private CueDebug() {
    }

    public static void main(String[] args) throws Exception {
        // args: GOLD.jsonl owner-class resource labelPrefix numbers...
        Class<?> owner = Class.forName(args[1]);
        PhraseLexicon lex = PhraseLexicon.load(owner, args[2], args[3]);
        List<String> numbers = List.of(args).subList(4, args.length);
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            Card c = CardJson.parse(line);
            if (c.report() == null || !numbers.isEmpty() && !numbers.contains(c.number())) {
                continue;
            }
            Document doc = TextAnalyzer.shared().analyze(c.report());
            CharacterRefs refs = CharacterRefs.of(doc, c);
            System.out.println("== " + c.number() + " " + c.codes(Category.CHARACTERS));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < doc.size(); i++) {
                if (refs.refAt(i) != null) {
                    sb.append(doc.token(i)).append('=').append(refs.refAt(i)).append(' ');
                }
            }
            System.out.println("  refs: " + sb);
            for (PhraseLexicon.Match m : lex.findAll(doc)) {
                Integer b = refs.subjectBefore(m.first());
                Integer a = refs.refAfter(m.end() - 1, 4);
                System.out.println("  " + m.label() + " '" + doc.text().substring(doc.start(m.first()), doc.end(m.end() - 1))
                        + "' " + Scope.of(doc, m.first()) + " subj=" + (b == null ? null : doc.token(b) + "=" + refs.refAt(b))
                        + " after=" + (a == null ? null : doc.token(a) + "=" + refs.refAt(a)));
            }
        }
    }
}
