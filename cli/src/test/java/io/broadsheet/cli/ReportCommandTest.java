package io.broadsheet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    @TempDir
    Path dir;

    private String report() throws IOException {
        Files.writeString(dir.resolve("transcript.txt"), TraceCommandTest.TRANSCRIPT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.txt"), TraceCommandTest.REPORT
                + "\nTomas Berg: Asked about <b>tags</b> & such, Berg said “the regional fund will release forty "
                + "million euros for reconstruction this week”.\n", StandardCharsets.UTF_8);
        Path html = dir.resolve("out/report.html");
        TraceCommandTest.Run run = TraceCommandTest.run("report", dir.resolve("report.txt").toString(),
                dir.resolve("transcript.txt").toString(), "-o", html.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + html + ": 2 documents, 4 of 5 reported quotes traced");
        return Files.readString(html, StandardCharsets.UTF_8);
    }

    @Test
    void pageIsOneSelfContainedHtmlFile() throws IOException {
        String html = report();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "<link", "src=", "href=\"http", "url(");
    }

    @Test
    void everyInternalLinkLandsOnAnAnchorOfThePage() throws IOException {
        String html = report();
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile("id=\"([^\"]{1,80})\"").matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        Matcher href = Pattern.compile("href=\"#([^\"]{0,80})\"").matcher(html);
        int links = 0;
        while (href.find()) {
            assertThat(ids).contains(href.group(1));
            links++;
        }
        assertThat(links).isGreaterThan(8);
    }

    @Test
    void reportedQuoteLinksToItsPassageWhichLinksBack() throws IOException {
        String html = report();
        // The verbatim quote of paragraph 0 of the report cites paragraph 0 of the transcript (document 1).
        assertThat(html).containsPattern("<mark id=\"d0-q0\" class=\"s0\" title=\"Maria Lindqvist\">Our first duty"
                + "[^<]*</mark><a class=\"badge verbatim\" href=\"#d1-p0-\\d+-\\d+\"");
        assertThat(html).containsPattern("<span class=\"passage s0\"><a id=\"d1-p0-\\d+-\\d+\"></a>Our first duty");
        assertThat(html).contains("<a href=\"#d0-q0\" title=\"quoted\">");
    }

    @Test
    void alteredQuoteShowsItsDiffAndMisattributionIsFlagged() throws IOException {
        String html = report();
        assertThat(html).contains("<del>opened</del> <ins>set up</ins>");
        assertThat(html).contains("<span class=\"badge misattributed\">misattributed</span>");
        assertThat(html).contains("misattributed: the source's speaker is Tomas Berg");
    }

    @Test
    void speakersHaveTheirOwnColoursAndTextIsEscaped() throws IOException {
        String html = report();
        assertThat(html).contains(".s0{background:hsl(0,72%,83%)}", ".s1{background:hsl(138,72%,83%)}");
        assertThat(html).contains("<span class=\"chip s0\"></span>Maria Lindqvist",
                "<span class=\"chip s1\"></span>Tomas Berg");
        assertThat(html).contains("Asked about &lt;b&gt;tags&lt;/b&gt; &amp; such").doesNotContain("<b>tags");
    }
}
