package io.broadsheet.spi;

import io.broadsheet.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

/** The story openings, lone times and dash-separated times that format providers rely on. */
class DatelineParserLeadTest {

    private static final DatelineParser PARSER = DatelineParser.dayFirst();

    @Test
    void readsAgencyAfterCapitalPlace() {
        String text = "WASHINGTON (Reuters) - The U.S. Senate on Friday passed a bill.";
        DatelineParser.Lead lead = PARSER.parseLead(text).orElseThrow();
        assertThat(lead.place()).contains("WASHINGTON");
        assertThat(lead.agency()).contains("Reuters");
        assertThat(lead.day()).isEmpty();
        assertThat(text.substring(lead.textStart())).startsWith("The U.S. Senate");
        assertThat(lead.dateline(null)).contains(Dateline.of("WASHINGTON", null, null));
    }

    @Test
    void readsMonthAndDayWithoutYearAndLetsTheCallerSupplyIt() {
        String text = "BRUSSELS, March 4 (Reuters) - NATO foreign ministers met on Friday.";
        DatelineParser.Lead lead = PARSER.parseLead(text).orElseThrow();
        assertThat(lead.place()).contains("BRUSSELS");
        assertThat(lead.day()).contains(MonthDay.of(3, 4));
        assertThat(lead.year()).isEmpty();
        assertThat(lead.dateline(Year.of(2022)))
                .contains(Dateline.of("BRUSSELS", LocalDate.of(2022, 3, 4), null));
        assertThat(lead.dateline(null)).contains(Dateline.of("BRUSSELS", null, null));
    }

    @Test
    void readsTheHourTassSetsAfterTheDay() {
        String text = "MOSCOW, March 4, 14:25. /TASS/. The shipping season will open early, a minister said.";
        DatelineParser.Lead lead = PARSER.parseLeadWithoutDash(text).orElseThrow();
        assertThat(lead.place()).contains("MOSCOW");
        assertThat(lead.agency()).contains("TASS");
        assertThat(lead.day()).contains(MonthDay.of(3, 4));
        assertThat(lead.time()).contains(LocalTime.of(14, 25));
        assertThat(text.substring(lead.textStart())).startsWith("The shipping season");
        assertThat(lead.dateline(Year.of(2026)))
                .contains(Dateline.of("MOSCOW", LocalDate.of(2026, 3, 4), LocalTime.of(14, 25)));
    }

    @Test
    void readsAnHourBeforeAnAgencyAndDash() {
        String text = "BEIJING, July 14, 9:05 (Xinhua) -- Railways carried more freight.";
        DatelineParser.Lead lead = PARSER.parseLead(text).orElseThrow();
        assertThat(lead.place()).contains("BEIJING");
        assertThat(lead.time()).contains(LocalTime.of(9, 5));
        assertThat(text.substring(lead.textStart())).startsWith("Railways");
    }

    @Test
    void anyOtherColonStillEndsTheSearchForAnOpening() {
        assertThat(PARSER.parseLead("Officials said: the talks (in Geneva) - failed.")).isEmpty();
        assertThat(PARSER.parseLeadWithoutDash("At 14:25 (local time) The session ended.")).isEmpty();
        assertThat(PARSER.parseLead("MOSCOW, March 4 (TASS) - The minister spoke.").orElseThrow().time()).isEmpty();
    }

    @Test
    void readsAgencyAloneWithEmDash() {
        String text = "(AP) \u2014 Ukraine\u2019s president urged the West to act.";
        DatelineParser.Lead lead = PARSER.parseLead(text).orElseThrow();
        assertThat(lead.place()).isEmpty();
        assertThat(lead.agency()).contains("AP");
        assertThat(text.substring(lead.textStart())).startsWith("Ukraine");
        assertThat(lead.dateline(Year.of(2022))).isEmpty();
    }

    @Test
    void readsMixedCasePlaceWithAgencyAndEnDash() {
        String text = "Washington (AFP) \u2013 The White House said on Friday it would send more aid.";
        DatelineParser.Lead lead = PARSER.parseLead(text).orElseThrow();
        assertThat(lead.place()).contains("Washington");
        assertThat(lead.agency()).contains("AFP");
        assertThat(text.substring(lead.textStart())).startsWith("The White House");
    }

    @Test
    void readsPressWireWithFullDate() {
        String text = "NEW YORK, March 4, 2022 /PRNewswire/ -- Acme Corp. today announced results.";
        DatelineParser.Lead lead = PARSER.parseLead(text).orElseThrow();
        assertThat(lead.agency()).contains("PRNewswire");
        assertThat(lead.dateline(null)).contains(Dateline.of("NEW YORK", LocalDate.of(2022, 3, 4), null));
        assertThat(text.substring(lead.textStart())).startsWith("Acme Corp.");
    }

    @Test
    void readsPlaceWithCountryAndDayMonthYearWithoutAgency() {
        DatelineParser.Lead lead = PARSER.parseLead("KYIV, Ukraine \u2014 Sirens sounded across the city.").orElseThrow();
        assertThat(lead.place()).contains("KYIV, Ukraine");
        assertThat(lead.agency()).isEmpty();
        DatelineParser.Lead dated = PARSER.parseLead("Brussels, 15 January 2022 \u2013 The Commission today adopted a plan.")
                .orElseThrow();
        assertThat(dated.dateline(null)).contains(Dateline.of("Brussels", LocalDate.of(2022, 1, 15), null));
    }

