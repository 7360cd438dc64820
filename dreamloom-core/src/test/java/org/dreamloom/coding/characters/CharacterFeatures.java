package org.dreamloom.coding.characters;

import java.util.ArrayList;
import java.util.List;
import org.dreamloom.nlp.Document;

/** The features the character models see: the rules' code, the head word and the words around the mentions. */
final class CharacterFeatures {
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "him", "his", "himself", "she",
            "her", "hers", "herself", "they", "them", "their", "theirs", "themselves");

    static int WINDOW = Integer.getInteger("cf.window", 8);
    static final String DROP = System.getProperty("cf.drop", "");

    private CharacterFeatures() {
    }

    static String[] of(Document doc, DreamCharacter c, int charactersInReport) {
        List<String> f = new ArrayList<>(48);
        String code = c.code();
        f.add("code=" + code);
        f.add("num=" + code.charAt(0));
        f.add("kind=" + c.kind);
        if (c.isHuman()) {
            f.add("sex=" + c.sex + (c.sexFixed ? "!" : "?"));
            f.add("id=" + c.identity);
            f.add("age=" + c.age);
        }
        String head = c.head == null ? "<none>" : c.head;
        f.add("head=" + head);
        f.add("head+id=" + head + "/" + (c.isHuman() ? c.identity : "-"));
        int mentions = c.spans.size();
        f.add("mentions=" + Math.min(mentions, 5));
        f.add("named=" + (c.nameKey != null));
        f.add("chars=" + Math.min(charactersInReport, 8));
        int first = c.firstToken;
        int sentence = doc.sentenceOf(first);
        f.add("sent=" + Math.min(sentence, 4));
        f.add("lastSent=" + (sentence == doc.sentenceCount() - 1));
        String prev1 = word(doc, first - 1);
        String prev2 = word(doc, first - 2);
        String prev3 = word(doc, first - 3);
        String next1 = word(doc, c.firstToken + 1);
        String next2 = word(doc, c.firstToken + 2);
        f.add("p1=" + prev1);
        f.add("p2=" + prev2);
        f.add("p21=" + prev2 + "_" + prev1);
        f.add("p1+head=" + prev1 + "_" + head);
        f.add("p3=" + prev3);
        f.add("n1=" + next1);
        f.add("n2=" + next2);
        f.add("n12=" + next1 + "_" + next2);
        // words of the first mention's sentence, and whether the dreamer is in it
        int from = doc.sentenceFirstToken(sentence);
        int to = doc.sentenceEndToken(sentence);
        for (int j = Math.max(from, first - WINDOW); j < Math.min(to, first + WINDOW + 1); j++) {
            if (j != first) {
                f.add("w=" + doc.lower(j));
            }
        }
        boolean dreamerNear = false;
        for (int j = from; j < to; j++) {
            String t = doc.lower(j);
            if (t.equals("i") || t.equals("me") || t.equals("we") || t.equals("us") || t.equals("my")) {
                dreamerNear = true;
                break;
            }
        }
        f.add("dreamerInSentence=" + dreamerNear);
        // how the later mentions refer to it (pronouns, repeats) matters for whether it is present
        int pronouns = 0;
        for (int[] s : c.spans) {
            String t = doc.text().substring(s[0], s[1]).toLowerCase();
            if (PRONOUNS.contains(t)) {
                pronouns++;
            }
        }
        f.add("pronouns=" + Math.min(pronouns, 3));
        if (!DROP.isEmpty()) {
            f.removeIf(x -> DROP.contains(x.substring(0, x.indexOf('=') + 1)));
        }
        return f.toArray(new String[0]);
    }

    private static String word(Document doc, int i) {
        return i < 0 ? "<s>" : i >= doc.size() ? "</s>" : doc.lower(i);
    }
}
