/**
 * Emotion coding (AN, AP, SD, CO, HA with experiencer), the sentence-by-sentence emotion trajectory, and the
 * cue machinery the other content coders share: {@link org.dreamloom.coding.emotions.PhraseLexicon} (cue lists),
 * {@link org.dreamloom.coding.emotions.Scope} (negation and hypotheticals) and
 * {@link org.dreamloom.coding.emotions.CharacterRefs} (linking words to the card's characters).
 */
package org.dreamloom.coding.emotions;