    @Test
    void readsAgenciesThatWriteTheirNameInLowerCase() {
        DatelineParser.Lead lead = PARSER.parseLead("Berlin (dpa) - Germany recorded its hottest day.").orElseThrow();
        assertThat(lead.place()).contains("Berlin");
        assertThat(lead.agency()).contains("dpa");
        assertThat(PARSER.parseLead("Minister Weber (right) - with her deputy - at the launch.")).isEmpty();
    }

    @Test
    void readsNumericDatesInTheParsersOrder() {
        String text = "Belgrade, 03/06/2024 \u2013 The Delegation welcomes the agreement.";
        assertThat(DatelineParser.dayFirst().parseLead(text).orElseThrow().dateline(null))
                .contains(Dateline.of("Belgrade", LocalDate.of(2024, 6, 3), null));
        assertThat(DatelineParser.monthFirst().parseLead(text).orElseThrow().dateline(null))
                .contains(Dateline.of("Belgrade", LocalDate.of(2024, 3, 6), null));
        assertThat(PARSER.parseLead("BRUSSELS, 31/02/2024 \u2013 Text.")).as("no such day").isEmpty();
    }

    @Test
    void keepsOnlyThePlaceBeforeADateWrittenInAnotherLanguage() {
        DatelineParser.Lead lead = PARSER.parseLead("LISBOA, 14 de Mar\u00e7o \u2014 The ferry resumes in April.")
                .orElseThrow();
        assertThat(lead.place()).contains("LISBOA");
        assertThat(lead.day()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The minister - who arrived late - said nothing.",
            "Secretary Blinken (left) - with Jens Stoltenberg - at NATO headquarters.",
            "\"We will act\" - the minister said.",
            "Ukraine - a country of 44 million - is at war.",
            "Revenue rose 5 per cent year-on-year - analysts had expected less.",
            "A well-known co-author wrote the report.",
            "USPA NEWS",
            "",
    })
    void leavesOrdinarySentencesAlone(String text) {
        assertThat(PARSER.parseLead(text)).isEmpty();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(PARSER.parseLead("BRUSSELS, February 30 (Reuters) - Text follows.")).isEmpty();
    }

    @Test
    void readsTimesOnTheirOwn() {
        assertThat(PARSER.parseTime("2:47 p.m. EDT")).contains(LocalTime.of(14, 47));
        assertThat(PARSER.parseTime("1:15 P.M. EST")).contains(LocalTime.of(13, 15));
        assertThat(PARSER.parseTime("19:53")).contains(LocalTime.of(19, 53));
        assertThat(PARSER.parseTime("Washington, DC")).isEmpty();
        assertThat(PARSER.parseTime("END 1:50 P.M. EST")).isEmpty();
        assertThat(PARSER.parseTime("13:75")).isEmpty();
    }

    @Test
    void readsDateFollowedByDashAndTime() {
        assertThat(PARSER.parse("18-07-2019 - 11:37"))
                .contains(Dateline.of(null, LocalDate.of(2019, 7, 18), LocalTime.of(11, 37)));
        assertThat(PARSER.parse("Brussels, 15/01/2022 \u2013 12:00"))
                .contains(Dateline.of("Brussels", LocalDate.of(2022, 1, 15), LocalTime.of(12, 0)));
        assertThat(PARSER.parse("Brussels, Belgium, 04.03.2022, 19:53 Time"))
                .contains(Dateline.of("Brussels, Belgium", LocalDate.of(2022, 3, 4), LocalTime.of(19, 53)));
    }

    @Test
    void looksOnlyAtTheOpeningOfLongParagraphs() {
        // The dash lies beyond MAX_LEAD characters, so the opening is not a dateline however long the input.
        assertThat(PARSER.parseLead("A ".repeat(200_000) + "(Reuters) - text")).isEmpty();
        assertThat(PARSER.parseLead("(".repeat(100_000))).isEmpty();
        assertThat(PARSER.parseTime("1".repeat(100_000))).isEmpty();
    }

    @Test
    void findsTheDateAtTheEndOfLongLinesAndNotInTheirMiddle() {
        // The patterns search only a line's tail; a date far from the end, or one the tail cuts in two, must
        // read as it would in the whole line.
        String place = "Greater Metropolitan Capital Region, Northern Highlands Province";
        assertThat(PARSER.parse(place + ", 4 March 2022"))
                .contains(Dateline.of(place, LocalDate.of(2022, 3, 4), null));
        assertThat(PARSER.parse(place + ", Wednesday, 2 March 2022, 19:53 CET"))
                .contains(Dateline.of(place, LocalDate.of(2022, 3, 2), LocalTime.of(19, 53)));
        assertThat(PARSER.parse(place + " 2022-03-04T19:53:00.123456789+01:00"))
                .contains(Dateline.of(place, LocalDate.of(2022, 3, 4), LocalTime.of(19, 53)));
        assertThat(PARSER.parse("In 2022 the Council met in Brussels and agreed on a new package of measures"))
                .as("a year mid-sentence").isEmpty();
        assertThat(PARSER.parse("March 4, 2022")).contains(Dateline.of(null, LocalDate.of(2022, 3, 4), null));
        assertThat(PARSER.parseLead(place.substring(0, 40).toUpperCase() + ", March 4 (Reuters) - Talks"))
                .hasValueSatisfying(lead -> assertThat(lead.day()).contains(MonthDay.of(3, 4)));
    }
}
