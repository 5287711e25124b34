package io.broadsheet.format.wire.internal;

import io.broadsheet.Dateline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class StampLineTest {

    @Test
    void dateAndTimeBeforeAnUpdateNote() {
        assertThat(StampLine.read("March 3, 2024 4:12 PM GMT+0Updated 2 hours ago"))
                .contains(Dateline.of(null, LocalDate.of(2024, 3, 3), LocalTime.of(16, 12)));
    }

    @Test
    void labelledStampWithTheTimeFirst() {
        assertThat(StampLine.read("Updated 10:42 AM EDT, March 14, 2023"))
                .contains(Dateline.of(null, LocalDate.of(2023, 3, 14), LocalTime.of(10, 42)));
        assertThat(StampLine.read("Published on 5 June 2025"))
                .contains(Dateline.of(null, LocalDate.of(2025, 6, 5), null));
    }

    @Test
    void timeSetOffBySlash() {
        assertThat(StampLine.read("Sept. 29, 2023 / 9:47 PM"))
                .contains(Dateline.of(null, LocalDate.of(2023, 9, 29), LocalTime.of(21, 47)));
    }

    @Test
    void linesWithoutAStampsMarksAreLeftToTheDatelineParser() {
        assertThat(StampLine.read("Brussels, Belgium, 04.03.2022, 19:53 Time")).isEmpty();
        assertThat(StampLine.read("March 3, 2024")).isEmpty();
        assertThat(StampLine.read("Updated guidance on school meals")).isEmpty();
        assertThat(StampLine.read("Ministers Updated the rules")).isEmpty();
        assertThat(StampLine.read("Exports / imports rose in May")).isEmpty();
    }
}
