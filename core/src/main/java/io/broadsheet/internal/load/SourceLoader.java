package io.broadsheet.internal.load;

import io.broadsheet.MalformedDocumentException;
import io.broadsheet.internal.WorkCounter;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.SourceDocument;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    /** How much of the text's head {@link #looksLikeHtml} looks at. */
    private static final int HTML_SNIFF = 4096;

    private SourceLoader() {
    }

    public static SourceDocument load(String name, byte[] bytes, Charset forcedCharset) {
        DecodedText decoded = null;
        boolean htmlDecided = false;
        boolean looksLikeHtml = false;
        if (forcedCharset == null) {
            char[] chars = CharScratch.take(bytes.length);
            try {
                Utf8.Decoded utf8 = InputDecoder.decodePlainUtf8(name, bytes, chars);
                if (utf8 != null) {
                    WorkCounter.add(bytes.length); // decoding, normalising and counting lines: a few passes
                    int length = utf8.length();
                    // Only a '<' among the first chars matters: to a meta charset declaration or to looksLikeHtml.
                    int firstAngle = utf8.firstAngle() < HTML_SNIFF ? utf8.firstAngle() : -1;
                    if (firstAngle >= 0 && InputDecoder.mayDeclareCharset(bytes)) {
                        decoded = InputDecoder.decodeWithMetaTag(name, bytes, new String(chars, 0, length));
                    } else {
                        looksLikeHtml = firstAngle >= 0 && looksLikeHtml(chars, length, firstAngle);
                        if (!looksLikeHtml) {
                            SourceDocument plain = loadPlainText(name, new PlainText(chars, length, bytes,
                                    utf8.asciiPrefix()), StandardCharsets.UTF_8, List.of());
                            if (plain != null) {
                                return plain;
                            }
                        }
                        // what InputDecoder.decodeUnscreened would have made of these bytes
                        decoded = new DecodedText(new String(chars, 0, length), StandardCharsets.UTF_8, List.of(), false);
                        htmlDecided = true;
                    }
                }
            } finally {
                CharScratch.release(chars); // before the general path, which may want it again
            }
        }
        if (htmlDecided) {
            return loadInGeneral(name, bytes, decoded, looksLikeHtml);
        }
        if (decoded == null) {
            decoded = InputDecoder.decodeUnscreened(name, bytes, forcedCharset);
            WorkCounter.add(bytes.length); // decoding, normalising and counting lines: a few passes over the input
        }
        String decodedText = decoded.text();
        int firstAngle = decodedText.indexOf('<');
        looksLikeHtml = firstAngle >= 0 && looksLikeHtml(decodedText, firstAngle);
        if (!looksLikeHtml) {
            SourceDocument plain = loadPlainText(name, decoded);
            if (plain != null) {
                return plain;
            }
        }
        return loadInGeneral(name, bytes, decoded, looksLikeHtml);
    }

    /**
     * Loads any input that is not plain text needing no normalising: screens it for control bytes, normalises
     * it, tells HTML from text for good and reads it.
     *
     * @param looksLikeHtml what {@link #looksLikeHtml} says of the decoded text
     */
    private static SourceDocument loadInGeneral(String name, byte[] bytes, DecodedText decoded, boolean looksLikeHtml) {
        if (!decoded.screened()) {
            InputDecoder.refuseControlBytes(name, bytes);
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        String decodedText = decoded.text();
        String text = decodedText;
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
        // decided above already, unless normalising changed the text
        boolean html = text == decodedText ? looksLikeHtml
                : survey.firstAngle() >= 0 && looksLikeHtml(text, survey.firstAngle());
        refuseTooManyParts(name, html ? survey.startTags() : survey.newlines(), html);
        if (html) {
            HtmlBlockReader.Result page = HtmlBlockReader.read(text);
            return finish(name, SourceDocument.Markup.HTML, decoded.charset(), page.blocks(), page.metadata(), warnings);
        }
        TextBlockReader.Result result = TextBlockReader.read(text);
        return finish(name, result.markdown() ? SourceDocument.Markup.MARKDOWN : SourceDocument.Markup.TEXT,
                decoded.charset(), result.blocks(), result.frontMatter(), warnings);
    }

    /**
     * Loads the common input, plain text (not HTML) that needs no normalising, in one pass over its characters,
     * or returns null for the general path. Whether a text needs normalising is only learnt while reading it, so
     * reading starts optimistically and gives up at the first character to normalise; nothing done before that
     * has any effect, so the general path then does exactly what it would have done anyway.
     *
     * @param text     the decoded text; not kept
     * @param charset  what it was decoded from
     * @param warnings the decoding's warnings
     */
    private static SourceDocument loadPlainText(String name, PlainText text, Charset charset, List<String> warnings) {
        // A text has no more newlines than chars, so the count is needed for long texts only.
        if (TextCleaner.isBlank(text.chars(), text.length())
                || text.length() > MAX_LINES && countNewlines(text.chars(), text.length()) > MAX_LINES) {
            return null;
        }
        TextBlockReader.Result result = TextBlockReader.readIfNormalised(text);
        if (result == null) {
            return null;
        }
        return finish(name, result.markdown() ? SourceDocument.Markup.MARKDOWN : SourceDocument.Markup.TEXT,
                charset, result.blocks(), result.frontMatter(), new ArrayList<>(warnings));
    }

    /** {@link #loadPlainText(String, PlainText, Charset, List)} for text decoded otherwise. */
    private static SourceDocument loadPlainText(String name, DecodedText decoded) {
        String text = decoded.text();
        int length = text.length();
        char[] chars = CharScratch.take(length);
        try {
            text.getChars(0, length, chars, 0);
            return loadPlainText(name, new PlainText(chars, length), decoded.charset(), decoded.warnings());
        } finally {
            CharScratch.release(chars);
        }
    }

    private static int countNewlines(char[] chars, int length) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (chars[i] == '\n') {
                count++;
            }
        }
        return count;
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
            // In chunks copied to a char[]: the loop then has no per-character String bounds and coder checks.
            char[] chunk = new char[Math.min(n, 8192)];
            for (int base = 0; base < n; base += chunk.length) {
                int length = Math.min(chunk.length, n - base);
                text.getChars(base, base + length, chunk, 0);
                for (int i = 0; i < length; i++) {
                    int flags = LineScan.flags(chunk[i]) & (LineScan.NEWLINE | LineScan.ANGLE | LineScan.NORMALISE);
                    if (flags == 0) {
                        continue;
                    }
                    if (flags == LineScan.NEWLINE) {
                        newlines++;
                    } else if (flags == LineScan.ANGLE) {
                        if (firstAngle < 0) {
                            firstAngle = base + i;
                        }
                        if (base + i + 1 < n && isAsciiLetter(text.charAt(base + i + 1))) {
                            startTags++;
                        }
                    } else {
                        needsNormalising = true;
                    }
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
        int limit = Math.min(text.length(), HTML_SNIFF);
        if (firstAngle >= limit) {
            return false;
        }
        char[] head = new char[limit];
        text.getChars(0, limit, head, 0);
        return looksLikeHtml(head, limit, firstAngle);
    }

    /** {@link #looksLikeHtml(String, int)} of the text chars[0, length). */
    private static boolean looksLikeHtml(char[] text, int length, int firstAngle) {
        int limit = Math.min(length, HTML_SNIFF);
        if (firstAngle >= limit || !hasTagSign(text, firstAngle, limit)) {
            return false; // every sign below is a tag; plain text rarely has one, and need not be lower-cased
        }
        String head = new String(text, 0, limit).stripLeading().toLowerCase(Locale.ROOT);
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

    /**
     * True when some {@code <} in text[from, limit) opens one of the tags {@link #looksLikeHtml} looks for (ASCII
     * case ignored, which is what lower-casing does to them), so that text whose only {@code <} is an autolink or a
     * comparison is decided without copying and lower-casing its head.
     */
    private static boolean hasTagSign(char[] text, int from, int limit) {
        for (int at = from; at >= 0 && at < limit; at = nextAngle(text, at + 1, limit)) {
            if (at + 1 >= limit) {
                return false;
            }
            switch (text[at + 1]) {
                case '!', '?', '/' -> {
                    return true;
                }
                default -> {
                    for (String tag : TAG_STARTS) {
                        if (startsWithIgnoringAsciiCase(text, at + 1, limit, tag)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** What follows the {@code <} of every tag {@link #looksLikeHtml} counts or checks, lower case. */
    private static final String[] TAG_STARTS = {"html", "head>", "body", "p>", "p ", "div", "h1", "h2", "br",
        "article", "strong>"};

    /** The offset of the next {@code <} in text[from, limit), or {@code limit}. */
    private static int nextAngle(char[] text, int from, int limit) {
        int at = from;
        while (at < limit && text[at] != '<') {
            at++;
        }
        return at;
    }

    private static boolean startsWithIgnoringAsciiCase(char[] text, int at, int limit, String lowerPrefix) {
        if (at + lowerPrefix.length() > limit) {
            return false;
        }
        for (int k = 0; k < lowerPrefix.length(); k++) {
            char c = text[at + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerPrefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
