package org.dreamloom.coding.characters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dreamloom.nlp.Document;

/**
 * Codes a pair as two individuals when the report tells them apart: HVdC codes "two girls ... one I did not know
 * and the other, named Shirley" as two single characters, and "two men" that stay together as one group.
 */
final class PairIndividuation {
    /** Words after "one" that single out a member of the pair ("one of them", "one was", "one I knew"). */
    private static final Set<String> AFTER_ONE = Set.of("of", "was", "is", "i", "had", "named", "man", "woman",
            "girl", "boy", "fellow", "who", "on", "at", "in", "with", "being", "looked", "seemed", "said");
    /** How many sentences after the pair's first mention may single out its members. */
    private static final int WINDOW = 2;

    private PairIndividuation() {
    }

    static void apply(List<DreamCharacter> out, Document doc) {
        List<DreamCharacter> pairs = new ArrayList<>();
        for (DreamCharacter c : out) {
            if (c.pair && c.isHuman() && c.number == 2 && individuated(c, doc)) {
                pairs.add(c);
            }
        }
        for (DreamCharacter pair : pairs) {
            // "one of the girls", "one man", "the other girl" later on are members of this pair: they stay as they
            // are coded, and the pair yields only the members they leave unnamed
            int members = 0;
            for (DreamCharacter o : out) {
                if (members < 2 && o != pair && o.isHuman() && o.number == 1 && o.nameKey == null
                        && o.firstToken > pair.firstToken && pair.head.equals(o.head) && singledOut(o, doc)) {
                    members++;
                }
            }
            int at = out.indexOf(pair);
            out.remove(at);
            for (int k = members; k < 2; k++) {
                out.add(at, single(pair));
            }
        }
    }

    private static DreamCharacter single(DreamCharacter pair) {
        DreamCharacter c = new DreamCharacter();
        c.kind = pair.kind;
        c.number = 1;
        c.sex = pair.sex == 'J' ? 'I' : pair.sex;
        c.identity = pair.identity;
        c.age = pair.age;
        c.ageFixed = pair.ageFixed;
        c.dead = pair.dead;
        c.head = pair.head;
        c.firstToken = pair.firstToken;
        c.lastToken = pair.lastToken;
        c.spans.addAll(pair.spans);
        return c;
    }

    private static boolean individuated(DreamCharacter pair, Document doc) {
        int lastSentence = Math.min(doc.sentenceCount() - 1, doc.sentenceOf(pair.firstToken) + WINDOW);
        int end = doc.sentenceEndToken(lastSentence);
        for (int j = pair.firstToken + 1; j + 1 < end; j++) {
            String t = doc.lower(j);
            if (t.equals("one") && (AFTER_ONE.contains(doc.lower(j + 1)) || j > 0 && doc.lower(j - 1).equals(","))) {
                return true;
            }
            if (t.equals("the") && doc.lower(j + 1).equals("other")) {
                return true;
            }
        }
        return false;
    }

    /** True when the mention is "one of the ...", "one ...", "the other ..." or "another ...". */
    private static boolean singledOut(DreamCharacter c, Document doc) {
        for (int j = c.firstToken - 1; j >= 0 && j >= c.firstToken - 3; j--) {
            String t = doc.lower(j);
            if (t.equals("one") || t.equals("another") || t.equals("other") && j > 0 && doc.lower(j - 1).equals("the")) {
                return true;
            }
        }
        return false;
    }
}
