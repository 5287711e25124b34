package io.broadsheet.internal.load;

import io.broadsheet.MalformedDocumentException;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.MetadataKeys;
import io.broadsheet.spi.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plain text is read optimistically, before it is screened for control bytes and normalised; text that turns out
 * to need either must come out exactly as the general path makes it.
 */
class PlainTextFastPathTest {

    private static SourceDocument load(String name, String text) {
        return SourceLoader.load(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void controlBytesThatAreAlsoWhiteSpaceAreRefusedAsBinaryNotAsBlank() {
        assertThatThrownBy(() -> load("seps.bin", "\u001C".repeat(100)))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessage("seps.bin at offset 0: binary content: 100 control bytes in the first 100");
    }

    @Test
    void aNulByteIsRefusedWithItsOffsetEvenAfterPlainLines() {
        assertThatThrownBy(() -> load("nul.txt", "A plain first line.\n\nAnd then\0 a NUL."))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessageContaining("NUL byte")
                .extracting(e -> ((MalformedDocumentException) e).offset()).isEqualTo(29L);
    }

    @Test
    void carriageReturnsLateInTheTextAreNormalisedLikeEverywhereElse() {
        SourceDocument source = load("crlf.txt", "Title\n\nBody line one.\r\nBody line two.\r\n");

        assertThat(source.blocks()).extracting(Block::text).containsExactly("Title", "Body line one. Body line two.");
        assertThat(source.warnings()).isEmpty();
    }

    @Test
    void aControlCharacterInTheLastLineIsRemovedWithAWarning() {
        SourceDocument source = load("ctl.txt", "Text\n\nMore\u0001 text");

        assertThat(source.blocks()).extracting(Block::text).containsExactly("Text", "More text");
        assertThat(source.warnings()).containsExactly("ctl.txt: removed 1 control character(s)");
    }

    @Test
    void aLineSeparatorInsideFrontMatterIsNormalisedBeforeTheFrontMatterIsRead() {
        SourceDocument source = load("fm.md", "---\ntitle: A title\u2028author: Someone\n---\nBody text.");

        assertThat(source.metadata()).containsEntry(MetadataKeys.TITLE, "A title")
                .containsEntry(MetadataKeys.AUTHOR, "Someone");
        assertThat(source.blocks()).extracting(Block::text).containsExactly("Body text.");
    }

    @Test
    void textThatNeedsNothingIsReadAsIs() {
        SourceDocument source = load("plain.txt", "**HEADLINE** here\n\n  An  indented\u00a0line.  \n# Heading ##\n");

        assertThat(source.markup()).isEqualTo(SourceDocument.Markup.MARKDOWN);
        assertThat(source.blocks()).extracting(Block::text)
                .containsExactly("HEADLINE here", "An  indented line.", "Heading");
        assertThat(source.blocks().get(0).leadingStrong()).contains("HEADLINE");
    }

    @Test
    void aPageThatDeclaresASingleByteCharsetButIsValidUtf8IsReadAsUtf8WithAWarning() {
        String page = "<html><head><meta charset=\"windows-1252\"><title>T</title></head>"
                + "<body><p>Caf\u00E9 \u2019quoted\u2019 text.</p></body></html>";

        SourceDocument source = SourceLoader.load("resaved.html", page.getBytes(StandardCharsets.UTF_8), null);

        assertThat(source.markup()).isEqualTo(SourceDocument.Markup.HTML);
        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(source.warnings())
                .containsExactly("resaved.html: declares windows-1252 but is valid UTF-8; decoded as UTF-8");
        assertThat(source.blocks()).extracting(Block::text).contains("Caf\u00E9 \u2019quoted\u2019 text.");
    }

    @Test
    void aPageWithAMetaTagIsScreenedForControlBytes() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>A\0B</p></body></html>";

        assertThatThrownBy(() -> SourceLoader.load("nul.html", page.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessageContaining("NUL byte");
    }
}
