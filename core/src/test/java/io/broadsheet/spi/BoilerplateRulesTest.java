package io.broadsheet.spi;

import io.broadsheet.DiscardReason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoilerplateRulesTest {

    private final BoilerplateRules rules = BoilerplateRules.standard();

    @Test
    void recognisesTemplateTextWhateverTheApostropheOrCase() {
        assertThat(rules.classify("Your browser doesn\u2019t support HTML5")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("YOUR BROWSER DOESN'T SUPPORT HTML5 VIDEO.")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("Page language:")).contains(DiscardReason.NAVIGATION);
        assertThat(rules.classify("An official website of the United States government"))
                .contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("Share")).contains(DiscardReason.NAVIGATION);
        assertThat(rules.classify("No media source currently available")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("The URL has been copied to your clipboard")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("The code has been copied to your clipboard.")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("The minister said the file had been copied to your clipboard and to hers."))
                .isEmpty();
        assertThat(rules.classify("Sign up for our morning newsletter to get the top stories delivered to your inbox."))
                .as("a newsletter that is not called just 'newsletter' (it stayed in the body)")
                .contains(DiscardReason.NAVIGATION);
        assertThat(rules.classify("A version of this article appears in print on Jan. 22, 2026, Section B, Page 1 of"
                + " the New York edition with the headline: Chip Maker Picks Ohio.")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("Related topics Perth Transport"))
                .as("the label with its topics, copied without line breaks").contains(DiscardReason.NAVIGATION);
        assertThat(rules.classify("0:00 0:02:31 0:00")).as("a media player's clock").contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("2024")).as("a number is no clock").isEmpty();
        assertThat(rules.classify("11:30")).as("one time is a stamp").isEmpty();
    }

    @Test
    void editorsNotesHeadingsAreOneListForEveryFormat() {
        for (String heading : new String[] {"Notes to editors", "NOTES TO EDITORS:", "Note for editors",
                "Editors\u2019 notes", "Notes to news editors:"}) {
            assertThat(BoilerplateRules.isEditorsNotesHeading(heading)).as(heading).isTrue();
        }
        assertThat(BoilerplateRules.isEditorsNotesHeading("Notes to editors were sent on Monday.")).isFalse();
        assertThat(BoilerplateRules.isEditorsNotesHeading("Notes")).isFalse();
    }

    @Test
    void linkListHeadingsAreOneListForEveryFormat() {
        for (String heading : new String[] {"Read also", "Related stories", "Tags", "Most read", "See\u00a0also"}) {
            assertThat(BoilerplateRules.isLinkListHeading(heading)).as(heading).isTrue();
            assertThat(rules.classify(heading)).as(heading).contains(DiscardReason.NAVIGATION);
        }
        assertThat(BoilerplateRules.isLinkListHeading("READ ALSO:")).isTrue();
        assertThat(BoilerplateRules.isLinkListHeading("Related talks are planned for May.")).isFalse();
        assertThat(BoilerplateRules.isLinkListHeading("Tag")).isFalse();
    }

    @Test
    void endMarkersAreOneListForEveryFormat() {
        for (String marker : new String[] {"###", "# # #", "-30-", "- 30 -", "END", "Ends.", "-ENDS-", "- ENDS -",
                "ENDS -", "\u2013 END \u2013", "*ENDS*"}) {
            assertThat(BoilerplateRules.isEndMarker(marker)).as(marker).isTrue();
            assertThat(rules.classify(marker)).as(marker).contains(DiscardReason.FOOTER);
        }
        assertThat(BoilerplateRules.isEndMarker("The end of an era.")).isFalse();
        assertThat(BoilerplateRules.isEndMarker("Endsleigh")).isFalse();
        assertThat(BoilerplateRules.isEndMarker("- - -")).as("dashes alone").isFalse();
        assertThat(BoilerplateRules.isEndMarker("- 30 days -")).isFalse();
        assertThat(rules.classify("The talks ends there.")).isEmpty();
    }

    @Test
    void leavesContentAlone() {
        assertThat(rules.classify("Shares in the company fell 4% on Tuesday.")).isEmpty();
        assertThat(rules.classify("Share prices rose.")).isEmpty();
        assertThat(rules.classify("Your browser doesn't support HTML5 " + "x".repeat(BoilerplateRules.MAX_LENGTH)))
                .as("long blocks are never boilerplate").isEmpty();
    }

    @Test
    void archivePhotoCaptionsFiledAsTextAreCaptionsEvenWhenLong() {
        String caption = "FILE - A cargo ship waits to be inspected near the port of Odesa, Ukraine, Aug. 3, 2023. ";
        assertThat(rules.classify(caption)).contains(DiscardReason.CAPTION);
        assertThat(rules.classify("FILE \u2014 " + "Delegates queue outside the hall. ".repeat(8)))
                .as("longer than other boilerplate").contains(DiscardReason.CAPTION);
        assertThat(rules.classify("FILE PHOTO: Flags fly outside the Berlaymont building.")).contains(DiscardReason.CAPTION);
        assertThat(rules.classify("File-sharing sites - which the ministry wants closed - remain open."))
                .as("prose that begins with the word").isEmpty();
        assertThat(BoilerplateRules.none().classify(caption)).as("not a rule of the empty set").isEmpty();
    }

    @Test
    void reportingCreditsAreRecognisedButAParagraphThatAlsoReportsIsNot() {
        for (String credit : new String[] {
                "Associated Press writer Lena Fischer in Washington, D.C. contributed to this report.",
                "VOA\u2019s Anna Kowalski contributed to this report. Some information came from Reuters and The"
                        + " Associated Press.",
                "(Reporting by Jan Novak; Editing by Alex Roe)",
                "Reporting by Jan Novak; Editing by Alex Roe",
                "Writing by Alex Roe",
                "Jane Doe contributed reporting from Geneva.",
                "Some information for this report came from AFP."}) {
                        assertThat(BoilerplateRules.isReportingCredit(credit)).as(credit).isTrue();
        }
        for (String content : new String[] {
                "The minister left early. Lena Fischer contributed to this report.",
                "Some information was withheld from the inspectors, officials said.",
                "Reporting by state media could not be verified.",
                "Reporting by state media could not be verified. Lena Fischer contributed to this report.",
                "Several donors contributed to the fund, which opened in May."}) {
            assertThat(BoilerplateRules.isReportingCredit(content)).as(content).isFalse();
        }
    }

    @Test
    void creditsAreLookedForAmongTheLastBlocksOfMainContent() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            blocks.add(Block.paragraph("Paragraph " + i, i + 1));
        }
        assertThat(BoilerplateRules.creditsFrom(blocks)).isEqualTo(10 - BoilerplateRules.CREDIT_BLOCKS);
        blocks.add(new Block(BlockKind.PARAGRAPH, "Site map", List.of("Site map"), 0, 11, Optional.empty(), false));
        assertThat(BoilerplateRules.creditsFrom(blocks)).as("page chrome after the story does not count")
                .isEqualTo(10 - BoilerplateRules.CREDIT_BLOCKS);
        assertThat(BoilerplateRules.creditsFrom(blocks.subList(0, 3))).as("a short story: anywhere").isZero();
    }

    @Test
    void providersExtendTheRulesWithoutChangingTheStandardSet() {
        BoilerplateRules extended = rules.with(DiscardReason.FOOTER, BoilerplateRules.Match.PREFIX, "Editorial office");

        assertThat(extended.classify("Editorial office and responsibility:")).contains(DiscardReason.FOOTER);
        assertThat(rules.classify("Editorial office and responsibility:")).isEmpty();
        assertThatThrownBy(() -> rules.with(DiscardReason.FOOTER, BoilerplateRules.Match.EXACT, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blocksRejectedByTheirOpeningStillMatchWhenFoldingChangesIt() {
        // Blocks are first compared by their first folded characters; spacing, case and full stops must not
        // change what matches.
        assertThat(rules.classify("  \u00a0SHARE \t  THIS   page.")).contains(DiscardReason.NAVIGATION);
        assertThat(rules.classify("Top.")).contains(DiscardReason.NAVIGATION);
        assertThat(rules.classify("T\u00a0o p")).isEmpty();
        assertThat(rules.classify("The share price")).isEmpty();
        assertThat(rules.classify("...")).isEmpty();
        assertThat(rules.classify("   ")).isEmpty();

        BoilerplateRules oneLetter = BoilerplateRules.none().with(DiscardReason.NAVIGATION,
                BoilerplateRules.Match.EXACT, "x");
        assertThat(oneLetter.classify("X.")).contains(DiscardReason.NAVIGATION);
        assertThat(oneLetter.classify("Xy")).isEmpty();
        BoilerplateRules accented = BoilerplateRules.none().with(DiscardReason.NAVIGATION,
                BoilerplateRules.Match.PREFIX, "\u00e9ditorial", "\u2019s all");
        assertThat(accented.classify("\u00c9DITORIAL")).contains(DiscardReason.NAVIGATION);
        assertThat(accented.classify("'S ALL FOLKS")).contains(DiscardReason.NAVIGATION);
        assertThat(BoilerplateRules.none().classify("Share")).isEmpty();
    }

    @Test
    void rejectsBlocksOpeningWithQuotationMarksButNotThoseThatFoldToAscii() {
        assertThat(rules.classify("\u201cShare this page,\u201d she said.")).isEmpty();
        BoilerplateRules apostrophe = BoilerplateRules.none().with(DiscardReason.NAVIGATION,
                BoilerplateRules.Match.PREFIX, "'tis", "kelvin", "ice");
        assertThat(apostrophe.classify("\u2019Tis the season")).contains(DiscardReason.NAVIGATION);
        assertThat(apostrophe.classify("\u212Aelvin scale")).contains(DiscardReason.NAVIGATION);
        assertThat(apostrophe.classify("\u00abTis the season")).isEmpty();
        BoilerplateRules quoted = BoilerplateRules.none().with(DiscardReason.NAVIGATION,
                BoilerplateRules.Match.EXACT, "\u201cmenu\u201d");
        assertThat(quoted.classify("\u201cMENU\u201d")).contains(DiscardReason.NAVIGATION);
    }
}
