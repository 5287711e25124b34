package io.broadsheet.load;

import io.broadsheet.internal.load.InlineMarkdown;
import io.broadsheet.internal.load.SourceLoader;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Text into blocks: paragraphs, lines, headings, lists, front matter and inline normalisation. */
class SegmentationTest {

    private static SourceDocument load(String text) {
        return SourceLoader.load("t.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static List<String> texts(SourceDocument source) {
        return source.blocks().stream().map(Block::text).toList();
    }

    @Test
    void blankLinesSeparateParagraphsAndLinesInsideOneAreJoined() {
        SourceDocument source = load("First paragraph,\nwrapped over\ntwo more lines.\n\n\n"
                + "Second paragraph.\r\n\r\nThird\rparagraph.\n");

        assertThat(texts(source)).containsExactly("First paragraph, wrapped over two more lines.",
                "Second paragraph.", "Third paragraph.");
        assertThat(source.blocks().get(0).lines()).containsExactly("First paragraph,", "wrapped over",
                "two more lines.");
        assertThat(source.blocks()).extracting(Block::line).containsExactly(1, 6, 8);
        assertThat(source.markup()).isEqualTo(SourceDocument.Markup.TEXT);
    }

    @Test
    void aTextWithoutBlankLinesHasOneParagraphPerLine() {
        SourceDocument source = load("Officials met on Monday.\nThey agreed on a plan.\nIt starts in May.");

        assertThat(texts(source)).containsExactly("Officials met on Monday.", "They agreed on a plan.",
                "It starts in May.");
        assertThat(source.blocks()).extracting(Block::line).containsExactly(1, 2, 3);
    }

    @Test
    void leadingAndTrailingBlankLinesDoNotMakeATextBlankLineSeparated() {
        SourceDocument source = load("\n\nLine one of the story.\nLine two of the story.\n\n");

        assertThat(texts(source)).containsExactly("Line one of the story.", "Line two of the story.");
    }

    @Test
    void nbspAndOtherUnicodeSpacesBecomePlainSpacesAndInvisibleCharactersGo() {
        SourceDocument source = load("Prime\u00a0Minister\u2009Jane\u202fDoe said\u3000so.\n\n"
                + "Zero\u200bwidth\u00ad soft\ufeff hyphen.\n\n\u00a0\u00a0Indented\u00a0\u00a0text\u00a0");

        assertThat(texts(source)).containsExactly("Prime Minister Jane Doe said so.", "Zerowidth soft hyphen.",
                "Indented  text");
    }

    @Test
    void markdownHeadingsListsAndQuotationsBecomeTheirOwnBlocks() {
        SourceDocument source = load("# Big news ##\n\nIntro text here.\n\n## Details\n\n- first point\n"
                + "- second point\n1. numbered\n\n> quoted words\n\n### C#\n");

        assertThat(source.blocks()).extracting(Block::kind, Block::text, Block::level).containsExactly(
                tuple(BlockKind.HEADING, "Big news", 1),
                tuple(BlockKind.PARAGRAPH, "Intro text here.", 0),
                tuple(BlockKind.HEADING, "Details", 2),
                tuple(BlockKind.LIST_ITEM, "first point", 0),
                tuple(BlockKind.LIST_ITEM, "second point", 0),
                tuple(BlockKind.LIST_ITEM, "numbered", 0),
                tuple(BlockKind.BLOCKQUOTE, "quoted words", 0),
                tuple(BlockKind.HEADING, "C#", 3));
        assertThat(source.markup()).isEqualTo(SourceDocument.Markup.MARKDOWN);
    }

    @Test
    void bulletedLinesCopiedFromAPageAreListItemsNotOneRunOnParagraph() {
        // A factsheet copied as text kept its "•" bullets; they were joined into the paragraph above them.
        SourceDocument source = load("The Commission proposes three measures:\n\u2022 a cap on fees;\n"
                + "\u25AA\u00A0a ban on hidden charges;\n\u2022 a review in 2027.\n\n\u2022no space, no item\n");

        assertThat(source.blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, "The Commission proposes three measures:"),
                tuple(BlockKind.LIST_ITEM, "a cap on fees;"),
                tuple(BlockKind.LIST_ITEM, "a ban on hidden charges;"),
                tuple(BlockKind.LIST_ITEM, "a review in 2027."),
                tuple(BlockKind.PARAGRAPH, "\u2022no space, no item"));
    }

