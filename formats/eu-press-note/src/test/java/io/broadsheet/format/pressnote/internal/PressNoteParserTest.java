package io.broadsheet.format.pressnote.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PressNoteParserTest {

    @Test
    void referenceNumbersAreOneTokenWithAJointOrALongDigitRun() {
        assertThat(PressNoteParser.isReference("IP/24/1234")).isTrue();
        assertThat(PressNoteParser.isReference("STATEMENT/24/881")).isTrue();
        assertThat(PressNoteParser.isReference("231104_07")).isTrue();
        assertThat(PressNoteParser.isReference("Ref.: 20240415IPR20012")).isTrue();
        assertThat(PressNoteParser.isReference("UNIQUE ID: 231104_7")).isTrue();
        // Spans of years, plain numbers, sentences and labelled values with other characters are no references.
        assertThat(PressNoteParser.isReference("2021-2027")).isFalse();
        assertThat(PressNoteParser.isReference("2024")).isFalse();
        assertThat(PressNoteParser.isReference("Period 1: 2021/22")).isFalse();
        assertThat(PressNoteParser.isReference("The EU adopted IP/24/1234 today.")).isFalse();
    }

    @Test
    void aKickerOnTheDatesLineIsNoPlace() {
        assertThat(PressNoteParser.isPlaceName("Brussels")).isTrue();
        assertThat(PressNoteParser.isPlaceName("Port of Spain")).isTrue();
        assertThat(PressNoteParser.isPlaceName("Dar es Salaam")).isTrue();
        assertThat(PressNoteParser.isPlaceName("BRUSSELS")).isTrue();
        assertThat(PressNoteParser.isPlaceName("Statement by the High Representative")).isFalse();
        assertThat(PressNoteParser.isPlaceName("Statement")).isFalse();
        assertThat(PressNoteParser.isPlaceName("Press Release")).isFalse();
        assertThat(PressNoteParser.isPlaceName("HR/VP")).isFalse();
    }
}
