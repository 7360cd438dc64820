package org.dreamloom.coding.characters;

import java.util.ArrayList;
import java.util.List;

/** One character being built up from its mentions in a report (mutable; confined to one coding call). */
final class DreamCharacter {
    /** Identity letters from most to least specific, used when two mentions of one character disagree. */
    private static final String PRECEDENCE = "FMXBTHWADCIYRKOPEUS";

    CharacterLexicon.Kind kind;
    int number;
    char sex;
    boolean sexFixed;
    String identity;
    char age;
    boolean ageFixed;
    boolean dead;
    /** A group of exactly two ("two girls", "two of my friends"). */
    boolean pair;
    /** The dreamer's boyfriend or fiancé ("my boyfriend", "the boy I go with"): one person however named. */
    boolean partner;
    String head;
    String nameKey;
    int firstToken;
    int lastToken;
    final List<int[]> spans = new ArrayList<>();

    boolean isHuman() {
        return kind == CharacterLexicon.Kind.HUMAN;
    }

    boolean isGroup() {
        return number == 2;
    }

    void addSpan(int start, int end, int token) {
        spans.add(new int[] {start, end});
        lastToken = Math.max(lastToken, token);
    }

    /** Folds what another mention says about this character into it. */
    void absorb(DreamCharacter other) {
        boolean knownByName = identity.equals("K") && nameKey != null
                || other.identity.equals("K") && other.nameKey != null;
        if (knownByName && (identity.equals("O") || other.identity.equals("O"))) {
            identity = "K"; // "Miss Stover, the teacher": someone the dreamer knows by name, not a mere occupation
        } else if (PRECEDENCE.indexOf(other.identity) >= 0
                && (PRECEDENCE.indexOf(identity) < 0 || PRECEDENCE.indexOf(other.identity) < PRECEDENCE.indexOf(identity))) {
            identity = other.identity;
        }
        if (!sexFixed && other.sex != 'I') {
            sex = other.sex;
            sexFixed = other.sexFixed;
        }
        if (!ageFixed && other.ageFixed) {
            age = other.age;
            ageFixed = true;
        }
        if (nameKey == null) {
            nameKey = other.nameKey;
        }
        dead |= other.dead;
        partner |= other.partner;
        spans.addAll(other.spans);
        lastToken = Math.max(lastToken, other.lastToken);
        firstToken = Math.min(firstToken, other.firstToken);
    }

    /** The DreamBank code of this character. */
    String code() {
        int n = dead ? number + 2 : number;
        return switch (kind) {
            case ANIMAL -> n + "ANI";
            case CREATURE -> n + "CZZ";
            case HUMAN -> "" + n + sex + identity + age;
        };
    }
}
