package org.dreamloom.coding.characters;

import static org.dreamloom.coding.characters.MentionWords.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dreamloom.coding.characters.CharacterLexicon.Entry;
import org.dreamloom.coding.characters.CharacterLexicon.Kind;
import org.dreamloom.nlp.Document;


/**
 * Finds the character mentions of one document and resolves them to characters (one use per document; not
 * thread-safe, created per call by {@link CharacterCoder}).
 */
final class MentionResolver {
    /** How many sentences back a pronoun may look for its antecedent. */
    private static final int PRONOUN_WINDOW = 2;

    private final Document doc;
    private final CharacterLexicon lexicon;
    private final List<DreamCharacter> characters = new ArrayList<>();
    private DreamCharacter lastMention;
    /** True for a report written about "the subject" in the third person; she and her then mean the dreamer. */
    private boolean narratedAsSubject;
    private int lastMentionEnd = -10;
    private int forceGroupUntil = -1;
    private Map<String, Integer> counts;
    private Set<String> midSentence;


    MentionResolver(Document doc, CharacterLexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    List<DreamCharacter> resolve() {
        int n = doc.size();
        narratedAsSubject = SexPresumption.narratedAsSubject(doc);
        int i = 0;
        while (i < n) {
            String w = doc.lower(i);
            int next;
            if (HE.contains(w)) {
                pronoun(i, 'M');
                next = i + 1;
            } else if (SHE.contains(w) && narratedAsSubject) {
                next = i + 1; // "Subject dreamed that she ...": she is the dreamer, never a character
            } else if (SHE.contains(w)) {
                pronoun(i, 'F');
                next = i + 1;
            } else if (THEY.contains(w)) {
                pluralPronoun(i);
                next = i + 1;
            } else {
                next = name(i);
                if (next < 0) {
                    noun(i);
                    next = i + 1;
                }
            }
            i = next;
        }
        List<DreamCharacter> out = new ArrayList<>(characters);
        out.removeIf(this::enumerated);
        PairIndividuation.apply(out, doc);
        dropParentsCodedApart(out);
        SexPresumption.apply(out, doc, narratedAsSubject);
        Metamorphoses.apply(out, doc);
        out.sort(Comparator.comparingInt(c -> c.firstToken));
        return out;
    }

    /**
     * True for a group that a list right after it spells out ("two boys, Leonard and John"): HVdC codes the
     * individuals, not the group as well.
     */
    private boolean enumerated(DreamCharacter g) {
        if (!g.isHuman() || g.number != 2 || g.nameKey != null || g.spans.size() != 1) {
            return false;
        }
        int t = g.firstToken;
        if (t + 2 >= doc.size() || !(doc.lower(t + 1).equals(",") || doc.lower(t + 1).equals(":"))) {
            return false;
        }
        int members = 0;
        for (DreamCharacter c : characters) {
            if (c != g && c.isHuman() && c.number == 1 && c.firstToken > t && c.firstToken <= t + 3) {
                members++;
            }
        }
        return members > 0;
    }

    /** "My parents ... my mother ... my father": with both parents coded one by one, the pair is not coded again. */
    private static void dropParentsCodedApart(List<DreamCharacter> out) {
        boolean mother = false;
        boolean father = false;
        for (DreamCharacter c : out) {
            mother |= c.isHuman() && c.number == 1 && c.identity.equals("M");
            father |= c.isHuman() && c.number == 1 && c.identity.equals("F");
        }
        if (mother && father) {
            out.removeIf(c -> c.isHuman() && c.number == 2 && c.identity.equals("X"));
        }
    }

    // ---- pronouns

    private void pronoun(int i, char sex) {
        int sent = doc.sentenceOf(i);
        DreamCharacter best = null;
        for (int pass = 0; pass < 3 && best == null; pass++) {
            for (DreamCharacter c : characters) {
                if (c.number != 1 || doc.sentenceOf(c.lastToken) < sent - PRONOUN_WINDOW || c.lastToken >= i) {
                    continue;
                }
                boolean ok = switch (pass) {
                    case 0 -> c.isHuman() && (c.sex == sex || c.sex == 'I' && !c.sexFixed);
                    case 1 -> false;
                    default -> !c.isHuman();
                };
                if (ok && (best == null || c.lastToken > best.lastToken)) {
                    best = c;
                }
            }
        }
        if (best == null) {
            return;
        }
        if (best.isHuman() && best.sex == 'I') {
            best.sex = sex;
            best.sexFixed = true;
        }
        best.addSpan(doc.start(i), doc.end(i), i);
        AcquaintanceStatements.apply(best, AcquaintanceStatements.identityAt(doc, i)); // "I knew him"
    }

    private void pluralPronoun(int i) {
        int sent = doc.sentenceOf(i);
        DreamCharacter best = null;
        for (DreamCharacter c : characters) {
            if (c.isGroup() && doc.sentenceOf(c.lastToken) >= sent - PRONOUN_WINDOW && c.lastToken < i
                    && (best == null || c.lastToken > best.lastToken)) {
                best = c;
            }
        }
        if (best != null) {
            best.addSpan(doc.start(i), doc.end(i), i);
            AcquaintanceStatements.apply(best, AcquaintanceStatements.identityAt(doc, i)); // "I knew them all"
        }
    }

    // ---- names

    /** Codes a personal name starting at {@code i}; returns the token after it, or -1 when there is none. */
    private int name(int i) {
        String tok = doc.token(i);
        String w = doc.lower(i);
        Character titleSex = TITLES.get(w);
        int first = i;
        if (titleSex != null) {
            if (i + 1 >= doc.size() || !capitalized(doc.token(i + 1)) && !isInitial(doc.token(i + 1))) {
                return -1;
            }
            first = i + 1;
        } else {
            if (!capitalized(tok) || NOT_NAMES.contains(w) || lexicon.word(w) != null) {
                return -1;
            }
            boolean initials = tok.length() <= 3 && tok.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z') && tok.length() >= 2;
            Character sex = lexicon.nameSex(w);
            boolean sentenceInitial = doc.isSentenceInitial(i);
            if (sex != null) {
                if (sentenceInitial && doc.isDictionaryWord(w) && !knownName(w) && !capitalizedMidSentence(tok)) {
                    return -1; // "Bill" opening a sentence may be a bill; mid-sentence it is a name
                }
                if (i > 0 && PLACE_PREPOSITIONS.contains(doc.lower(i - 1)) && doc.isDictionaryWord(w)) {
                    return -1;
                }
            } else {
                if (sentenceInitial || (!initials && doc.isDictionaryWord(w)) || FUNCTION_WORDS.contains(w)
                        || CLOSED_CLASS.contains(w) || tok.length() < 3 && !initials) {
                    return -1;
                }
                if (i > 0 && capitalized(doc.token(i - 1)) && !doc.isSentenceInitial(i - 1)) {
                    return -1; // the tail of a longer proper name already rejected ("Los Angeles")
                }
                if (initials && occurrences(tok) < 2) {
                    return -1; // "GS ... GS" are a person's initials; a lone "DNA" is an acronym
                }
                if (!initials && occurrences(tok) < 2 && !personContext(i)) {
                    return -1; // a lone unknown capitalized word is more often a shop, town or brand
                }
                if (i > 0 && PLACE_PREPOSITIONS.contains(doc.lower(i - 1))) {
                    return -1;
                }
                if (i + 1 < doc.size() && doc.lower(i + 1).equals("of")) {
                    return -1; // "Bank of ...", "University of ...": an institution
                }
            }
        }
        int end = first + 1;
        if (isInitial(doc.token(first)) && end < doc.size() && doc.token(end).equals(".")) {
            end++; // "Mr. B." at the end of a sentence: the tokenizer split the initial's period off
        }
        while (end < doc.size() && end - first < 3) {
            String t = doc.token(end);
            boolean initial = isInitial(t);
            if (initial || (capitalized(t) && !NOT_NAMES.contains(doc.lower(end)) && lexicon.word(doc.lower(end)) == null)) {
                end++;
                if (initial && end < doc.size() && doc.token(end).equals(".")) {
                    end++;
                }
            } else {
                break;
            }
        }
        for (int j = first; j < Math.min(end + 1, doc.size()); j++) {
            if (PLACE_WORDS.contains(doc.lower(j))) {
                return end; // a place ("Euclid Avenue"), not a person
            }
        }
        if (titleSex == null && notAPerson(i, end)) {
            return end;
        }
        DreamCharacter c = newCharacter(Kind.HUMAN, 1, 'I', "K", 'A', i, end);
        c.head = "<name>";
        c.nameKey = (titleSex != null ? w.replace(".", "") + " " : "") + doc.lower(first);
        Character sex = titleSex != null ? titleSex : lexicon.nameSex(doc.lower(first));
        if (sex != null && sex != 'I') {
            c.sex = sex;
            c.sexFixed = true;
        }
        if (titleSex != null && w.startsWith("dr")) {
            c.identity = "O";
        }
        ageInParentheses(end, c);
        int after = end;
        DreamCharacter same = null;
        for (DreamCharacter o : characters) {
            if (c.nameKey.equals(o.nameKey)) {
                same = o;
            }
        }
        if (same != null && !same.isHuman()) {
            // "our cat George ... beside George": the pet's name again names the pet, not a person
            same.addSpan(doc.start(i), doc.end(end - 1), end - 1);
            lastMention = same;
            lastMentionEnd = end;
            return end;
        }
        if (same == null && appositive(first > i ? i : first)) {
            same = lastMention;
        }
        if (same == null && lastMention != null && !lastMention.isHuman() && lastMention.number == 1
                && lastMentionEnd == i) {
            lastMention.nameKey = c.nameKey; // "our cat George": a pet's name
            lastMention.addSpan(doc.start(i), doc.end(end - 1), end - 1);
            return end;
        }
        commit(c, same, after);
        return end;
    }

    /** Tokens that may follow a shop's name in "at Moe's." or "such as Milgrim's, ...". */
    private static final Set<String> AFTER_SHOP = set(".", ",", ";", "!", "?", ")", "in", "on", "at", "and", "or",
            "to", "for", "where", "which", "that");

    /**
     * True when the capitalized words {@code [i, end)} are a title, a shop or a place rather than a person: inside
     * quotation marks ("Hansel and Gretal" is a play), a possessive standing alone ("at Moe's." is a shop), or
     * joined by "and" to a place just rejected ("at Richmond and Mayfield").
     */
    private boolean notAPerson(int i, int end) {
        int sentStart = doc.sentenceFirstToken(doc.sentenceOf(i));
        int quotes = 0;
        for (int j = sentStart; j < i; j++) {
            quotes += doc.token(j).equals("\"") ? 1 : 0;
        }
        if (quotes % 2 == 1) {
            return true;
        }
        if (end + 1 < doc.size() && doc.lower(end).equals("'s") && AFTER_SHOP.contains(doc.lower(end + 1))
                && lexicon.nameSex(doc.lower(i)) == null) {
            return true;
        }
        return i >= 3 && doc.lower(i - 1).equals("and") && capitalized(doc.token(i - 2))
                && PLACE_PREPOSITIONS.contains(doc.lower(i - 3)) && lexicon.nameSex(doc.lower(i - 2)) == null;
    }

    // ---- common nouns

    private void noun(int i) {
        String w = doc.lower(i);
        if (!Character.isLetter(w.charAt(0))) {
            return;
        }
        // "a group of girls": the group noun yields to the people it counts
        if (GROUP_NOUNS.contains(w) && i + 2 < doc.size() && doc.lower(i + 1).equals("of")) {
            forceGroupUntil = i + 5;
            return;
        }
        Entry e = lexicon.word(w);
        // words that are often verbs or other things ("date", "cook", "kid") and WordNet's long tail count only
        // when the phrase shows them as nouns: a determiner, possessive or adjective before them, or a plural
        boolean needsNounContext = e != null && AMBIGUOUS.contains(w);
        if (e != null && !KIN.contains(e.identity()) && !e.identity().equals("R") && Character.isUpperCase(doc.token(i).charAt(0))
                && !doc.isSentenceInitial(i) && i + 1 < doc.size() && capitalized(doc.token(i + 1))) {
            return; // "General Electric", "Queen Mary": part of a proper name
        }
        if (e == null) {
            boolean upper = Character.isUpperCase(doc.token(i).charAt(0));
            if (w.length() < 3 || WORDNET_STOP.contains(w) || (upper && !doc.isSentenceInitial(i))
                    || (upper && lexicon.nameSex(w) != null)) {
                return;
            }
            String lemma = doc.nounLemma(i);
            if (WORDNET_STOP.contains(lemma)) {
                return;
            }
            e = lexicon.wordNet(lemma, !lemma.equals(w));
            if (e == null || doc.isWordOf(w, org.dreamloom.nlp.Lemmatizer.Pos.ADJ)) {
                return; // "the same", "the young": adjectives WordNet also lists as person nouns
            }
            needsNounContext = lemma.equals(w);
        }
        // "Negro man", "woman doctor", "boy friend", "sorority sisters": the last noun is the head and the
        // others modify it (read back from the head below)
        if (e.kind() == Kind.HUMAN && i + 1 < doc.size()) {
            Entry nextEntry = lexicon.word(doc.lower(i + 1));
            if (nextEntry != null && nextEntry.kind() == Kind.HUMAN && !e.identity().equals("U")) {
                return;
            }
        }
        // "a pirate ship", "a ballerina gown", "an individual salt dish": a noun modifying the noun after it
        // (singular only: after a plural the base form is a present-tense verb, "strangers walk by")
        if (i + 1 < doc.size() && e.kind() == Kind.HUMAN && e.number() == 1 && doc.nounLemma(i).equals(w)
                && !KIN.contains(e.identity()) && compoundHead(i + 1)) {
            return;
        }
        if (e.kind() == Kind.HUMAN && anchorOfRelation(i)) {
            return; // "a friend of my sisters": the friend is there, the sisters are not
        }
        // compounds and possessive modifiers that are not characters: "dog house", "men's room"
        if (i + 1 < doc.size() && Set.of("house", "food", "car", "station", "room", "show",
                "hood", "'s room").contains(doc.lower(i + 1))) {
            return;
        }
        if (i + 1 < doc.size() && e.age() == 'B' && Set.of("sitter", "sitting", "sit", "carriage", "buggy")
                .contains(doc.lower(i + 1))) {
            return; // "baby sitting": but "three boys sitting in the back row" are there
        }
        // "an Indian dance", "a German course": a nationality word before a common word is an adjective
        if (e.identity().equals("E") && e.number() == 1 && i + 1 < doc.size()
                && isLowerWord(doc.token(i + 1)) && !FUNCTION_WORDS.contains(doc.lower(i + 1))
                && !BE.contains(doc.lower(i + 1))) {
            return;
        }
        // "young people's group", "girls' dorm", "people like me": a kind of people, not people in the dream
        if (e.number() == 2 && i + 1 < doc.size() && (doc.lower(i + 1).equals("'s") || doc.lower(i + 1).equals("'")
                || doc.lower(i + 1).equals("like"))) {
            return;
        }
        int sentStart = doc.sentenceFirstToken(doc.sentenceOf(i));
        boolean own = false, def = false, indef = false, otherPoss = false, child = false, baby = false;
        boolean teen = false, dead = false, ethnic = false, strange = false, old = false;
        int count = 0;
        int statedYears = -1;
        char modSex = 0;
        String modIdentity = null;
        int np = i; // first token of the noun phrase
        int words = 0;
        int phraseStart = i; // first token of the phrase, adjectives included
        boolean verbal = false; // a participle before the noun ("training children") may be the verb itself
        for (int j = i - 1; j >= sentStart && j >= i - 5; j--) {
            String t = doc.lower(j);
            phraseStart = j;
            if (OWN.contains(t) || narratedAsSubject && t.equals("her")) {
                own = true;
                np = j;
                break;
            } else if (DEFINITE.contains(t)) {
                def = true;
                np = j;
                break;
            } else if (t.equals("other")) {
                np = j;
                continue; // "the other girl", "two other girls": the word before decides
            } else if (INDEFINITE.contains(t)) {
                indef = true;
                np = j;
                break; // "some boy" is one boy, "some boys" many: the noun's own number decides
            } else if (NUMERALS.containsKey(t) || isDigits(t, 9)) {
                indef = true;
                count = NUMERALS.getOrDefault(t, isDigits(t, 9) ? Math.min(100, Integer.parseInt(t.length() > 6 ? "100" : t)) : 2);
                np = j;
                continue; // "the two women", "my two sisters"
            } else if (OTHER_POSSESSIVE.contains(t)) {
                otherPoss = true;
                np = j;
                break;
            } else if (yearsOld(t) >= 0) {
                statedYears = yearsOld(t); // "my 11-year-old sister"
            } else if (CHILD_ADJ.contains(t)) {
                child = true;
            } else if (BABY_ADJ.contains(t)) {
                baby = true;
            } else if (TEEN_ADJ.contains(t)) {
                teen = true;
            } else if (DEAD_ADJ.contains(t)) {
                dead = true;
            } else if (ETHNIC_ADJ.contains(t)) {
                ethnic = true;
            } else if (STRANGE_ADJ.contains(t)) {
                strange = true;
            } else if (t.equals("male") || t.equals("female")) {
                modSex = t.equals("male") ? 'M' : 'F'; // "a young male friend"
                continue;
            } else if (t.equals("old") || t.equals("older") || t.equals("elderly") || t.equals("aged")) {
                old = true;
            } else if (lexicon.word(t) != null && lexicon.word(t).kind() == Kind.HUMAN && j == i - 1) {
                Entry mod = lexicon.word(t);
                if (mod.identity().equals("E")) {
                    ethnic = true;
                } else if (mod.identity().equals("K") || mod.identity().equals("O")) {
                    modIdentity = mod.identity();
                }
                if (mod.sex() == 'M' || mod.sex() == 'F') {
                    modSex = mod.sex();
                }
                if (mod.age() == 'B') {
                    baby = true;
                }
                continue;
            } else if (INTENSIFIERS.contains(t)) {
                continue;

            } else if (isLowerWord(t) && words < 3 && lexicon.word(t) == null && !FUNCTION_WORDS.contains(t)
                    && !BE.contains(t) && (doc.isWordOf(t, org.dreamloom.nlp.Lemmatizer.Pos.ADJ) || t.endsWith("ing")
                    || t.endsWith("ed") || PRE_KNOWN.contains(t))) {
                if (PRE_KNOWN.contains(t)) {
                    modIdentity = "K";
                }
                verbal |= !doc.isWordOf(t, org.dreamloom.nlp.Lemmatizer.Pos.ADJ);
                words++;
                continue;
            } else if (j == i - 1 && isLowerWord(t) && e.kind() == Kind.HUMAN && lexicon.word(t) == null
                    && !FUNCTION_WORDS.contains(t) && !BE.contains(t) && j - 1 >= sentStart
                    && (OWN.contains(doc.lower(j - 1)) || OTHER_POSSESSIVE.contains(doc.lower(j - 1)))
                    && doc.isWordOf(t, org.dreamloom.nlp.Lemmatizer.Pos.NOUN)) {
                continue; // "my psychology professor", "her music teacher": a noun modifier after a possessive
            } else {
                phraseStart = j + 1;
                break;
            }
            np = j;
        }
        if (needsNounContext && np == i) {
            return;
        }
        if (indef && doc.lower(np).equals("no")) {
            return; // "there was no audience", "no doctors came": nobody of the kind is in the dream
        }
        // "a girl's dorm", "a white doctor's gown": the article goes with the thing, the person is only a kind
        if (e.number() == 1 && indef && i + 1 < doc.size() && doc.lower(i + 1).equals("'s")
                && (doc.lower(np).equals("a") || doc.lower(np).equals("an"))) {
            return;
        }
        // WordNet's long tail of person nouns ("participant", "occupant", "onlooker") named a coded character in
        // 9% of cases on the development cards: keep it only where "a"/"an" or a numeral ("2 thugs") introduces
        // someone new
        if (e.fromWordNet() && e.kind() == Kind.HUMAN
                && !(indef && (doc.lower(np).equals("a") || doc.lower(np).equals("an")))
                && !(count >= 2 && e.number() == 2)) {
            return;
        }
        // predicates and similes ("I was a little girl", "he was a colonel", "like a child") add no character
        int ps = verbal ? np : Math.min(np, phraseStart);
        while (ps - 1 > sentStart && PREDICATE_ADVERBS.contains(doc.lower(ps - 1))) {
            ps--; // "I was just a spectator"
        }
        if (ps > sentStart) {
            String before = doc.lower(ps - 1);
            String subject = ps - 2 >= sentStart ? doc.lower(ps - 2) : "";
            if (before.equals("myself") || before.equals("feeling") && indef) {
                return; // "felt myself a stranger", "feeling a stranger": the dreamer, described
            }
            if (BE.contains(before) && !INTRODUCING.contains(subject) && (!own && !def && !otherPoss
                    || HE.contains(subject) || SHE.contains(subject) || THEY.contains(subject) || subject.equals("who")
                    || subject.equals("i") || subject.equals("we") || relativeSubject(ps - 2, sentStart))) {
                return;
            }
        }
        // "a friend of a fellow student": the second is only named to place the first, not present
        if (np - 2 >= sentStart && doc.lower(np - 1).equals("of") && !OWN.contains(doc.lower(np))
                && lastMention != null && lastMentionEnd == np - 1) {
            return;
        }
        // "a date" is an appointment; "my date" is a person
        if (w.equals("date") && !own && !otherPoss) {
            return;
        }
        // "one of the girls"
        boolean oneOf = false;
        if (np - 2 >= sentStart && doc.lower(np - 1).equals("of") && doc.lower(np - 2).equals("one")) {
            oneOf = true;
        }
        if (i + 2 < doc.size() && doc.lower(i + 1).equals("of") && Set.of("mine", "ours").contains(doc.lower(i + 2))) {
            own = true;
        }
        int number = e.number();
        if (oneOf) {
            number = 1;
        } else if (count >= 2 || i <= forceGroupUntil && !own && !otherPoss && !def) {
            // "a group of girls"; but not "a lot of business from my father"
            number = 2;
        }
        char sex = modSex != 0 && e.kind() == Kind.HUMAN ? modSex : e.sex();
        if (number == 1 && sex == 'J') {
            sex = 'I'; // one of a mixed group
        }
        if (number == 2 && e.number() == 1 && e.kind() == Kind.HUMAN && sex == 'I') {
            sex = 'J';
        }
        String identity = e.identity();
        char age = e.age();
        boolean ageFixed = false;
        if (e.kind() == Kind.HUMAN) {
            if (KIN.contains(identity)) {
                if (otherPoss) {
                    identity = kinOfPossessor(np); // "his wife" is known unless he is a stranger
                } else if (!own && kinOfSomeoneNamedAfter(i)) {
                    identity = "K"; // "the father of an old friend", "the parents of a boy I dated": not hers
                } else if (indef && !own) {
                    identity = "S";
                }
                if ((identity.equals("C") || identity.equals("I")) && !own) {
                    identity = "S";
                }
            } else if (identity.equals("R") && otherPoss) {
                identity = "K";
            } else if (identity.equals("S")) {
                if (w.equals("baby") || w.equals("infant")) {
                    identity = own ? "I" : "U";
                } else if (CHILD_WORDS.contains(w) && own) {
                    identity = "C";
                } else if (CHILD_WORDS.contains(w) && otherPoss) {
                    identity = kinOfPossessor(np); // "my sister and her two children": her children are kin too
                } else if (own) {
                    identity = "K";
                } else if (oneOf) {
                    identity = groupIdentity(doc.nounLemma(i), "K"); // "one of the girls": one of that group
                } else if (number == 2 && !w.equals("strangers") && !w.equals("people") && i > forceGroupUntil && (np == i || doc.lower(np).equals("other")
                        || (np + 1 < i && doc.lower(np + 1).equals("other")))) {
                    identity = "U"; // "girls", "other girls", "two other girls": unspecified
                }
                if (identity.equals("S") || identity.equals("U")) {
                    String cue = followingText(i, 16);
                    if (containsAny(cue, STRANGER_CUES)) {
                        identity = "S";
                    } else if (containsAny(cue, UNCERTAIN_CUES)) {
                        identity = "U"; // "some people whom I couldn't quite recognize": not "whom I" know
                    } else if (containsAny(cue, KNOWN_CUES)) {
                        identity = "K";
                    }
                }
                if (ethnic && identity.equals("S")) {
                    identity = "E";
                }
            }
            if (modIdentity != null && (KIN.contains(identity) || identity.equals("S"))) {
                identity = modIdentity;
            }
            if (own && identity.equals("O")) {
                identity = "K"; // "my instructor", "my music teacher": someone the dreamer knows
            } else if (identity.equals("O") && number == 1 && containsAny(followingText(i, 12), KNOWN_CUES)
                    && !containsAny(followingText(i, 12), UNPLACED_CUES)) {
                identity = "K"; // "a teacher who I had for English": known in person, not only by occupation
            }
            if (strange && !KIN.contains(identity)) {
                identity = "S";
            }
            if (baby && KIN.contains(identity)) {
                age = 'B';
                ageFixed = true;
            } else if (child && CHILD_HEADS.contains(w)) {
                age = 'C';
                ageFixed = true;
            } else if (teen) {
                age = 'T';
                ageFixed = true;
            } else if (old) {
                age = 'A';
                ageFixed = true;
            }
        }
        if (statedYears < 0 && e.kind() == Kind.HUMAN) {
            statedYears = yearsAfter(i); // "my cousin who is 17", "a girl about 17"
        }
        if (statedYears >= 0 && e.kind() == Kind.HUMAN) {
            age = statedYears < 2 ? 'B' : statedYears < 13 ? 'C' : statedYears < 18 ? 'T' : 'A';
            ageFixed = true;
        }
        DreamCharacter c = newCharacter(e.kind(), number, sex, identity, age, i, i + 1);
        c.ageFixed = ageFixed || age != 'A';
        c.sexFixed = sex == 'M' || sex == 'F';
        c.dead = dead;
        c.head = doc.nounLemma(i);
        c.partner = c.isHuman() && number == 1 && !otherPoss && (PARTNER_WORDS.contains(w) && (own || def || np == i)
                || MALE_GENERIC.contains(w) && def && containsAny(followingText(i, 8), PARTNER_CUES));
        c.pair = number == 2 && e.kind() == Kind.HUMAN && (count == 2
                || np - 2 >= sentStart && doc.lower(np - 1).equals("of") && TWO.contains(doc.lower(np - 2)));
        ageInParentheses(i + 1, c);
        if (c.isHuman() && number == 1 && i + 3 < doc.size() && doc.lower(i + 1).equals(",")
                && isInitial(doc.token(i + 2)) && !doc.token(i + 2).equals("I") && doc.lower(i + 3).equals(",")
                && (identity.equals("S") || identity.equals("U"))) {
            c.identity = "K"; // "a boy, C., my own age": the report names him by his initial
        }
        int after = i + 1;
        DreamCharacter same = null;
        if (c.isHuman() && appositive(np, number) && !(own && lastMention.isHuman()
                && (KIN.contains(lastMention.identity) || lastMention.identity.equals("R"))
                && !lastMention.identity.equals(c.identity) && !insideParentheses(np))) {
            // but "my father, my roommate and myself", "my grandmother, my roommate" are lists, not one person;
            // "my sister-in-law (my husband's brother's wife)" explains who she is
            same = lastMention;
        } else if (indef && number == 1 && c.isHuman() && GENERIC.contains(w) && np - 1 >= sentStart
                && doc.lower(np - 1).equals(",") && lastMention != null && lastMention.isHuman()
                && lastMention.number == 1 && doc.sentenceOf(lastMention.lastToken) == doc.sentenceOf(i)
                && np - lastMentionEnd <= 6 && (lastMention.sex == sex || lastMention.sex == 'I' || sex == 'I')) {
            same = lastMention; // "An intern came in, a young man about 28, and ..."
        } else if (indef && !oneOf && count == 0 && !doc.lower(np).equals("another") && !doc.lower(np).equals("other")) {
            same = antecedent(c, false, false);
        } else if (!indef && !oneOf) {
            same = antecedent(c, own || (!def && !otherPoss), def);
            if (same == null && def && number == 1 && c.isHuman() && GENERIC.contains(w)) {
                same = recentSingular(c.sex, i);
                if (same != null && restrictiveClauseAfter(i) && restrictiveClauseAfter(same.firstToken)
                        && !(c.partner && same.partner)) {
                    same = null; // "a boy that I used to date ... the boy I am pinned to": each clause says who
                }
            }
        }
        if (same == null && def && number == 1 && c.identity.equals("S") && (w.equals("boy") || w.equals("girl"))
                && doc.lower(np).equals("the")) {
            c.identity = "K"; // "the boy I go with", "the girl he dates": presumed known on first mention
        }
        if (same == null && def && number == 2 && c.identity.equals("S") && PEER_GROUPS.contains(w)) {
            c.identity = "K"; // "the girls": a definite group nobody introduced is the dreamer's own set
        }
        if (same == null && number == 2 && np < i && (doc.lower(np).equals("these") || doc.lower(np).equals("those"))
                && GENERIC_PLURAL.contains(w)) {
            return; // "these people" gathers characters already coded
        }
        if (same == null && number == 2 && np < i && doc.lower(np).equals("both") && e.kind() == Kind.HUMAN
                && singularHumansBefore(i) >= 2) {
            return; // "took both men away": the two already coded
        }
        if (same == null && e.kind() == Kind.ANIMAL && number == 2 && lastMention != null
                && lastMention.kind == Kind.ANIMAL && lastMention.number == 2 && listGap(lastMentionEnd, np)) {
            same = lastMention; // "tadpoles, frogs, and other similar animals": one group of animals
        }
        if (same == null && def && ANAPHORIC.contains(w)) {
            return; // "the person" points back at someone; alone it names no one new
        }
        commit(c, same, after);
    }

    private int singularHumansBefore(int i) {
        int n = 0;
        for (DreamCharacter c : characters) {
            n += c.isHuman() && c.number == 1 && c.firstToken < i ? 1 : 0;
        }
        return n;
    }

    /** True when only commas, conjunctions and adjectives lie between two mentions (a list). */
    private boolean listGap(int from, int to) {
        if (from > to || to - from > 5) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String t = doc.lower(j);
            if (!(t.equals(",") || t.equals("and") || t.equals("or") || t.equals("other") || t.equals("similar")
                    || doc.isWordOf(t, org.dreamloom.nlp.Lemmatizer.Pos.ADJ))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the possessive opening the phrase at {@code np} ("his", "her", "the man's") belongs to a stranger
     * or someone uncertain: that person's kin are strangers to the dreamer too.
     */
    private boolean strangerPossessor(int np) {
        DreamCharacter owner = possessor(np);
        return owner != null && owner.isHuman() && (owner.identity.equals("S") || owner.identity.equals("U"));
    }

    /** The character a possessive opening the phrase at {@code np} ("his", "her", "the man's") belongs to, or null. */
    private DreamCharacter possessor(int np) {
        String t = doc.lower(np);
        if (HE.contains(t)) {
            return recentSingular('M', np);
        } else if (SHE.contains(t)) {
            return recentSingular('F', np);
        } else if ((t.equals("'s") || t.equals("'")) && lastMentionEnd == np) {
            return lastMention;
        }
        return null;
    }

    /**
     * The identity of someone's kin named through a possessive ("his wife", "my sister's children"): a stranger's
     * kin are strangers; the kin of the dreamer's own family are her relatives (HVdC R: "my brother's wife", "my
     * mother's sister"); anyone else's are people she knows.
     */
    private String kinOfPossessor(int np) {
        DreamCharacter owner = possessor(np);
        if (owner != null && owner.isHuman() && (owner.identity.equals("S") || owner.identity.equals("U"))) {
            return "S";
        }
        if (owner != null && owner.isHuman() && owner.number == 1
                && (KIN.contains(owner.identity) || owner.identity.equals("R"))) {
            return "R";
        }
        return "K";
    }

    /** The identity of the latest group coded with this head ("the little girls" for "one of the girls"), or a default. */
    private String groupIdentity(String head, String otherwise) {
        DreamCharacter best = null;
        for (DreamCharacter c : characters) {
            if (c.isHuman() && c.number == 2 && head.equals(c.head) && (best == null || c.lastToken > best.lastToken)) {
                best = c;
            }
        }
        return best == null ? otherwise : best.identity;
    }

    /** Words after a person noun that are nouns in the dictionary but never the head of a compound with it. */
    private static final Set<String> NOT_COMPOUND_HEADS = Set.of("yesterday", "today", "tonight", "tomorrow",
            "morning", "night", "afternoon", "evening", "home", "once", "twice", "back", "inside", "outside", "next",
            "again", "too", "alone", "instead", "downtown", "upstairs", "downstairs", "last", "first", "now", "why",
            "how", "what", "whether", "because", "who", "whom", "whose");

    /** True when token {@code j} is a plain lower-case noun (not a verb or adjective) a person noun could modify. */
    private boolean compoundHead(int j) {
        String t = doc.token(j);
        String w = doc.lower(j);
        return isLowerWord(t) && t.equals(w) && !FUNCTION_WORDS.contains(w) && !BE.contains(w)
                && !NOT_COMPOUND_HEADS.contains(w) && lexicon.word(w) == null
                && doc.isWordOf(w, org.dreamloom.nlp.Lemmatizer.Pos.NOUN)
                && !inflectedVerb(w) && !w.endsWith("ing") && !w.endsWith("ed")
                && !doc.isWordOf(w, org.dreamloom.nlp.Lemmatizer.Pos.ADJ);
    }

    /** True for a verb form other than the base ("left", "ran", "walks"); "ship" or "gown" may still be nouns. */
    private boolean inflectedVerb(String w) {
        if (!doc.isWordOf(w, org.dreamloom.nlp.Lemmatizer.Pos.VERB)) {
            return false;
        }
        String lemma = org.dreamloom.nlp.TextAnalyzer.shared().lemmatizer().lemma(w, org.dreamloom.nlp.Lemmatizer.Pos.VERB);
        return !lemma.equals(w);
    }

    /** True for "who by the way is my ...": a relative pronoun a few words before the verb of a predicate. */
    private boolean relativeSubject(int from, int sentStart) {
        for (int j = from; j >= sentStart && j > from - 4; j--) {
            String t = doc.lower(j);
            if (t.equals("who") || t.equals("which")) {
                return true;
            }
            if (t.equals(",") || t.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** The N of "N-year-old", or -1. */
    private static int yearsOld(String t) {
        int dash = t.indexOf("-year");
        if (dash <= 0 || !t.endsWith("-old") || !isDigits(t.substring(0, dash), 2)) {
            return -1;
        }
        return Integer.parseInt(t.substring(0, dash));
    }

    /** The age stated right after a mention ("who is 17", "about 17", "is 17 years old"), or -1. */
    private int yearsAfter(int i) {
        int j = i + 1;
        while (j < doc.size() && j < i + 3 && (doc.lower(j).equals("who") || doc.lower(j).equals(","))) {
            j++;
        }
        if (j < doc.size() && (doc.lower(j).equals("is") || doc.lower(j).equals("was"))) {
            j++;
        }
        if (j < doc.size() && (doc.lower(j).equals("about") || doc.lower(j).equals("around"))) {
            j++;
        }
        if (j == i + 1 || j >= doc.size() || !isDigits(doc.lower(j), 2)) {
            return -1;
        }
        boolean yearsWord = j + 1 < doc.size() && (doc.lower(j + 1).equals("years") || doc.lower(j + 1).equals("year"));
        boolean ends = j + 1 >= doc.size() || !Character.isLetterOrDigit(doc.lower(j + 1).charAt(0));
        return yearsWord || ends ? Integer.parseInt(doc.lower(j)) : -1;
    }

    /** The most recent singular human of a compatible sex mentioned within the pronoun window, or null. */
    private DreamCharacter recentSingular(char sex, int i) {
        int sent = doc.sentenceOf(i);
        DreamCharacter best = null;
        for (DreamCharacter c : characters) {
            if (c.isHuman() && c.number == 1 && doc.sentenceOf(c.lastToken) >= sent - PRONOUN_WINDOW
                    && (sex == 'I' || c.sex == sex || (c.sex == 'I' && !c.sexFixed))
                    && (best == null || c.lastToken > best.lastToken)) {
                best = c;
            }
        }
        return best;
    }

    /** The earlier character a definite, possessive or bare mention refers to, or null. */
    private DreamCharacter antecedent(DreamCharacter m, boolean ownOrBare, boolean definite) {
        DreamCharacter best = null;
        for (DreamCharacter c : characters) {
            boolean match;
            if (c.kind != m.kind || c.number != m.number) {
                match = false;
            } else if (m.partner && c.partner && m.sex == c.sex) {
                match = true; // "the boy I go with ... my boyfriend": the dreamer's steady, however she names him
            } else if (m.isHuman() && m.number == 1 && restrictiveClauseAfter(m.firstToken)
                    && restrictiveClauseAfter(c.firstToken)) {
                match = false; // "a boy that I used to date ... the boy I am pinned to": each clause says who
            } else if (ownOrBare && m.isHuman() && UNIQUE_KIN.contains(m.identity)) {
                match = c.identity.equals(m.identity);
            } else if (m.head.equals(c.head)) {
                match = true;
            } else if (definite && !m.isHuman() && m.number == 2) {
                match = true;
            } else if (definite && !m.isHuman() && m.number == 1 && sameAnimal(m.head, c.head)) {
                match = true; // "a gray kitten ... the cat ... the animal"
            } else if (definite && m.isHuman() && m.number == 2 && c.isHuman() && GENERIC_GROUP.contains(m.head)
                    && (c.sex == m.sex || m.sex == 'J' || m.sex == 'I' || c.sex == 'I') && c.age == m.age
                    && c.dead == m.dead && !restrictiveClauseAfter(m.firstToken)
                    && doc.sentenceOf(c.lastToken) >= doc.sentenceOf(m.firstToken) - PRONOUN_WINDOW) {
                // "two men ... I didn't know the fellows": a definite plural points back at the group; but "the
                // people who lived there" says by its clause which people it means
                match = true;
            } else if (definite && m.isHuman() && m.number == 1 && c.nameKey == null
                    && (MALE_GENERIC.contains(m.head) && MALE_GENERIC.contains(c.head)
                    || FEMALE_GENERIC.contains(m.head) && FEMALE_GENERIC.contains(c.head))) {
                match = true;
            } else {
                match = false;
            }
            if (match && (best == null || c.lastToken > best.lastToken)) {
                best = c;
            }
        }
        return best;
    }

    /** True when a relative clause follows the head at {@code i}: "the people who lived there", "the girls I knew". */
    private boolean restrictiveClauseAfter(int i) {
        if (i + 1 >= doc.size()) {
            return false;
        }
        return CLAUSE_OPENERS.contains(doc.lower(i + 1));
    }

    private static final Set<String> CHILD_WORDS = set("child", "children", "kid", "kids");

    private static final Set<String> CLAUSE_OPENERS = set("who", "whom", "that", "which", "whose", "i", "we", "he",
            "she", "they", "you");

    /** Plural heads that name people by nothing but sex or age, so "the X" can take up any group before. */
    private static final Set<String> GENERIC_GROUP = set("people", "person", "man", "men", "woman", "women", "girl",
            "girls", "boy", "boys", "fellow", "fellows", "guy", "guys", "kid", "kids", "child", "children", "fella",
            "fellas", "lady", "ladies");

    private static final Set<String> ANIMAL_GENERIC = set("animal", "creature", "beast", "pet");
    private static final Map<String, String> YOUNG_ANIMAL = Map.of("kitten", "cat", "puppy", "dog", "pup", "dog",
            "colt", "horse", "foal", "horse", "pony", "horse", "calf", "cow", "lamb", "sheep", "chick", "chicken");

    private static boolean sameAnimal(String later, String earlier) {
        return ANIMAL_GENERIC.contains(later) || later.equals(YOUNG_ANIMAL.get(earlier))
                || earlier.equals(YOUNG_ANIMAL.get(later));
    }

    /**
     * True when the person noun at {@code i} only anchors whom another person is related to: "a friend of my
     * sisters", "the wife of his boss". The relation names the friend or the wife; the sisters or the boss are
     * not in the dream for that mention (a later mention that puts them there still codes them).
     */
    private boolean anchorOfRelation(int i) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        if (i - 3 < s || !doc.lower(i - 2).equals("of")
                || !(OWN.contains(doc.lower(i - 1)) || OTHER_POSSESSIVE.contains(doc.lower(i - 1)))) {
            return false;
        }
        Entry head = lexicon.word(doc.lower(i - 3));
        return head != null && head.kind() == Kind.HUMAN && characters.stream().noneMatch(c -> c.isHuman()
                && doc.lower(i).equals(c.head));
    }

    /** True when only punctuation and an age separate the mention starting at {@code np} from the previous one. */
    private boolean appositive(int np) {
        return appositive(np, 1);
    }

    private boolean appositive(int np, int number) {
        if (lastMention == null || !lastMention.isHuman() || lastMention.number != number || lastMentionEnd > np) {
            return false;
        }
        if (np - lastMentionEnd > 6) {
            return false;
        }
        if ((doc.lower(np).equals("'s") || doc.lower(np).equals("'")) && !insideParentheses(np)) {
            // "my friend's boyfriend", "the janitor's wife": someone else than the possessor; but inside
            // parentheses the report explains a relation, "my sister-in-law (my husband's brother's wife)"
            return false;
        }
        for (int j = lastMentionEnd; j < np; j++) {
            String t = doc.lower(j);
            if (!(APPOSITION_GAP.contains(t) || isDigits(t, 9) || capitalized(doc.token(j)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for kin words followed by "of" and the person they belong to ("the father of an old friend", "the
     * parents of a boy"), but not "of mine" / "of ours" (the dreamer's own).
     */
    private boolean kinOfSomeoneNamedAfter(int i) {
        if (i + 2 >= doc.size() || !doc.lower(i + 1).equals("of")) {
            return false;
        }
        String t = doc.lower(i + 2);
        return set("a", "an", "the", "his", "her", "their", "this", "that").contains(t)
                || capitalized(doc.token(i + 2)) && !t.equals("i");
    }

    /** True when token {@code j} lies inside parentheses opened earlier in its sentence. */
    private boolean insideParentheses(int j) {
        int first = doc.sentenceFirstToken(doc.sentenceOf(j));
        for (int k = j - 1; k >= first; k--) {
            if (doc.lower(k).equals(")")) {
                return false;
            }
            if (doc.lower(k).equals("(")) {
                return true;
            }
        }
        return false;
    }

    private DreamCharacter newCharacter(Kind kind, int number, char sex, String identity, char age, int first, int end) {
        DreamCharacter c = new DreamCharacter();
        c.kind = kind;
        c.number = number;
        c.sex = sex;
        c.identity = identity;
        c.age = age;
        c.firstToken = first;
        c.lastToken = end - 1;
        c.spans.add(new int[] {doc.start(first), doc.end(end - 1)});
        return c;
    }

    private void commit(DreamCharacter c, DreamCharacter same, int end) {
        if (same != null && same.isHuman() == c.isHuman() && (same.number == c.number)) {
            same.absorb(c);
            lastMention = same;
        } else {
            characters.add(c);
            lastMention = c;
        }
        lastMentionEnd = end;
    }

    /** Reads "(16)" after a mention as the character's age; returns the token after it. */
    private int ageInParentheses(int at, DreamCharacter c) {
        if (at + 2 < doc.size() && doc.token(at).equals("(") && c.isHuman() && c.number == 1
                && (doc.lower(at + 1).equals("m") || doc.lower(at + 1).equals("f"))
                && (doc.token(at + 2).equals(",") || doc.token(at + 2).equals(")"))) {
            c.sex = doc.lower(at + 1).equals("m") ? 'M' : 'F';
            c.sexFixed = true;
            at += 2;
            if (doc.token(at).equals(",") && at + 1 < doc.size()) {
                at--;
                if (!isDigits(doc.token(at + 2), 2)) {
                    return at;
                }
                at++; // "(m, 23)": read the age below as if it opened the parentheses
            } else {
                return at + 1;
            }
        }
        if (at + 2 < doc.size() && (doc.token(at).equals("(") || doc.token(at).equals(",")) && isDigits(doc.token(at + 1), 2)) {
            int years = Integer.parseInt(doc.token(at + 1));
            if (c.isHuman()) {
                c.age = years < 2 ? 'B' : years < 13 ? 'C' : years < 18 ? 'T' : 'A';
                c.ageFixed = true;
                if (c.number == 1 && (c.identity.equals("S") || c.identity.equals("U"))) {
                    c.identity = "K"; // "a fellow (21)": one knows the exact age of people one knows, not of strangers
                }
            }
            int j = at + 2;
            while (j < doc.size() && j < at + 8 && !doc.token(j).equals(")")) {
                j++;
            }
            return Math.min(doc.size(), j + 1);
        }
        return at;
    }

    // character-class checks written out: String.matches compiles a regex on every call, which showed in profiles

    private static boolean isDigits(String t, int maxLength) {
        if (t.isEmpty() || t.length() > maxLength) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word, hyphens allowed after the first letter. */
    private static boolean isLowerWord(String t) {
        if (t.isEmpty() || t.charAt(0) < 'a' || t.charAt(0) > 'z') {
            return false;
        }
        for (int k = 1; k < t.length(); k++) {
            char ch = t.charAt(k);
            if (!(ch >= 'a' && ch <= 'z' || ch == '-')) {
                return false;
            }
        }
        return true;
    }

    /** "L" or "L.". */
    private static boolean isInitial(String t) {
        return (t.length() == 1 || t.length() == 2 && t.charAt(1) == '.') && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z';
    }

    /** True when the words around token {@code i} treat it as a person: an age, a verb of saying, an apposition. */
    private boolean personContext(int i) {
        int after = i + 1;
        while (after < doc.size() && after < i + 3 && (isInitial(doc.token(after)) || capitalized(doc.token(after)))) {
            after++;
        }
        if (after < doc.size()) {
            String next = doc.lower(after);
            if (next.equals("(") || next.equals(",") || PERSON_VERBS.contains(next)) {
                return true;
            }
        }
        return i > 0 && (doc.lower(i - 1).equals(",") || OWN.contains(doc.lower(i - 1))
                || doc.lower(i - 1).equals("and") || doc.lower(i - 1).equals("with"));
    }

    private boolean knownName(String lower) {
        for (DreamCharacter c : characters) {
            if (lower.equals(c.nameKey)) {
                return true;
            }
        }
        return false;
    }

    private boolean capitalizedMidSentence(String token) {
        tokenStats();
        return midSentence.contains(token);
    }

    private int occurrences(String token) {
        tokenStats();
        return counts.getOrDefault(token, 0);
    }

    /** Counts capitalized tokens once per document (names are looked up many times). */
    private void tokenStats() {
        if (counts != null) {
            return;
        }
        counts = new java.util.HashMap<>();
        midSentence = new java.util.HashSet<>();
        for (int j = 0; j < doc.size(); j++) {
            String t = doc.token(j);
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                counts.merge(t, 1, Integer::sum);
                if (!doc.isSentenceInitial(j)) {
                    midSentence.add(t);
                }
            }
        }
    }

    /** Words that end the clause a relative cue ("whom I know") must sit in to describe the noun before it. */
    private static final Set<String> CLAUSE_ENDS = set(".", "!", "?", ";", "and", "but", "because", "so", "if",
            "when", "while", "asked", "told", "said");

    private String followingText(int i, int max) {
        StringBuilder sb = new StringBuilder();
        int end = Math.min(doc.sentenceEndToken(doc.sentenceOf(i)), i + 1 + max);
        for (int j = i + 1; j < end; j++) {
            String t = doc.lower(j);
            if (CLAUSE_ENDS.contains(t)) {
                break; // a cue further on is about someone else ("a girl asked me if a friend I knew ...")
            }
            sb.append(t).append(' ');
        }
        return sb.toString();
    }

    private static boolean containsAny(String s, String[] cues) {
        for (String c : cues) {
            if (s.contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalized(String t) {
        return t.length() >= 2 && Character.isUpperCase(t.charAt(0)) && Character.isLetter(t.charAt(1))
                || t.length() == 1 && Character.isUpperCase(t.charAt(0)) && !t.equals("I") && !t.equals("A");
    }
}
