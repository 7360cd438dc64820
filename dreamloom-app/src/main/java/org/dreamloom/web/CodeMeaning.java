package org.dreamloom.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.notation.CharacterCode;
import org.dreamloom.coding.notation.Code;
import org.dreamloom.coding.notation.EmotionCode;
import org.dreamloom.coding.notation.InteractionCode;
import org.dreamloom.coding.notation.Notation;
import org.dreamloom.coding.notation.ObjectCode;
import org.dreamloom.coding.notation.OutcomeCode;
import org.dreamloom.coding.notation.Participant;
import org.dreamloom.coding.notation.Participants;
import org.dreamloom.coding.notation.SettingCode;

/**
 * A Hall/Van de Castle code in plain words for the dream page ({@code 1FRA} → "one female relative (adult)"), so a
 * dreamer who does not know the notation can still check each code against the words that justify it.
 */
final class CodeMeaning {
    private static final Map<Character, String> NUMBER = Map.of('1', "one", '2', "a group", '3', "one dead",
            '4', "a dead group", '5', "one imaginary", '6', "an imaginary group", '7', "the original form of",
            '8', "the changed form of");
    private static final Map<Character, String> SEX = Map.of('M', "male", 'F', "female", 'J', "mixed",
            'I', "of uncertain sex");
    private static final Map<Character, String> IDENTITY = Map.ofEntries(Map.entry('F', "father"),
            Map.entry('M', "mother"), Map.entry('X', "parents"), Map.entry('B', "brother"), Map.entry('T', "sister"),
            Map.entry('H', "husband"), Map.entry('W', "wife"), Map.entry('A', "son"), Map.entry('D', "daughter"),
            Map.entry('C', "own child"), Map.entry('I', "own infant"), Map.entry('Y', "family"),
            Map.entry('R', "relative"), Map.entry('K', "known"), Map.entry('P', "prominent"),
            Map.entry('O', "occupational"), Map.entry('E', "ethnic or national"), Map.entry('S', "stranger"),
            Map.entry('U', "uncertain identity"));
    private static final Map<Character, String> AGE = Map.of('A', "adult", 'T', "teenager", 'C', "child",
            'B', "baby");
    private static final Map<Character, String> AGES = Map.of('A', "adults", 'T', "teenagers", 'C', "children",
            'B', "babies");
    private static final Map<Character, String> PLACE = Map.of('I', "indoors", 'O', "outdoors", 'A',
            "indoors or outdoors (ambiguous)", 'N', "no setting");
    private static final Map<Character, String> FAMILIARITY = Map.of('F', "familiar", 'D', "distorted",
            'G', "geographical", 'U', "unfamiliar", 'Q', "questionable");
    private static final Map<Character, String> TYPE = Map.of('>', "towards", '=', "mutual, with",
            'R', "reciprocated by", 'r', "reciprocated by");

    private CodeMeaning() {
    }

    /** The code in words, or "" when it is not in the standard notation (then the page shows the code alone). */
    static String of(Category category, String code) {
        try {
            return describe(category, Notation.parse(category, code));
        } catch (IllegalArgumentException e) { // a NotationException, or a record refusing its parts
            return "";
        }
    }

    private static String describe(Category category, Code code) {
        if (code instanceof CharacterCode c) {
            return character(c);
        }
        if (code instanceof EmotionCode e) {
            return EmotionCode.NAMES.getOrDefault(e.emotion(), e.emotion()) + ", felt by " + who(e.who());
        }
        if (code instanceof SettingCode s) {
            return s.location() == 'N' ? "no setting"
                    : PLACE.getOrDefault(s.location(), "?") + ", " + FAMILIARITY.getOrDefault(s.familiarity(), "?");
        }
        if (code instanceof InteractionCode i) {
            int max = InteractionCode.maxLevel(category);
            String level = "level " + i.level() + " of " + max
                    + (category == Category.AGGRESSION && i.level() >= 5 ? " (physical)" : "");
            String between = i.target().isEmpty() ? who(i.initiator()) + ", at no one in particular"
                    : who(i.initiator()) + " " + TYPE.getOrDefault(i.type(), "towards") + " " + who(i.target().get());
            return category.key().replace('_', ' ') + " " + level + ": " + between;
        }
        if (code instanceof OutcomeCode o) {
            String kind = switch (o.kind()) {
                case "GF" -> "good fortune";
                case "SU" -> "success";
                case "FL" -> "failure";
                case "M5" -> "misfortune: bodily injury or illness";
                case "M6" -> "misfortune: death";
                default -> "misfortune, level " + o.kind().substring(1) + " of 6";
            };
            return kind + ", for " + who(o.who());
        }
        if (code instanceof ObjectCode o) {
            return o.objectClass().description();
        }
        return "";
    }

    private static String who(Participants p) {
        List<String> names = new ArrayList<>();
        for (Participant m : p.members()) {
            names.add(m.isDreamer() ? "the dreamer" : m instanceof CharacterCode c ? character(c)
                    : m instanceof Participant.Unidentified ? "someone unidentified" : m.format());
        }
        return String.join(" and ", names);
    }

    private static String character(CharacterCode c) {
        String number = NUMBER.getOrDefault((char) ('0' + c.number()), "");
        if (c.isAnimal()) {
            return c.isGroup() ? number + " of animals" : number + " animal";
        }
        if (c.isCreature()) {
            return c.isGroup() ? number + " of creatures" : number + " creature";
        }
        if (c.isGroup()) { // "a group (mixed, stranger, adults)": the letters one by one, as plain as they come
            return number + " (" + SEX.get(c.sex()) + ", " + IDENTITY.get(c.identity()) + ", " + AGES.get(c.age()) + ")";
        }
        return number + " " + SEX.get(c.sex()) + " " + IDENTITY.get(c.identity()) + " (" + AGE.get(c.age()) + ")";
    }
}
