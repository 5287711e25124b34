package io.broadsheet.html;

import io.broadsheet.internal.html.HtmlReader;
import io.broadsheet.internal.load.SourceLoader;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** HTML into the same blocks as text. */
class HtmlBlockModelTest {

    private static List<Block> blocks(String html) {
        return HtmlReader.read(html).blocks();
    }

    @Test
    void brSplitsLinesAndTwoBrsSplitParagraphs() {
        List<Block> blocks = blocks("<p>Press contact:<br>Jane Doe<br/>+32 2 555 01 23</p>"
                + "<div>First loose paragraph.<br><br>Second loose paragraph.<br> <br>\n<br>Third.</div>");

        assertThat(blocks).extracting(Block::lines).containsExactly(
                List.of("Press contact:", "Jane Doe", "+32 2 555 01 23"),
                List.of("First loose paragraph."), List.of("Second loose paragraph."), List.of("Third."));
        assertThat(blocks.get(0).text()).isEqualTo("Press contact: Jane Doe +32 2 555 01 23");
    }

    @Test
    void headingsListsQuotationsCaptionsAndPreformattedTextKeepTheirKinds() {
        List<Block> blocks = blocks("<h2>Sub <em>head</em></h2><ul><li>one</li><li><p>two</p></li></ul>"
                + "<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>"
                + "<figure><img src=x><figcaption>A caption.</figcaption></figure>"
                + "<pre>line  one\n  line two</pre><table><tr><td>cell</td></tr></table>");

        assertThat(blocks).extracting(Block::kind, Block::text, Block::level).containsExactly(
                tuple(BlockKind.HEADING, "Sub head", 2),
                tuple(BlockKind.LIST_ITEM, "one", 0),
                tuple(BlockKind.LIST_ITEM, "two", 0),
                tuple(BlockKind.BLOCKQUOTE, "Quoted one.", 0),
                tuple(BlockKind.BLOCKQUOTE, "Quoted two.", 0),
                tuple(BlockKind.CAPTION, "A caption.", 0),
                tuple(BlockKind.PREFORMATTED, "line  one line two", 0),
                tuple(BlockKind.PARAGRAPH, "cell", 0));
        assertThat(blocks.get(6).lines()).containsExactly("line  one", "line two");
    }

    @Test
    void sameClassItemsWrittenWithoutSpacesAreNotRunTogether() {
        List<Block> blocks = blocks("<div class=meta><span class=item>Statements</span><span class=item>12.06.2024"
                + "</span></div><p><a class=tag>Trade</a><a class=tag>Energy</a> and <b>W</b><b>ord</b>s.</p>"
                + "<div><span>Drop</span><span>cap</span></div>");

        assertThat(blocks).extracting(Block::text).containsExactly("Statements", "12.06.2024",
                "Trade Energy and Words.", "Dropcap");
    }

    @Test
    void aStrongLabelThatOpensAParagraphIsItsLeadingStrong() {
        List<Block> blocks = blocks("<p><strong>MR PRICE:</strong> Good afternoon.</p>"
                + "<p> <b>QUESTION:</b>  Thank you.</p><p>Not <b>leading</b>.</p>");

        assertThat(blocks).extracting(Block::text, Block::leadingStrong).containsExactly(
                tuple("MR PRICE: Good afternoon.", Optional.of("MR PRICE:")),
                tuple("QUESTION: Thank you.", Optional.of("QUESTION:")),
                tuple("Not leading.", Optional.empty()));
    }

    @Test
    void entitiesAndUnusualSpacesAreNormalisedAndSourceSpacingCollapsed() {
        List<Block> blocks = blocks("<p>AT&amp;T&nbsp;&nbsp;said \n   &ldquo;yes&rdquo;&#8201;&mdash; twice&shy;.</p>");

        assertThat(blocks).singleElement().extracting(Block::text).isEqualTo("AT&T said \u201cyes\u201d \u2014 twice.");
    }

    @Test
    void scriptsStylesTemplatesSvgAndHiddenElementsAreDroppedEntirely() {
        List<Block> blocks = blocks("<p>Visible text of the page.</p><script>var a = '<p>no</p>';</script>"
                + "<style>p { color: red }</style><template><p>template</p></template><svg><text>svg</text></svg>"
                + "<noscript>Enable JavaScript</noscript><div hidden>hidden</div>"
                + "<div style=\"display: none\">also hidden</div><button>Click</button>");

        assertThat(blocks).extracting(Block::text).containsExactly("Visible text of the page.");
    }

    @Test
    void navigationIsKeptButFlaggedOutsideTheContent() {
        List<Block> blocks = blocks("<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
                + "<article><p>The council approved the budget on Tuesday, after a debate that lasted six hours "
                + "and ended with a narrow vote.</p><p>The opposition said it would challenge the decision, "
                + "which cuts spending on libraries and parks.</p></article>");

        assertThat(blocks).extracting(Block::text, Block::mainContent).containsExactly(
                tuple("Home", false), tuple("News", false),
                tuple("The council approved the budget on Tuesday, after a debate that lasted six hours and ended "
                        + "with a narrow vote.", true),
                tuple("The opposition said it would challenge the decision, which cuts spending on libraries and "
                        + "parks.", true));
    }

    @Test
    void blocksCarryTheirSourceLine() {
        List<Block> blocks = blocks("<html>\n<body>\n<h1>Title</h1>\n\n<p>Para one.</p>\n<p>\nPara two.</p>\n</body></html>");

        assertThat(blocks).extracting(Block::line).containsExactly(3, 5, 6);
    }

    @Test
    void htmlIsTellFromTextBySniffing() {
        assertThat(load("<!DOCTYPE html><html><body><p>Hi there.</p></body></html>").markup())
                .isEqualTo(SourceDocument.Markup.HTML);
        assertThat(load("<p>A fragment.</p>\n<p>Of HTML.</p>").markup()).isEqualTo(SourceDocument.Markup.HTML);
        assertThat(load("Plain text that mentions <p> once.").markup()).isEqualTo(SourceDocument.Markup.TEXT);
    }

    private static SourceDocument load(String text) {
        return SourceLoader.load("x", text.getBytes(StandardCharsets.UTF_8), null);
    }
}
