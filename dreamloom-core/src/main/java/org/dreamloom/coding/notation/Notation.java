package org.dreamloom.coding.notation;

import org.dreamloom.coding.Category;

/** Parses and formats the code strings of every card category: the one entry point to the notation package. */
public final class Notation {
    private Notation() {
    }

    /**
     * Parses one code of a category.
     *
     * @throws NotationException naming the code and what is wrong with it
     */
    public static Code parse(Category category, String code) {
        if (code == null) {
            throw new NotationException("null", "a code is missing");
        }
        return switch (category) {
            case CHARACTERS -> CharacterCode.parse(code);
            case AGGRESSION, FRIENDLINESS, SEXUALITY -> InteractionCode.parse(category, code);
            case SETTINGS -> SettingCode.parse(code);
            case OBJECTS -> ObjectCode.parse(code);
            case ACTIVITIES -> ActivityCode.parse(code);
            case MODIFIERS -> ModifierCode.parse(code);
            case FAILURE -> outcome(code, "FL");
            case SUCCESS -> outcome(code, "SU");
            case GOOD_FORTUNE -> outcome(code, "GF");
            case MISFORTUNE -> outcome(code, "M");
            case EMOTIONS -> EmotionCode.parse(code);
        };
    }

    /** The canonical spelling of a code of a category ({@code "D 3> 1FMA +1MKA"} → {@code "D 3> 1FMA + 1MKA"}). */
    public static String canonical(Category category, String code) {
        return parse(category, code).format();
    }

    /**
     * The codes of a card that do not parse, one message each ({@code category: 'code': what is wrong}); empty when
     * every code is well formed.
     */
    public static java.util.List<String> problems(org.dreamloom.coding.Card card) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Category category : Category.values()) {
            for (String code : card.codes(category)) {
                try {
                    parse(category, code);
                } catch (NotationException e) {
                    out.add(category.key() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static OutcomeCode outcome(String code, String prefix) {
        OutcomeCode c = OutcomeCode.parse(code);
        if (!c.kind().startsWith(prefix)) {
            throw new NotationException(code, "expected an outcome starting with " + prefix + " in this category, not "
                    + c.kind());
        }
        return c;
    }
}
