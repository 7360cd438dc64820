package org.dreamloom.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DreamDateTest {
    @Test
    void isoStaysIsoAndUnknownPartsAreDropped() {
        assertThat(DreamDate.iso("1996-04-03")).isEqualTo("1996-04-03");
        assertThat(DreamDate.iso("(1960-08-04)")).isEqualTo("1960-08-04");
        assertThat(DreamDate.iso("1997-??-??")).isEqualTo("1997");
        assertThat(DreamDate.iso("2000-05-??")).isEqualTo("2000-05");
        assertThat(DreamDate.iso("(1957)")).isEqualTo("1957");
    }

    @Test
    void americanDatesWithTwoOrFourDigitYears() {
        assertThat(DreamDate.iso("(10/14/92)")).isEqualTo("1992-10-14");
        assertThat(DreamDate.iso("(01/21/2007)")).isEqualTo("2007-01-21");
        assertThat(DreamDate.iso("(06/??/68)")).isEqualTo("1968-06");
        assertThat(DreamDate.iso("3/4/05")).isEqualTo("2005-03-04");
    }

    @Test
    void nonDatesGiveNothing() {
        assertThat(DreamDate.iso("(F-A-T-19/27)")).isEmpty();
        assertThat(DreamDate.iso("")).isEmpty();
        assertThat(DreamDate.iso("yesterday")).isEmpty();
        assertThat(DreamDate.iso("13/45/99")).isEqualTo("1999");
    }

    @Test
    void dateAtTheStartOfADreamBankReport() {
        assertThat(DreamDate.fromTextPrefix("(2000-05-20 (9)) I was at school")).isEqualTo("2000-05-20");
        assertThat(DreamDate.fromTextPrefix("(????-??-?? (?)) I was on a bus")).isEmpty();
        assertThat(DreamDate.fromTextPrefix("I was (2000-05-20) on a bus")).isEmpty();
    }

    @Test
    void monthNamesAndDottedEuropeanDates() {
        assertThat(DreamDate.iso("March 5, 2024")).isEqualTo("2024-03-05");
        assertThat(DreamDate.iso("Mar. 5th, 2024")).isEqualTo("2024-03-05");
        assertThat(DreamDate.iso("5 March 2024")).isEqualTo("2024-03-05");
        assertThat(DreamDate.iso("september 2001")).isEqualTo("2001-09");
        assertThat(DreamDate.iso("5.3.2024")).isEqualTo("2024-03-05");
        assertThat(DreamDate.iso("Maybe 2024")).as("not a month name").isEmpty();
    }

    @Test
    void aDateIsReadInFullOnlyWhenNoStatedPartWasDropped() {
        assertThat(DreamDate.readInFull("1996-04-03")).isTrue();
        assertThat(DreamDate.readInFull("1997-??-??")).as("unknown parts are not dropped parts").isTrue();
        assertThat(DreamDate.readInFull("(06/??/68)")).isTrue();
        assertThat(DreamDate.readInFull("March 5, 2024")).isTrue();
        assertThat(DreamDate.readInFull("2020-13-45")).isFalse();
        assertThat(DreamDate.iso("2020-13-45")).isEqualTo("2020");
        assertThat(DreamDate.readInFull("2021-02-30")).isFalse();
        assertThat(DreamDate.iso("2021-02-30")).isEqualTo("2021-02");
        assertThat(DreamDate.readInFull("yesterday")).isFalse();
        assertThat(DreamDate.readInFull("")).isFalse();
    }
}
