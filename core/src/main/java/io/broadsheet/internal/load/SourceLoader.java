package io.broadsheet.internal.load;

import io.broadsheet.MalformedDocumentException;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.SourceDocument;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads bytes into a {@link SourceDocument}: decode, tell HTML from text, cut into blocks. */
public final class SourceLoader {

    private SourceLoader() {
    }

    public static SourceDocument load(String name, byte[] bytes, Charset forcedCharset) {
        DecodedText decoded = InputDecoder.decode(name, bytes, forcedCharset);
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
        if (looksLikeHtml(text)) {
            HtmlBlockReader.Result html = HtmlBlockReader.read(text);
            return finish(name, SourceDocument.Markup.HTML, decoded.charset(), html.blocks(), html.metadata(), warnings);
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

    /** HTML when the text opens with a doctype or an html/head/body tag, or is mostly block tags near the top. */
    static boolean looksLikeHtml(String text) {
        int limit = Math.min(text.length(), 4096);
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
