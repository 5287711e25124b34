package io.broadsheet.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.broadsheet.BroadsheetException;
import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.Quote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fuzzes the parser on text, on HTML pages and on raw bytes. Whatever the input, the parser may only refuse it
 * with a {@link BroadsheetException}; anything else it throws, and any document that breaks an invariant below,
 * is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} set, each test replays its regression inputs under
 * {@code src/test/resources/io/broadsheet/fuzz/DocumentParserFuzzTestInputs/<method>/} as an ordinary JUnit test;
 * {@code docs/fuzzing.md} shows how to fuzz. Every finding becomes a file there.
 */
class DocumentParserFuzzTest {

    /** Element names the HTML target builds pages from: block, inline, dropped and table structure. */
    private static final String[] TAGS = {"p", "div", "b", "strong", "i", "em", "a", "span", "br", "h1", "h2", "h3",
        "li", "ul", "ol", "blockquote", "figcaption", "pre", "td", "tr", "table", "script", "style", "nav",
        "article", "main", "header", "footer", "time", "title", "meta", "section", "q", "cite"};
    /** Text fragments that the loaders and the attributor treat specially. */
    private static final String[] FRAGMENTS = {"\"", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb",
        "\u201e", "'", " said ", " says ", " told reporters ", ", according to ", "he said.", "She added: ",
        "Secretary Blinken", "Mr. Smith", "BRUSSELS, March 4, 2022", " -- ", "**", "__", "*", "[", "](", ")", "<http",
        "&amp;", "&#", "\n", "\n\n", "\r", "\t", "\u00a0", "\u200b", "# ", "> ", "- ", "1. ", "Q: ", "A: ",
        "MODERATOR:", "###", "---\ntitle: x\n---\n", ". ", ", ", "?"};

    private final DocumentParser parser = Documents.parser().build();

    @FuzzTest(maxDuration = "10m")
    void parsesText(FuzzedDataProvider data) {
        String text = data.consumeBoolean() ? data.consumeRemainingAsString() : assemble(data);
        check("fuzz.txt", () -> parser.parse("fuzz.txt", text));
    }

    @FuzzTest(maxDuration = "10m")
    void parsesHtml(FuzzedDataProvider data) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>")
                .append(data.consumeString(60)).append("</title></head><body>");
        int elements = data.consumeInt(0, 200);
        for (int i = 0; i < elements && data.remainingBytes() > 0; i++) {
            String tag = data.pickValue(TAGS);
            switch (data.consumeInt(0, 3)) {
                case 0 -> page.append('<').append(tag).append('>');
                case 1 -> page.append("</").append(tag).append('>');
                case 2 -> page.append(data.pickValue(FRAGMENTS));
                default -> page.append(data.consumeString(40));
            }
        }
        page.append(data.consumeRemainingAsString());
        String html = page.toString();
        check("fuzz.html", () -> parser.parse("fuzz.html", html));
    }

    @FuzzTest(maxDuration = "10m")
    void parsesBytes(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        check("fuzz.bin", () -> {
            try {
                return parser.parse("fuzz.bin", new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("reading from memory cannot fail", e);
            }
        });
    }

    /** Text built from fragments the parser cares about, so the fuzzer reaches the rules sooner. */
    private static String assemble(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder();
        while (data.remainingBytes() > 0) {
            text.append(data.consumeBoolean() ? data.pickValue(FRAGMENTS) : data.consumeString(30));
        }
        return text.toString();
    }

    private static void check(String name, ParseCall call) {
        Document doc;
        try {
            doc = call.parse();
        } catch (BroadsheetException refused) {
            if (refused.getMessage() == null || !refused.getMessage().startsWith(name)) {
                throw new AssertionError("refusal does not name the input: " + refused.getMessage(), refused);
            }
            return;
        }
        assertInvariants(name, doc);
    }

    /** What every document must satisfy; thrown errors are findings. */
    static void assertInvariants(String name, Document doc) {
        require(doc != null, "parser returned null");
        require(doc.source().equals(name), "source is " + doc.source());
        require(doc.paragraphs() != null && doc.quotes() != null && doc.warnings() != null, "null list");
        for (String paragraph : doc.paragraphs()) {
            require(paragraph != null && !paragraph.isBlank(), "blank paragraph");
            require(paragraph.equals(paragraph.strip()), "paragraph has surrounding white space: [" + paragraph + "]");
            require(paragraph.chars().noneMatch(c -> c < 0x20 || c == 0x7F), "control character in [" + paragraph + "]");
        }
        for (Quote quote : doc.quotes()) {
            require(doc.textAt(quote.span()).equals(quote.text()),
                    "span " + quote.span() + " holds [" + doc.textAt(quote.span()) + "], not [" + quote.text() + "]");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    @FunctionalInterface
    private interface ParseCall {
        Document parse();
    }
}
