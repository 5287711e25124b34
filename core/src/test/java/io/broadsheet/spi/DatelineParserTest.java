package io.broadsheet.spi;

import io.broadsheet.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole datelines in every date form, including the edges of the checks that decide which patterns run: a date
 * followed by separators or a final line terminator, a year preceded by each kind of separator, a weekday.
 */
class DatelineParserTest {

    private static final DatelineParser DAY_FIRST = DatelineParser.dayFirst();
    private static final DatelineParser MONTH_FIRST = DatelineParser.monthFirst();
    private static final LocalDate MARCH_4 = LocalDate.of(2022, 3, 4);

    @Test
    void readsNumericDateWithPlaceAndTime() {
        assertThat(DAY_FIRST.parse("Brussels, Belgium, 04.03.2022, 19:53 Time"))
                .contains(Dateline.of("Brussels, Belgium", MARCH_4, LocalTime.of(19, 53)));
        assertThat(MONTH_FIRST.parse("Brussels, Belgium, 04.03.2022, 19:53 Time")).as("dots: day first in any case")
                .contains(Dateline.of("Brussels, Belgium", MARCH_4, LocalTime.of(19, 53)));
        assertThat(MONTH_FIRST.parse("Washington, 04/03/2022"))
                .contains(Dateline.of("Washington", LocalDate.of(2022, 4, 3), null));
        assertThat(DAY_FIRST.parse("18-07-2019 - 11:37"))
                .contains(Dateline.of(null, LocalDate.of(2019, 7, 18), LocalTime.of(11, 37)));
        assertThat(DAY_FIRST.parse("Brussels, 15/01/2022")).contains(Dateline.of("Brussels", LocalDate.of(2022, 1, 15), null));
    }

    @Test
    void readsTheTimeStampsOfAgencyAndNewsPages() {
        assertThat(MONTH_FIRST.parse("Updated 2:21 PM UTC, August 16, 2024"))
                .as("time before the date").contains(Dateline.of(null, LocalDate.of(2024, 8, 16), LocalTime.of(14, 21)));
        assertThat(MONTH_FIRST.parse("10:42 AM EDT, March 14, 2023"))
                .contains(Dateline.of(null, LocalDate.of(2023, 3, 14), LocalTime.of(10, 42)));
        assertThat(MONTH_FIRST.parse("Sept. 29, 2023 / 9:47 PM"))
                .as("time set off by a slash").contains(Dateline.of(null, LocalDate.of(2023, 9, 29), LocalTime.of(21, 47)));
        assertThat(MONTH_FIRST.parse("March 3, 2024 4:12 PM GMT+0"))
                .as("zone with offset").contains(Dateline.of(null, LocalDate.of(2024, 3, 3), LocalTime.of(16, 12)));
        assertThat(DAY_FIRST.parse("Utrecht, Netherlands, 2023-11-08, 09:05"))
                .as("ISO date, then the time").contains(
                        Dateline.of("Utrecht, Netherlands", LocalDate.of(2023, 11, 8), LocalTime.of(9, 5)));
        assertThat(DAY_FIRST.parse("Thu 12 Dec 2024 14.05 GMT"))
                .as("a shortened weekday is no place").contains(
                        Dateline.of(null, LocalDate.of(2024, 12, 12), LocalTime.of(14, 5)));
        assertThat(DAY_FIRST.parse("Brussels, Friday, 4 March 2022")).contains(Dateline.of("Brussels", MARCH_4, null));
        assertThat(MONTH_FIRST.parse("Updated 4:32 PM EDT, Sat May 16, 2026"))
                .as("a weekday between time and date (the stamp was read as a place)")
                .contains(Dateline.of(null, LocalDate.of(2026, 5, 16), LocalTime.of(16, 32)));
        assertThat(MONTH_FIRST.parse("Published March 3, 2026 at 7:15 a.m. ET"))
                .as("'at' between date and time (the line stayed in the story's body)")
                .contains(Dateline.of(null, LocalDate.of(2026, 3, 3), LocalTime.of(7, 15)));
        assertThat(DAY_FIRST.parse("BERLIN, 3 March 2026 at 10:00"))
                .contains(Dateline.of("BERLIN", LocalDate.of(2026, 3, 3), LocalTime.of(10, 0)));
        assertThat(MONTH_FIRST.parse("By LENA FISCHER and TOM ROE Updated 10:42 AM EDT, March 14, 2023"))
                .as("a byline is no place").isEmpty();
    }

