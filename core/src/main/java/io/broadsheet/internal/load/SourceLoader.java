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
        String text = decoded.text();
        Survey survey = Survey.of(text);
        if (survey.needsNormalising()) {
            int[] controls = new int[1];
            text = TextCleaner.normaliseLines(text, controls);
            if (controls[0] > 0) {
                warnings.add(name + ": removed " + controls[0] + " control character(s)");
            }
            survey = Survey.of(text);
        }
        if (TextCleaner.isBlank(text)) {
            throw new MalformedDocumentException(name, -1,
                    bytes.length == 0 ? "the input is empty" : "the input holds only white space");
        }
        boolean html = survey.firstAngle() >= 0 && looksLikeHtml(text, survey.firstAngle());
        refuseTooManyParts(name, html ? survey.startTags() : survey.newlines(), html);
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

    /** Refuses an input with more lines (text) or start tags (HTML) than anyone's press document has. */
    private static void refuseTooManyParts(String name, int count, boolean html) {
        int limit = html ? MAX_ELEMENTS : MAX_LINES;
        if (count > limit) {
            throw new MalformedDocumentException(name, -1, "the input has " + count + (html ? " HTML elements" : " lines")
                    + ", more than the limit of " + limit + "; it is not a press document");
        }
    }

    /**
     * What one pass over the decoded text tells, before any of it is copied: whether line endings or control
     * characters need normalising, how many lines and HTML start tags there are (for the limits, counted before
     * anything is materialised), and where the first {@code <} is.
     *
     * @param needsNormalising whether {@link TextCleaner#normaliseLines} would change the text
     * @param newlines         the number of {@code \n}
     * @param startTags        the number of {@code <} followed by an ASCII letter
     * @param firstAngle       the offset of the first {@code <}, or -1
     */
    record Survey(boolean needsNormalising, int newlines, int startTags, int firstAngle) {

        static Survey of(String text) {
            boolean needsNormalising = false;
            int newlines = 0;
            int startTags = 0;
            int firstAngle = -1;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c <= '<') {
                    if (c == '\n') {
                        newlines++;
                    } else if (c == '<') {
                        if (firstAngle < 0) {
                            firstAngle = i;
                        }
                        if (i + 1 < n && isAsciiLetter(text.charAt(i + 1))) {
                            startTags++;
                        }
                    } else if (c < 0x20 && c != '\t') {
                        needsNormalising = true;
                    }
                } else if (c >= 0x7F && (c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                    needsNormalising = true;
                }
            }
            return new Survey(needsNormalising, newlines, startTags, firstAngle);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * HTML when the text opens with a doctype or an html/head/body tag, or is mostly block tags near the top.
     *
     * @param firstAngle the offset of the text's first {@code <}
     */
    static boolean looksLikeHtml(String text, int firstAngle) {
        int limit = Math.min(text.length(), 4096);
        if (firstAngle >= limit) {
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
