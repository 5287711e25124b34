package io.broadsheet.internal.load;

import io.broadsheet.MalformedDocumentException;
import io.broadsheet.internal.WorkCounter;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.SourceDocument;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads bytes into a {@link SourceDocument}: decode, tell HTML from text, cut into blocks. */
public final class SourceLoader {

    /**
     * More lines than this is a data dump, not a press document. Every line and element costs a fixed amount of
     * memory (strings, blocks, DOM nodes) whatever its length, so without a count limit a few megabytes of empty
     * lines or tags would need gigabytes; in the spirit of Jackson's stream read constraints the input is refused.
     */
    static final int MAX_LINES = 500_000;
    /** More HTML start tags than this is refused, for the same reason as {@link #MAX_LINES}. */
    static final int MAX_ELEMENTS = 500_000;

    private SourceLoader() {
    }

    public static SourceDocument load(String name, byte[] bytes, Charset forcedCharset) {
        DecodedText decoded = InputDecoder.decode(name, bytes, forcedCharset);
        WorkCounter.add(bytes.length); // decoding, normalising and counting lines: a few passes over the input
        List<String> warnings = new ArrayList<>(decoded.warnings());
        int[] controls = new int[1];
        String text = TextCleaner.normaliseLines(decoded.text(), controls);
        if (controls[0] > 0) {
            warnings.add(name + ": removed " + controls[0] + " control character(s)");
        }
        if (TextCleaner.isBlank(text)) {
            throw new MalformedDocumentException(name, -1,
                    bytes.length == 0 ? "the input is empty" : "the input holds only white space");
        }
        boolean html = looksLikeHtml(text);
        refuseTooManyParts(name, text, html);
        if (html) {
            HtmlBlockReader.Result page = HtmlBlockReader.read(text);
            return finish(name, SourceDocument.Markup.HTML, decoded.charset(), page.blocks(), page.metadata(), warnings);
        }
        TextBlockReader.Result result = TextBlockReader.read(text);
        return finish(name, result.markdown() ? SourceDocument.Markup.MARKDOWN : SourceDocument.Markup.TEXT,
                decoded.charset(), result.blocks(), result.frontMatter(), warnings);
    }

    private static SourceDocument finish(String name, SourceDocument.Markup markup, Charset charset, List<Block> blocks,
                                         Map<String, String> metadata, List<String> warnings) {
        if (blocks.isEmpty()) {
            throw new MalformedDocumentException(name, -1, "no text found in the " + markup.name().toLowerCase(Locale.ROOT)
                    + " input");
        }
        return new SourceDocument(name, markup, charset, blocks, metadata, warnings);
    }

    /** Counts lines (text) or start tags (HTML) in one pass, before any of them is materialised. */
    private static void refuseTooManyParts(String name, String text, boolean html) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (html ? c == '<' && i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1)) : c == '\n') {
                count++;
            }
        }
        int limit = html ? MAX_ELEMENTS : MAX_LINES;
        if (count > limit) {
            throw new MalformedDocumentException(name, -1, "the input has " + count + (html ? " HTML elements" : " lines")
                    + ", more than the limit of " + limit + "; it is not a press document");
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** HTML when the text opens with a doctype or an html/head/body tag, or is mostly block tags near the top. */
    static boolean looksLikeHtml(String text) {
        int limit = Math.min(text.length(), 4096);
        if (text.lastIndexOf('<', limit - 1) < 0) {
            return false; // every sign below is a tag; plain text rarely has one, and need not be lower-cased
        }
        String head = text.substring(0, limit).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html")) {
            return true;
        }
        if (head.contains("<html") || head.contains("<body") || head.contains("<head>")) {
            return true;
        }
        int tags = 0;
        for (String tag : new String[] {"<p>", "<p ", "<div", "<h1", "<h2", "<br", "<article", "<strong>", "</p>"}) {
            int at = head.indexOf(tag);
            while (at >= 0) {
                tags++;
                at = head.indexOf(tag, at + 1);
            }
        }
        return head.startsWith("<") && tags >= 1 || tags >= 3;
    }
}
