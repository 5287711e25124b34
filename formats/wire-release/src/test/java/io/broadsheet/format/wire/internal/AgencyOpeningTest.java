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
    void aDateBetweenDashesAfterTheAgencyIsTheStorysDate() {
        String text = "DENVER--(BUSINESS WIRE)--Mar. 10, 2026--Granite Peak Outdoor opened a distribution center.";
        AgencyOpening opening = AgencyOpening.read(block(text, null), null).orElseThrow();
        assertThat(opening.agency()).isEqualTo("BUSINESS WIRE");
        assertThat(opening.dateline()).contains(Dateline.of("DENVER", LocalDate.of(2026, 3, 10), null));
        assertThat(text.substring(opening.textStart())).startsWith("Granite Peak");

        // a dash after a number that is no date leaves the story's text as it was
        String story = "GENEVA (AP) \u2014 Some 1,200 \u2014 mostly children \u2014 were moved.";
        AgencyOpening undated = AgencyOpening.read(block(story, null), null).orElseThrow();
        assertThat(undated.dateline().flatMap(Dateline::date)).isEmpty();
        assertThat(story.substring(undated.textStart())).startsWith("Some 1,200");
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
    void boldDatelineIsReadAsADatelineNotAsTheAgencysName() {
        // "**ROTTERDAM, May 18 (Harbourside Daily)** -" gave the agency "ROTTERDAM, May 18 (Harbourside Daily)"
        String text = "ROTTERDAM, May 18 (Harbourside Daily) \u2014 Dock workers extended their strike.";
        AgencyOpening opening = AgencyOpening.read(block(text, "ROTTERDAM, May 18 (Harbourside Daily)"),
                Year.of(2026)).orElseThrow();
        assertThat(opening.agency()).isEqualTo("Harbourside Daily");
        assertThat(opening.dateline()).contains(Dateline.of("ROTTERDAM", LocalDate.of(2026, 5, 18), null));
        assertThat(text.substring(opening.textStart())).startsWith("Dock workers");
    }

    @Test
    void boldPlaceInCapitalsIsNotAnAgencyButAnAgencysNameIs() {
        // "**WASHINGTON** -" made the city the publisher
        assertThat(AgencyOpening.read(block("WASHINGTON \u2014 The Senate passed the bill.", "WASHINGTON"), null))
                .isEmpty();
        assertThat(AgencyOpening.read(block("AFP - The Senate passed the bill.", "AFP"), null))
                .map(AgencyOpening::agency).contains("AFP");
        assertThat(AgencyOpening.read(block("Reuters - The Senate passed the bill.", "Reuters"), null))
                .map(AgencyOpening::agency).contains("Reuters");
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
