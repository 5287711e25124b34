package io.broadsheet.internal.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The line readers the article parser asks of copied pages: live-blog stamps, writers' notes, From: lists. */
class PageLinesTest {

    @Test
    void liveBlogStampsAreTimesAgesFlagsAndRevisions() {
        for (String stamp : List.of("12:41 BST", "12.41 GMT", "9.05am", "12:41 p.m. ET", "10:15 GMT+1", "2h ago",
                "35 mins ago", "1 hour ago", "Key event", "Pinned post", "Updated at 12.45 BST", "Posted at 12:41")) {
            assertThat(CopiedPage.isLiveStamp(stamp)).as(stamp).isTrue();
        }
        for (String line : List.of("12 people were hurt", "2024 was a hard year", "Key events in the trial began",
                "Updated guidance", "10.5% of voters", "3 days ago, the minister said", "12:41 in the morning")) {
            assertThat(CopiedPage.isLiveStamp(line)).as(line).isFalse();
        }
        assertThat(CopiedPage.liveStampLines(List.of("3h ago", "11:58 BST", "Traders meet council officials")))
                .isEqualTo(2);
        assertThat(CopiedPage.liveStampLines(List.of("The council met on Tuesday."))).isZero();
    }

    @Test
    void aFromListNamesItsLeadOrganisationFirst() {
        assertThat(CopiedPage.fromLinePublisher("From: Home Office and HM Passport Office")).isEqualTo("Home Office");
        assertThat(CopiedPage.fromLinePublisher("From: Environment Agency and Natural England"))
                .isEqualTo("Environment Agency");
        assertThat(CopiedPage.fromLinePublisher("From: Department of Health and Social Care and Dan Whitlow MP"))
                .isEqualTo("Department of Health and Social Care");
        assertThat(CopiedPage.fromLinePublisher("From: Office of Rail and Road")).isEqualTo("Office of Rail and Road");
        assertThat(CopiedPage.fromLinePublisher("From: Department for Culture, Media and Sport"))
                .isEqualTo("Department for Culture, Media and Sport");
    }

    @Test
    void aWritersNoteNamesAWriterNotASource() {
        assertThat(CopiedPage.isAuthorBio("Jane Roe is our health correspondent. John Doe is a data reporter."))
                .isTrue();
        assertThat(CopiedPage.isAuthorBio("Kofi Mensah-Bright is a reporter on the Courier's data team.")).isTrue();
        assertThat(CopiedPage.isAuthorBio("Helena Marsh is the region's medical director.")).isFalse();
        assertThat(CopiedPage.isAuthorBio("The editor is expected to resign on Friday, colleagues said.")).isFalse();
    }

    @Test
    void aBylineIsNeverAHeadline() {
        assertThat(ArticleFormat.isByline("By Jane Roe and John Doe")).isTrue();
        assertThat(ArticleFormat.isByline("BY JANE ROE")).isTrue();
        assertThat(ArticleFormat.isByline("Bypass opening delayed to summer")).isFalse();
    }

    @Test
    void aPaywallPromptOpensWithItsOwnPhrases() {
        assertThat(CopiedPage.opensPaywall("Subscribe to continue reading")).isTrue();
        assertThat(CopiedPage.opensPaywall("Already a subscriber? Log in")).isTrue();
        assertThat(CopiedPage.opensPaywall("This article is for subscribers only.")).isTrue();
        assertThat(CopiedPage.opensPaywall("The council said subscribers would be refunded.")).isFalse();
        assertThat(CopiedPage.opensPaywall("Subscribers to the scheme pay £5 a month.")).isFalse();
    }

    @Test
    void aPullQuoteIsAQuotationTheBodyHoldsAgain() {
        List<String> body = List.of(
                "\u201cWe cannot put a date on reopening until the steel has been tested, and I would rather be"
                        + " honest about that,\u201d said Tomas Brennan.",
                "\u201cWe cannot put a date on reopening \u2026 I would rather be honest about that\u201d",
                "Traders say trade has fallen by a third.",
                "\u201cThe bridge is closed because it is not safe, and it stays closed\u201d",
                "\u201cTrade has fallen by a third\u201d \u2014 Lina Ostrova, caf\u00e9 owner");
        assertThat(RepeatedQuotes.repeats(body, List.of(1, 3, 4))).containsExactly(1, 4);
    }
}