    @Test
    void knowsTheLabelsOfAPagesOwnStamps() {
        for (String line : new String[] {"Last updated: 14 Oct. 2025 18:20", "Published on 5 June 2025",
                "UPDATED 10:42 AM EDT, March 14, 2023", "Posted 3 March 2024", "First published: 2 May 2024"}) {
            assertThat(DatelineParser.opensWithPageStamp(line)).as(line).isTrue();
        }
        // the label only: whether a date follows is the caller's question, asked of lines that hold one
        for (String line : new String[] {"Publishers met in Frankfurt", "Brussels, 4 March 2022", "Updated",
                "Postedness"}) {
            assertThat(DatelineParser.opensWithPageStamp(line)).as(line).isFalse();
        }
    }

    @Test
    void readsNamedMonthsInBothOrders() {
        assertThat(MONTH_FIRST.parse("NATO HEADQUARTERS Brussels, Belgium March 4, 2022"))
                .contains(Dateline.of("NATO HEADQUARTERS Brussels, Belgium", MARCH_4, null));
        assertThat(MONTH_FIRST.parse("March 4, 2022")).contains(Dateline.of(null, MARCH_4, null));
        assertThat(DAY_FIRST.parse("Brussels, 4th Mar. 2022")).contains(Dateline.of("Brussels", MARCH_4, null));
        assertThat(DAY_FIRST.parse("Brussels, 4 March 2022 2:47 p.m. EDT"))
                .contains(Dateline.of("Brussels", MARCH_4, LocalTime.of(14, 47)));
    }

    /** The patterns are searched from a few characters before the clock mark or year; these start farthest back. */
    @Test
    void readsTimeAndDatesThatStartAsFarBackAsTheyMay() {
        assertThat(DAY_FIRST.parse("Brussels, 04.03.2022,   11:53:00"))
                .contains(Dateline.of("Brussels", MARCH_4, LocalTime.of(11, 53)));
        assertThat(MONTH_FIRST.parse("Brussels, September.   30th,   2022"))
                .contains(Dateline.of("Brussels", LocalDate.of(2022, 9, 30), null));
        assertThat(DAY_FIRST.parse("Brussels, 30th   September.,   2022"))
                .contains(Dateline.of("Brussels", LocalDate.of(2022, 9, 30), null));
    }

    @Test
    void readsIsoDateAndDateTime() {
        assertThat(DAY_FIRST.parse("2022-03-04T19:53:00Z")).contains(Dateline.of(null, MARCH_4, LocalTime.of(19, 53)));
        assertThat(DAY_FIRST.parse("Brussels, 2022-03-04")).contains(Dateline.of("Brussels", MARCH_4, null));
    }

    @Test
    void aTimeStampLabelIsNoPlace() {
        assertThat(MONTH_FIRST.parse("Published 4 June 2025")).contains(Dateline.of(null, LocalDate.of(2025, 6, 4), null));
        assertThat(MONTH_FIRST.parse("Last updated on June 5, 2025"))
                .contains(Dateline.of(null, LocalDate.of(2025, 6, 5), null));
        assertThat(MONTH_FIRST.parse("Halden, 3 March 2025")).contains(Dateline.of("Halden", LocalDate.of(2025, 3, 3), null));
        assertThat(MONTH_FIRST.parse("FOR IMMEDIATE RELEASE March 3, 2025"))
                .contains(Dateline.of(null, LocalDate.of(2025, 3, 3), null));
    }

    @Test
    void aBylineOnAMetaLineIsNoPlace() {
        // a saved page's meta line gave the place "Owen Blackwood, Transport reporter ·"
        assertThat(MONTH_FIRST.parse("Owen Blackwood, Transport reporter \u00b7 23 January 2024 10:05"))
                .contains(Dateline.of(null, LocalDate.of(2024, 1, 23), LocalTime.of(10, 5)));
        assertThat(DAY_FIRST.parse("Mara Quist \u2022 04.03.2025"))
                .contains(Dateline.of(null, LocalDate.of(2025, 3, 4), null));
    }

    @Test
    void dropsWeekdayBeforeDate() {
        assertThat(MONTH_FIRST.parse("Washington, Friday, March 4, 2022"))
                .contains(Dateline.of("Washington", MARCH_4, null));
        assertThat(MONTH_FIRST.parse("Washington FRIDAY March 4, 2022")).contains(Dateline.of("Washington", MARCH_4, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 4, 2022)", "March 4, 2022 ,)", "March 4, 2022\u0085", "March 4, 2022 ,\r\n",
            "(04.03.2022)", "04.03.2022 ,)\u2029"})
    void readsDateFollowedBySeparatorsOrLineTerminator(String line) {
        assertThat(DAY_FIRST.parse(line).flatMap(Dateline::date)).contains(MARCH_4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 4, 2022 ,),", "04.03.12022", "04.03.2022x", "March 4,2022", "Brussels 2022",
            "The meeting of 4 March 2022 was postponed until further notice by the chair",
            "Brussels, Belgium, 19:53", "2022"})
    void rejectsLinesThatDoNotEndInADate(String line) {
        assertThat(DAY_FIRST.parse(line)).isEmpty();
    }
}
