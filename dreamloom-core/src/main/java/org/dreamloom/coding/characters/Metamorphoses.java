package org.dreamloom.coding.characters;

import static org.dreamloom.coding.characters.MentionWords.set;

import java.util.List;
import java.util.Set;
import org.dreamloom.nlp.Document;

/**
 * Codes metamorphoses: a character that changes into another is coded 7 (original form) and the one it becomes
 * 8 (changed form).
 */
final class Metamorphoses {
    private Metamorphoses() {
    }

    private static final Set<String> CHANGE_VERBS = set("changed", "turned", "transformed", "changing", "turning",
            "change", "turn", "metamorphosed");

    /**
     * "The father of the boy changed into my boyfriend": HVdC codes the character before the change with
     * number 7 (original form) and after it with 8 (changed form).
     */
    static void apply(List<DreamCharacter> out, Document doc) {
        for (int j = 1; j + 1 < doc.size(); j++) {
            if (!doc.lower(j).equals("into") || !CHANGE_VERBS.contains(doc.lower(j - 1))) {
                continue;
            }
            DreamCharacter before = null;
            DreamCharacter after = null;
            int verbStart = doc.start(j - 1);
            int sentStart = doc.start(doc.sentenceFirstToken(doc.sentenceOf(j)));
            int intoEnd = doc.end(j);
            int limit = doc.end(Math.min(doc.size() - 1, j + 4));
            int bestBefore = -1;
            for (DreamCharacter c : out) {
                for (int[] sp : c.spans) {
                    if (sp[1] <= verbStart && sp[0] >= sentStart && sp[1] > bestBefore) {
                        bestBefore = sp[1];
                        before = c;
                    }
                    if (sp[0] >= intoEnd && sp[0] <= limit && (after == null || sp[0] < after.spans.get(0)[0])) {
                        after = c;
                    }
                }
            }
            if (before != null && after != null && before != after && before.number == 1 && after.number == 1
                    && !before.dead && !after.dead) {
                before.number = 7;
                after.number = 8;
            }
        }
    }
}
