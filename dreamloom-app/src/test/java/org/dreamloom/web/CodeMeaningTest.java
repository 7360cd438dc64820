package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dreamloom.coding.Category;
import org.junit.jupiter.api.Test;

/** The plain-words reading of HVdC codes on the dream page. */
class CodeMeaningTest {
    @Test
    void charactersReadLetterByLetter() {
        assertThat(CodeMeaning.of(Category.CHARACTERS, "1FRA")).isEqualTo("one female relative (adult)");
        assertThat(CodeMeaning.of(Category.CHARACTERS, "3MRA")).isEqualTo("one dead male relative (adult)");
        assertThat(CodeMeaning.of(Category.CHARACTERS, "2JSC")).isEqualTo("a group (mixed, stranger, children)");
        assertThat(CodeMeaning.of(Category.CHARACTERS, "1ANI")).isEqualTo("one animal");
        assertThat(CodeMeaning.of(Category.CHARACTERS, "2ANI")).isEqualTo("a group of animals");
    }

    @Test
    void interactionsNameBothSidesAndTheLevel() {
        assertThat(CodeMeaning.of(Category.AGGRESSION, "1MSA 7> D"))
                .isEqualTo("aggression level 7 of 8 (physical): one male stranger (adult) towards the dreamer");
        assertThat(CodeMeaning.of(Category.FRIENDLINESS, "D 4> 1FSA"))
                .isEqualTo("friendliness level 4 of 7: the dreamer towards one female stranger (adult)");
    }

    @Test
    void emotionsSettingsOutcomesAndObjects() {
        assertThat(CodeMeaning.of(Category.EMOTIONS, "AP,D")).isEqualTo("apprehension, felt by the dreamer");
        assertThat(CodeMeaning.of(Category.SETTINGS, "IQ")).isEqualTo("indoors, questionable");
        assertThat(CodeMeaning.of(Category.MISFORTUNE, "M6,1ANI")).isEqualTo("misfortune: death, for one animal");
        assertThat(CodeMeaning.of(Category.SUCCESS, "SU,D")).isEqualTo("success, for the dreamer");
        assertThat(CodeMeaning.of(Category.OBJECTS, "HH")).isEqualTo("household");
    }

    @Test
    void aCodeOutsideTheNotationHasNoMeaningRatherThanAWrongOne() {
        assertThat(CodeMeaning.of(Category.CHARACTERS, "XYZ")).isEmpty();
        assertThat(CodeMeaning.of(Category.EMOTIONS, "ZZ,D")).isEmpty();
    }
}