    @Test
    void yamlFrontMatterBecomesMetadata() {
        SourceDocument source = load("---\ntitle: \"Press briefing\"\ndate: 2021-11-09\nauthor: 'The Press Office'\n"
                + "  nested: ignored\n---\n\nThe briefing began at noon.\n");

        assertThat(source.metadata()).containsEntry("title", "Press briefing").containsEntry("date", "2021-11-09")
                .containsEntry("author", "The Press Office").doesNotContainKey("nested");
        assertThat(texts(source)).containsExactly("The briefing began at noon.");
        assertThat(source.blocks().get(0).line()).isEqualTo(8);
    }

    @Test
    void anUnclosedFrontMatterIsText() {
        SourceDocument source = load("---\ntitle: x\n\nBody text.\n");

        assertThat(source.metadata()).isEmpty();
        assertThat(texts(source)).contains("Body text.");
    }

    @Test
    void aCopiedPagesHeadLinesWithoutBlankLinesAreBlocksOfTheirOwn() {
        SourceDocument source = load("Politics\nMinisters agree new rules on river pollution\n"
                + "Water firms face fines of up to \u00a3250m\n\nBy Jane Smith\n12 March 2025\n\n"
                + "Ministers have agreed a package of rules on Wednesday.\n\nThe rules come into force next year.\n");

        assertThat(texts(source)).containsExactly("Politics", "Ministers agree new rules on river pollution",
                "Water firms face fines of up to \u00a3250m", "By Jane Smith", "12 March 2025",
                "Ministers have agreed a package of rules on Wednesday.", "The rules come into force next year.");
        assertThat(source.blocks().get(4).line()).isEqualTo(6);
    }

    @Test
    void aHeadlineWrappedLikeItsBodyStaysOneBlock() {
        SourceDocument source = load("Transit Authority Orders Forty Battery Buses for Its Busiest City\n"
                + "Routes\n\nThe Harbourside Transit Authority said on Tuesday that it had ordered\n"
                + "forty battery-electric buses for the routes that carry most riders.\n");

        assertThat(texts(source)).containsExactly(
                "Transit Authority Orders Forty Battery Buses for Its Busiest City Routes",
                "The Harbourside Transit Authority said on Tuesday that it had ordered forty battery-electric buses"
                        + " for the routes that carry most riders.");
    }

    @Test
    void headLinesThatCarryOnStayOneBlock() {
        SourceDocument source = load("News provided by\nHarbor Lane Foods\n\nPublished\n12 March 2025\n\n"
                + "The company opened a plant.\n");

        assertThat(texts(source)).containsExactly("News provided by Harbor Lane Foods", "Published 12 March 2025",
                "The company opened a plant.");
    }

    @Test
    void hardLineBreaksStayLinesOfOneBlock() {
        SourceDocument source = load("Contact:\nJane Doe\n+32 2 555 01 23\n\nNext paragraph.");

        assertThat(source.blocks().get(0).lines()).containsExactly("Contact:", "Jane Doe", "+32 2 555 01 23");
        assertThat(source.blocks().get(0).text()).isEqualTo("Contact: Jane Doe +32 2 555 01 23");
    }

    @Test
    void aBoldRunThatOpensABlockIsKeptAsItsLeadingStrong() {
        SourceDocument source = load("**MR PRICE:** Good afternoon.\n\nSome **bold** inside.\n\n** ** x");

        assertThat(source.blocks()).extracting(Block::text, Block::leadingStrong).containsExactly(
                tuple("MR PRICE: Good afternoon.", Optional.of("MR PRICE:")),
                tuple("Some bold inside.", Optional.empty()),
                tuple("x", Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**USPA NEWS** - Brussels                  | USPA NEWS - Brussels",
            "__bold__ and *emphasis* and _underscore_  | bold and emphasis and underscore",
            "snake_case_name and 2*3*4 stay            | snake_case_name and 2*3*4 stay",
            "See <https://example.org/a?b=1> now       | See https://example.org/a?b=1 now",
            "Write <mailto:press@example.org>          | Write press@example.org",
            "Read [the report](https://x.example/r).   | Read the report.",
            "[not a link] (x) and [x]                  | [not a link] (x) and [x]",
            "AT&amp;T &ldquo;quoted&rdquo; &#8211; ok  | AT&T \u201cquoted\u201d \u2013 ok",
            "\\*literal\\* stars                       | *literal* stars",
            "** unmatched and * lonely                 | ** unmatched and * lonely"})
    void inlineMarkdownIsStripped(String line, String expected) {
        assertThat(InlineMarkdown.strip(line.strip()).text()).isEqualTo(expected);
    }

    @Test
    void textThatOpensWithATagButIsNotHtmlStaysText() {
        SourceDocument source = load("<https://example.org> was cited.\n\nSecond.");

        assertThat(source.markup()).isNotEqualTo(SourceDocument.Markup.HTML);
        assertThat(texts(source)).containsExactly("https://example.org was cited.", "Second.");
    }
}
