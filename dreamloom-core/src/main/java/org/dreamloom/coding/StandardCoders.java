package org.dreamloom.coding;

import java.util.List;
import org.dreamloom.coding.emotions.EmotionCoder;
import org.dreamloom.coding.interactions.InteractionCoder;
import org.dreamloom.coding.objects.ObjectCoder;
import org.dreamloom.coding.outcomes.OutcomeCoder;
import org.dreamloom.coding.settings.SettingCoder;

/**
 * The standard coders of the categories after CHARACTERS, in pipeline order, so that a pipeline is built as
 * "character coder, then {@link #rest()}". The interaction and outcome coders require the CHARACTERS category
 * (the pipeline's chain check rejects {@code rest()} without a character coder before it); the setting, object and
 * emotion coders read tokens only (emotions use the characters when the card has them).
 */
public final class StandardCoders {
    private StandardCoders() {
    }

    /** Fresh instances of the interaction, setting, object, outcome and emotion coders, in pipeline order. */
    public static List<Coder> rest() {
        return List.of(InteractionCoder.aggression(), InteractionCoder.friendliness(), InteractionCoder.sexuality(),
                new SettingCoder(), new ObjectCoder(), OutcomeCoder.failure(), OutcomeCoder.success(),
                OutcomeCoder.misfortune(), OutcomeCoder.goodFortune(), new EmotionCoder());
    }
}
