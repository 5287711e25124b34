package io.broadsheet.html;

import io.broadsheet.Dateline;
import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defects found on saved news pages (the {@code fixtures/article} pages in testkit hold whole pages); each test
 * is named after what went wrong and keeps the smallest page that showed it.
 */
class SavedPageChromeTest {

    private static final DocumentParser PARSER = Documents.parser().attributeQuotes(false).build();

    private static final String PROSE = "<p>The harbour authority said on Monday that the night ferry will resume "
            + "on 1 April, five months after it was suspended for repairs to the pier.</p>"
            + "<p>Passengers will pay the same fares as before, and the first crossing will leave at 22:40, the "
            + "authority said, adding that a second boat would join the route in the summer.</p>"
            + "<p>Residents of the island, who have relied on a bus and a longer crossing since November, welcomed "
            + "the news, though some said the timetable was still too thin.</p>";

    private static Document parse(String head, String body) {
        return PARSER.parse("page.html", "<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    /** Guards: a Council page's quote was credited to the Council, its signing footer cut as page chrome. */
    @Test
    void aBlockquotesSigningFooterNamesTheSpeakerOfItsQuotation() {
        Document doc = Documents.parser().build().parse("page.html", "<html><body><main><h1>Repair mandate agreed"
                + "</h1>" + PROSE + "<blockquote><p>\u201cRepairing should be the easy choice, not the expensive "
                + "one.\u201d</p><footer>Jana Novak, Minister for Industry and Trade</footer></blockquote>"
                + "<p>The mandate shortens the list of products covered in a first phase.</p></main></body></html>");

        assertThat(doc.paragraphs()).contains("\u201cRepairing should be the easy choice, not the expensive one."
                + "\u201d \u2014 Jana Novak, Minister for Industry and Trade");
        assertThat(doc.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("Repairing should be");
            assertThat(q.speaker()).hasValueSatisfying(speaker -> assertThat(speaker.name()).isEqualTo("Jana Novak"));
        });
    }

    /** Guards: a short statement on presscorner lost its body to the consent banner's "wt-cck--body". */
    @Test
    void aConsentBannerWhoseClassSaysBodyDoesNotOutbidAShortArticle() {
        Document doc = parse("", "<div class=\"wt-cck--container\"><div class=\"wt-cck--body\"><p>This site uses "
                + "cookies to offer you a better browsing experience.</p><a href=\"#a\">Accept all cookies</a> "
                + "<a href=\"#r\">Accept only essential cookies</a></div></div>"
                + "<main><h1>Ferry returns</h1><div class=\"ecl-paragraph\"><p>The night ferry will resume on "
                + "1 April, five months after it was suspended for repairs to the pier.</p><p>The first crossing "
                + "will leave at 22:40.</p></div></main>");

        assertThat(doc.paragraphs()).hasSize(2).noneMatch(p -> p.contains("cookies"));
    }

    @Test
    void aSupportAppealAfterTheMarkedArticleBodyIsNotBody() {
        Document doc = parse("", "<main><div class=\"body\"><div class=\"article-body\">" + PROSE + "</div>"
                + "<div class=\"after\"><p>As you are joining us today, we have a small favour to ask. Readers "
                + "fund our reporting, which means it stays free for everyone, wherever they live.</p></div>"
                + "</div></main>");

        assertThat(doc.paragraphs()).hasSize(3).noneMatch(p -> p.contains("small favour"));
    }

    @Test
    void theWritersBioAndPrintNoteAfterAnItempropArticleBodyAreNotBody() {
        Document doc = parse("", "<article><h1>Ferry returns</h1><section itemprop=\"articleBody\">" + PROSE
                + "</section><div class=\"bottom\"><p>Ana Costa covers transport for the paper's national desk, "
                + "from Lisbon and the river towns.</p><p>A version of this article appears in print on March 15, "
                + "2024, Section A, Page 14 of the city edition.</p></div></article>");

        assertThat(doc.paragraphs()).hasSize(3)
                .noneMatch(p -> p.contains("covers transport") || p.contains("appears in print"));
    }

    @Test
    void aStandfirstBeforeAnItempropArticleBodyStaysWithTheArticle() {
        Document doc = parse("", "<article><h1>Ferry returns</h1><div class=\"standfirst\"><p>The night ferry is "
                + "back after five months of repairs to the pier, with the same fares as before, a later last "
                + "crossing and a second boat to come in the summer.</p></div>"
                + "<div itemprop=\"articleBody\">" + PROSE + "</div></article>");

        assertThat(doc.paragraphs()).hasSize(4);
        assertThat(doc.paragraphs().get(0)).startsWith("The night ferry is back");
    }

    @Test
    void aPaywallGatewayInsideTheArticleBodyIsNotBody() {
        Document doc = parse("", "<section itemprop=\"articleBody\">" + PROSE + "<div id=\"gateway-content\">"
                + "<h2>Thank you for your patience while we verify access.</h2><p>Already a subscriber? "
                + "<a href=\"/login\">Log in</a>.</p></div></section>");

        assertThat(doc.paragraphs()).hasSize(3).noneMatch(p -> p.contains("verify access"));
    }

    @Test
    void relatedPostsNamedInThePluralAreNotExcusedByTheWordPost() {
        Document doc = parse("", "<main><div class=\"entry-content\">" + PROSE
                + "<div class=\"td-related-posts\"><h4>You may also like</h4><div>"
                + "<h3><a href=\"/x\">Library extends weekend hours</a></h3><p>The library will stay open until "
                + "8 p.m. on Saturdays through June, the board decided on Tuesday after a request from students."
                + "</p></div></div></div></main>");

        assertThat(doc.paragraphs()).hasSize(3).noneMatch(p -> p.contains("library will stay open"));
    }

    @Test
    void aDataComponentThatNamesRelatedLinksIsChromeWhateverItsClass() {
        Document doc = parse("", "<article>" + PROSE + "<section data-component=\"related-internet-links\" "
                + "class=\"sc-18fde0d6-0\"><h2>Related internet links</h2><ul><li><a href=\"/h\">Safety "
                + "Executive</a></li></ul><p>The site is not responsible for the content of external sites.</p>"
                + "</section></article>");

        assertThat(doc.paragraphs()).hasSize(3).noneMatch(p -> p.contains("external sites"));
    }

    @Test
    void aDataTestidSignUpPromptInsideTheArticleBodyIsNotBody() {
        Document doc = parse("", "<div data-testid=\"ArticleBody\" class=\"article-body__container\">" + PROSE
                + "<div class=\"article-body__marketing\" data-testid=\"SignUpPrompt\"><p>Sign up here.</p>"
                + "<p>The Daily Briefing newsletter provides all the news you need to start your day.</p></div>"
                + "</div>");

        assertThat(doc.paragraphs()).hasSize(3).noneMatch(p -> p.contains("Daily Briefing"));
    }

    @Test
    void aHeadingWhoseClassSaysHeaderAnchorOfAPostStaysBody() {
        Document doc = parse("", "<div class=\"body markup\">" + PROSE
                + "<h2 class=\"header-anchor-post\">Below the pier</h2>" + PROSE + "</div>");

        assertThat(doc.paragraphs()).contains("Below the pier");
    }

    @Test
    void theStandfirstThePageGivesAsItsDescriptionIsTheSubtitle() {
        Document doc = parse("<meta property=\"og:title\" content=\"Ferry returns\">"
                        + "<meta name=\"description\" content=\"The night ferry is back after five months\">",
                "<header><h1>Ferry returns</h1><p class=\"dek\">The night ferry is back after five months</p>"
                        + "</header><div class=\"story\">" + PROSE + "</div>");

        assertThat(doc.subtitle()).contains("The night ferry is back after five months");
        assertThat(doc.paragraphs()).hasSize(3);
    }

    @Test
    void aLeadParagraphThatIsAlsoTheDescriptionStaysBody() {
        Document doc = parse("<meta name=\"description\" content=\"The harbour authority said on Monday that the "
                + "night ferry will resume on 1 April, five months after it was suspended for repairs to the pier."
                + "\">", "<h1>Ferry returns</h1><div class=\"story\">" + PROSE + "</div>");

        assertThat(doc.subtitle()).isEmpty();
        assertThat(doc.paragraphs()).hasSize(3);
    }

    @Test
    void aPublisherGivenByIdInJsonLdIsResolvedToItsName() {
        Document doc = parse("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Ferry returns\",\"publisher\":{\"@id\":\"https://tagus.example/#publisher\"}}</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsMediaOrganization\",\"name\":"
                + "\"Tagus Daily\",\"@id\":\"https://tagus.example/#publisher\"}</script>", PROSE);

        assertThat(doc.publisher()).contains("Tagus Daily");
    }

    @Test
    void aBylineBeforeADateOnAMetaLineIsNotTheDatelinePlace() {
        Document doc = parse("", "<div class=\"story\"><h1>Ferry returns</h1><div class=\"info\">Ana Costa, "
                + "Transport reporter &middot; 23 January 2024, 4:40pm</div><div class=\"txt\">" + PROSE
                + "</div></div>");

        assertThat(doc.dateline()).contains(Dateline.of(null, LocalDate.of(2024, 1, 23), LocalTime.of(16, 40)));
    }
}
