package org.dreamloom.coding.characters;

import static org.dreamloom.coding.characters.MentionWords.SHE;
import static org.dreamloom.coding.characters.MentionWords.set;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dreamloom.nlp.Document;

/**
 * The sex HVdC coders presume when a report never states it: occupations of the time, peers of the dreamer's
 * own sex, and the dreamer's sex itself as far as the report gives it away.
 */
final class SexPresumption {
    private SexPresumption() {
    }

    /**
     * The sex coders presume for an occupation when the report never says (the norms' coders wrote 1MOA for "the
     * doctor" and 1FOA for "the teacher" of the 1950s reports); applied only when no pronoun or name told.
     */
    private static final Map<String, Character> PRESUMED_SEX = Map.ofEntries(Map.entry("doctor", 'M'),
            Map.entry("dentist", 'M'), Map.entry("surgeon", 'M'), Map.entry("lawyer", 'M'), Map.entry("waiter", 'M'),
            Map.entry("president", 'M'), Map.entry("teacher", 'F'));

    /** Gives a sex to the characters whose mentions never told it, where coders would presume one. */
    static void apply(List<DreamCharacter> out, Document doc, boolean narratedAsSubject) {
        char dreamer = dreamerSex(doc, narratedAsSubject);
        for (DreamCharacter c : out) {
            if (c.isHuman() && c.number == 1 && c.sex == 'I' && !c.sexFixed && c.head != null) {
                Character presumed = PRESUMED_SEX.get(c.head);
                if (presumed == null && dreamer != 'I' && PEERS.contains(c.head)) {
                    presumed = dreamer; // "a friend of mine": a peer of the dreamer's own sex
                }
                if (presumed != null) {
                    c.sex = presumed;
                }
            } else if (c.isHuman() && c.number == 2 && c.sex == 'J' && !c.sexFixed && c.head != null
                    && dreamer != 'I' && PEER_PLURALS.contains(c.head)) {
                c.sex = dreamer;
            }
        }
    }

    /** Words a woman's report uses of herself or her things far more than a man's. */
    private static final Set<String> FEMALE_DREAMER_WORDS = set("sorority", "bridesmaid", "gown", "formal", "skirt",
            "purse", "lipstick", "girdle", "blouse", "dress", "dresses", "makeup");

    private static final Set<String> PEER_PLURALS = set("friends", "roommates", "classmates", "friend", "roommate", "classmate");

    /** Peers presumed to share the dreamer's sex when the report never tells theirs. */
    private static final Set<String> PEERS = set("friend", "roommate", "companion", "acquaintance", "classmate");

    /**
     * The dreamer's sex as the report gives it away ("my husband", "my boyfriend" / "my wife"), or 'I'.
     * Dreamers of that time wrote "my girlfriend" for a female friend too, so it is no cue.
     */
    static char dreamerSex(Document doc, boolean narratedAsSubject) {
        if (narratedAsSubject) {
            for (int j = 0; j < doc.size(); j++) {
                if (SHE.contains(doc.lower(j))) {
                    return 'F'; // "Subject dreamed that she ..."
                }
            }
        }
        boolean female = false;
        boolean male = false;
        for (int j = 0; j + 1 < doc.size(); j++) {
            female |= FEMALE_DREAMER_WORDS.contains(doc.lower(j));
            if (!doc.lower(j).equals("my")) {
                continue;
            }
            String next = doc.lower(j + 1);
            female |= next.equals("husband") || next.equals("boyfriend") || next.equals("fiance")
                    || next.equals("boy") && j + 2 < doc.size() && doc.lower(j + 2).equals("friend");
            male |= next.equals("wife") || next.equals("fiancee");
        }
        return female == male ? 'I' : female ? 'F' : 'M';
    }

    /**
     * True when the report speaks of the dreamer as "subject" in the third person and never says "I" (some
     * collections were written down that way by the experimenter).
     */
    static boolean narratedAsSubject(Document doc) {
        boolean subject = false;
        for (int j = 0; j < doc.size(); j++) {
            String t = doc.lower(j);
            if (t.equals("i") && doc.token(j).equals("I")) {
                return false;
            }
            subject |= t.equals("subject") && (doc.isSentenceInitial(j) || j > 0 && doc.lower(j - 1).equals("the")
                    || j > 0 && doc.lower(j - 1).equals("this"));
        }
        return subject;
    }
}
