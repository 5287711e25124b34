package io.broadsheet.format.pressnote.internal;

import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

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

    @Test
    void anAboutHeadingNamesAnInstitutionAndEndsNoSentence() {
        assertThat(PressNoteParser.isAboutHeading(line("About the EIB"))).isTrue();
        assertThat(PressNoteParser.isAboutHeading(line("About the European Investment Fund"))).isTrue();
        assertThat(PressNoteParser.isAboutHeading(line("About InvestEU"))).isTrue();
        // the body's own sentences and lower-case words after "About" are no heading
        assertThat(PressNoteParser.isAboutHeading(line("About 300 jobs will be created in the region."))).isFalse();
        assertThat(PressNoteParser.isAboutHeading(line("About the project."))).isFalse();
        assertThat(PressNoteParser.isAboutHeading(line("About a third of the loan goes to schools"))).isFalse();
        assertThat(PressNoteParser.isAboutHeading(line("Above the EIB"))).isFalse();
    }

    @Test
    void aMeetingsNameWithItsDateIsATitleButAKickerWithADateIsNot() {
        assertThat(PressNoteParser.isDatedTitle("Agriculture and Fisheries Council, 27 January 2025")).isTrue();
        assertThat(PressNoteParser.isDatedTitle("Statement by the High Representative 12.06.2024")).isFalse();
        assertThat(PressNoteParser.isDatedTitle("Statement by the Spokesperson, 12 June 2024")).isFalse();
        assertThat(PressNoteParser.isDatedTitle("Brussels, 27 January 2025")).isFalse();
        assertThat(PressNoteParser.isDatedTitle("Port of Spain, 27 January 2025")).isFalse();
    }

    @Test
    void aContactLineAfterItsHeadingAndAColonIsReadFromTheColon() {
        String text = "For further information: Lars Brennan, Press Officer, Tel. +33 3 88 17 24 85";
        assertThat(PressNoteParser.contactSentenceList(line(text))).isEqualTo(text.indexOf("Lars"));
        // lines joined into one block are no one-line contact, and a label that is no contact heading is no such line
        Block joined = new Block(BlockKind.PARAGRAPH, text, List.of("For further information:",
                "Lars Brennan, Press Officer, Tel. +33 3 88 17 24 85"), 0, 1, Optional.empty(), true);
        assertThat(PressNoteParser.contactSentenceList(joined)).isEqualTo(-1);
        assertThat(PressNoteParser.contactSentenceList(line("Fisheries: ministers agreed on the catch limits for 2026")))
                .isEqualTo(-1);
    }

    private static Block line(String text) {
        return new Block(BlockKind.PARAGRAPH, text, List.of(text), 0, 1, Optional.empty(), true);
    }
}
