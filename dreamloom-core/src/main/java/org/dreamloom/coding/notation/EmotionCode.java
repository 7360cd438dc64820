package org.dreamloom.coding.notation;

/**
 * An emotion and who felt it: {@code AN} anger, {@code AP} apprehension, {@code SD} sadness, {@code CO} confusion,
 * {@code HA} happiness, then a comma and the experiencer(s), e.g. {@code AP,D}, {@code HA,D + 1FSA}.
 *
 * @param emotion the two-letter emotion
 * @param who     who felt it
 */
public record EmotionCode(String emotion, Participants who) implements Code {
    /** The five emotion classes. */
    public static final java.util.List<String> EMOTIONS = java.util.List.of("AN", "AP", "SD", "CO", "HA");
    /** The names HVdC gives the five emotions, for what people read (pages, reasons). */
    public static final java.util.Map<String, String> NAMES = java.util.Map.of("AN", "anger", "AP", "apprehension",
            "SD", "sadness", "CO", "confusion", "HA", "happiness");

    public EmotionCode {
        if (!EMOTIONS.contains(emotion)) {
            throw new NotationException(emotion, "an emotion is one of AN AP SD CO HA");
        }
    }

    /** Parses an emotion code. */
    public static EmotionCode parse(String code) {
        int comma = code.indexOf(',');
        if (comma < 0) {
            throw new NotationException(code, "an emotion is EMOTION,WHO (e.g. AP,D): the comma is missing");
        }
        String emotion = code.substring(0, comma).strip();
        if (!EMOTIONS.contains(emotion)) {
            throw new NotationException(code, "emotion '" + emotion + "' is not one of AN AP SD CO HA");
        }
        return new EmotionCode(emotion, Participants.parse(code.substring(comma + 1), code, false));
    }

    /** True when negative (anger, apprehension, sadness, confusion). */
    public boolean isNegative() {
        return !emotion.equals("HA");
    }

    @Override
    public String format() {
        return emotion + "," + who.format();
    }
}
