package org.dreamloom.coding.notation;

/** One parsed HVdC code of any category; {@link #format()} gives its canonical DreamBank spelling. */
public sealed interface Code
        permits CharacterCode, InteractionCode, SettingCode, ObjectCode, ActivityCode, ModifierCode, OutcomeCode,
        EmotionCode {

    /** The canonical spelling of this code (the spelling most frequent in the human-coded norms cards). */
    String format();
}
