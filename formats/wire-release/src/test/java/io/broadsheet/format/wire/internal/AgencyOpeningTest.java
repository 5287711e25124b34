package io.broadsheet.format.wire.internal;

import io.broadsheet.Dateline;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyOpeningTest {

    @Test
    void boldTagFollowedByDashIsTheAgency() {
        String text = "USPA NEWS - Secretary of State Antony J. Blinken met on Friday in Brussels.";
        AgencyOpening opening = AgencyOpening.read(block(text, "USPA NEWS"), null).orElseThrow();
        assertThat(opening.agency()).isEqualTo("USPA NEWS");
        assertThat(opening.dateline()).isEmpty();
        assertThat(text.substring(opening.textStart())).startsWith("Secretary of State");
    }

    @Test
    void agencyDatelineGetsItsYearFromTheCaller() {
        String text = "BRUSSELS, March 9 (Reuters) - European Union governments backed a package.";
        AgencyOpening opening = AgencyOpening.read(block(text, null), Year.of(2022)).orElseThrow();
        assertThat(opening.agency()).isEqualTo("Reuters");
        assertThat(opening.dateline()).contains(Dateline.of("BRUSSELS", LocalDate.of(2022, 3, 9), null));
    }

    @Test
    void boldLeadInsWithoutDashOrWithColonAreNotAgencies() {
        assertThat(AgencyOpening.read(block("Editorial office: Jose A. Martin", "Editorial office:"), null)).isEmpty();
        assertThat(AgencyOpening.read(block("Important news follows here.", "Important"), null)).isEmpty();
        assertThat(AgencyOpening.read(block("WASHINGTON \u2014 Lawmakers worked late.", null), null)).isEmpty();
    }

    @Test
    void capitalsTagThatNamesItselfAnAgencyIsTheAgencyWithoutBold() {
        String text = "USPA NEWS - The Danish cycling team presented a new sponsor on Wednesday.";
        AgencyOpening opening = AgencyOpening.read(block(text, null), null).orElseThrow();
        assertThat(opening.agency()).isEqualTo("USPA NEWS");
        assertThat(text.substring(opening.textStart())).startsWith("The Danish");
        assertThat(AgencyOpening.read(block("BERLIN NEWSROOM - Talks went on.", null), null)).isEmpty();
        assertThat(AgencyOpening.read(block("NEW YORK - The city council voted.", null), null)).isEmpty();
    }

    @Test
    void agencyFirstOpeningReadsThePlaceAfterIt() {
        String text = "(ANSA) - ROME, MAR 12 - The Italian government approved the funding.";
        AgencyOpening opening = AgencyOpening.read(block(text, null), Year.of(2024)).orElseThrow();
        assertThat(opening.agency()).isEqualTo("ANSA");
        assertThat(opening.dateline()).contains(Dateline.of("ROME", LocalDate.of(2024, 3, 12), null));
        assertThat(text.substring(opening.textStart())).startsWith("The Italian");
    }

    @Test
    void agencyFirstOpeningWithoutPlaceKeepsTheText() {
        String text = "(AP) \u2014 Buses left two besieged cities - slowly - on Tuesday.";
        AgencyOpening opening = AgencyOpening.read(block(text, null), null).orElseThrow();
        assertThat(opening.dateline()).isEmpty();
        assertThat(text.substring(opening.textStart())).startsWith("Buses left");
    }

    private static Block block(String text, String strong) {
        return new Block(BlockKind.PARAGRAPH, text, List.of(text), 0, 1, Optional.ofNullable(strong), true);
    }
}
