package io.broadsheet.html;

import io.broadsheet.Dateline;
import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.internal.html.HtmlReader;
import io.broadsheet.internal.html.PageMetadata;
import io.broadsheet.spi.MetadataKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page states about itself, and how the article parser uses it. */
class PageMetadataTest {

    private static final String BODY = "<p>The harbour authority said on Monday that the night ferry will resume "
            + "on 1 April, five months after it was suspended.</p>";

    private static Map<String, String> metadata(String head, String body) {
        return HtmlReader.read("<html><head>" + head + "</head><body>" + body + BODY + "</body></html>").metadata();
    }

    @Test
    void openGraphCanonicalAndMetaTagsAreRead() {
        Map<String, String> meta = metadata("<title>Ferry returns | Tagus Daily</title>"
                + "<meta property=\"og:title\" content=\" Ferry  returns \">"
                + "<meta property=\"og:site_name\" content=\"Tagus Daily\">"
                + "<meta name=\"description\" content=\"The night ferry is back.\">"
                + "<meta property=\"article:section\" content=\"Local\">"
                + "<meta property=\"article:published_time\" content=\"2022-03-14T08:30:00+00:00\">"
                + "<meta name=\"author\" content=\"By Ana Costa\">"
                + "<link rel=\"canonical\" href=\"https://tagus.example/ferry\">", "<h1>Ferry returns</h1>");

        assertThat(meta).containsEntry(MetadataKeys.TITLE, "Ferry returns | Tagus Daily")
                .containsEntry(MetadataKeys.OG_TITLE, "Ferry returns")
                .containsEntry(MetadataKeys.SITE_NAME, "Tagus Daily")
                .containsEntry(MetadataKeys.DESCRIPTION, "The night ferry is back.")
                .containsEntry(MetadataKeys.SECTION, "Local")
                .containsEntry(MetadataKeys.PUBLISHED, "2022-03-14T08:30:00+00:00")
                .containsEntry(MetadataKeys.AUTHOR, "Ana Costa")
                .containsEntry(MetadataKeys.CANONICAL_URL, "https://tagus.example/ferry")
                .containsEntry(MetadataKeys.H1, "Ferry returns");
    }

    /** Guards: presscorner pages state og:site_name "European Commission - European Commission". */
    @Test
    void aSiteNameThatSaysItselfTwiceIsSaidOnce() {
        assertThat(metadata("<meta property=\"og:site_name\" content=\"Tagus Daily - Tagus Daily\">", ""))
                .containsEntry(MetadataKeys.SITE_NAME, "Tagus Daily");
        assertThat(metadata("<meta property=\"og:site_name\" content=\"Tagus Daily - Tagus Weekly\">", ""))
                .containsEntry(MetadataKeys.SITE_NAME, "Tagus Daily - Tagus Weekly");
    }

    @Test
    void jsonLdIsReadInsideGraphsAndArraysAndForgivesSloppyJson() {
        Map<String, String> meta = metadata("<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"W\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Strike called \\u2013 again\","
                + "\"datePublished\":\"2024-01-09T07:12:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Katrin Vogel\"},{\"name\":\"Tom Hale\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Continental Wire\"},"
                + "\"articleBody\":\"Body text.\",}]}]</script>"
                + "<script type=\"application/ld+json\">{ this is not json</script>", "");

        assertThat(meta).containsEntry(MetadataKeys.HEADLINE, "Strike called \u2013 again")
                .containsEntry(MetadataKeys.PUBLISHED, "2024-01-09T07:12:00+01:00")
                .containsEntry(MetadataKeys.AUTHOR, "Katrin Vogel, Tom Hale")
                .containsEntry(MetadataKeys.SITE_NAME, "Continental Wire");
    }

    @Test
    void deeplyNestedJsonLdIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Map<String, String> meta = metadata("<script type=\"application/ld+json\">" + deep + "</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2020-02-02\"}"
                + "</script>", "");

        assertThat(meta).containsEntry(MetadataKeys.PUBLISHED, "2020-02-02");
    }

    @Test
    void theDateFallsBackFromMetaTagsToJsonLdToTimeElements() {
        assertThat(metadata("<meta name=\"parsely-pub-date\" content=\"2023-04-19T18:42:00Z\">", ""))
                .containsEntry(MetadataKeys.PUBLISHED, "2023-04-19T18:42:00Z");
        assertThat(metadata("<meta name=\"sailthru.date\" content=\"2023-08-06 16:20:00\">", ""))
                .containsEntry(MetadataKeys.PUBLISHED, "2023-08-06 16:20:00");
        assertThat(metadata("<meta name=\"DC.date.issued\" content=\"2021-05-01\">", ""))
                .containsEntry(MetadataKeys.PUBLISHED, "2021-05-01");
        assertThat(metadata("", "<time datetime=\"2019-07-18T11:37:00\">18-07-2019</time>"))
                .containsEntry(MetadataKeys.PUBLISHED, "2019-07-18T11:37:00");
        assertThat(metadata("<meta property=\"article:modified_time\" content=\"2020-01-02\">",
                "<time itemprop=\"datePublished\" datetime=\"2020-01-01\">1 Jan</time>"))
                .containsEntry(MetadataKeys.PUBLISHED, "2020-01-01")
                .containsEntry(MetadataKeys.MODIFIED, "2020-01-02");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", nullValues = "null", value = {
            "Ferry returns to Barreiro | Tagus Daily         => Tagus Daily => Ferry returns to Barreiro",
            "Tagus Daily - Ferry returns to Barreiro         => Tagus Daily => Ferry returns to Barreiro",
            "Ferry returns to Barreiro - Local - Tagus Daily => null        => Ferry returns to Barreiro",
            "Tagus Daily :: Night ferry to Barreiro resumes  => null        => Night ferry to Barreiro resumes",
            "Venezuela: calls for sanctions | News | EP      => null        => Venezuela: calls for sanctions",
            "Storm hits the coast                            => null        => Storm hits the coast",
            "Jean-Luc Picard – a life                        => null        => Jean-Luc Picard – a life"})
    void theSiteNameIsCutFromTitles(String title, String site, String expected) {
        assertThat(PageMetadata.cleanTitle(title, site)).isEqualTo(expected);
    }

    @Test
    void theArticleParserTakesTitleDateAndUrlFromTheMetadata() {
        Document doc = Documents.parser().attributeQuotes(false).build().parse("page.html",
                "<html><head><title>Ferry returns to Barreiro | Tagus Daily</title>"
                        + "<meta property=\"og:site_name\" content=\"Tagus Daily\">"
                        + "<meta property=\"og:url\" content=\"https://tagus.example/f\">"
                        + "<meta property=\"article:published_time\" content=\"2022-03-14T08:30:00.000+01:00\">"
                        + "</head><body>" + BODY + "</body></html>");

        assertThat(doc.title()).contains("Ferry returns to Barreiro");
        assertThat(doc.publisher()).contains("Tagus Daily");
        assertThat(doc.url()).contains("https://tagus.example/f");
        assertThat(doc.dateline()).contains(Dateline.of(null, LocalDate.of(2022, 3, 14), LocalTime.of(8, 30)));
        assertThat(doc.paragraphs()).hasSize(1);
    }
}
