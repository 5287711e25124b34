package io.broadsheet.hostile;

import io.broadsheet.Document;
import io.broadsheet.DocumentParser;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile inputs: small ones committed under {@code src/test/resources/hostile/}, large ones generated at test
 * time so that nothing big is ever committed.
 */
final class HostileCorpus {

    /** The parser's default input limit, which the large inputs straddle. */
    static final long LIMIT = DocumentParser.Builder.DEFAULT_MAX_INPUT_BYTES;

    private static final String SENTENCE =
            "\u201cWe will not stand by,\u201d said the minister, who spoke in Brussels on Friday. ";
    private static final String[] WORDS = {"the", "minister", "said", "talks", "would", "continue", "in", "Brussels",
        "on", "Friday", "and", "that", "sanctions", "remain", "a", "tool", "of", "last", "resort"};
    private static final String[] QUOTE_MARKS = {"\"", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb",
        "\u201e", "'"};

    private HostileCorpus() {
    }

    static List<HostileInput> all() {
        List<HostileInput> inputs = new ArrayList<>();
        inputs.addAll(committed());
        inputs.addAll(generated());
        return inputs;
    }

    static List<HostileInput> committed() {
        return List.of(
                HostileInput.committed("empty.txt").refused("the input is empty"),
                HostileInput.committed("whitespace-only.txt").refused("the input holds only white space"),
                HostileInput.committed("bom-only.txt").refused("the input holds only white space"),
                HostileInput.committed("zero-width-only.txt").refused("the input holds only white space"),
                HostileInput.committed("image.png").refused("binary content: the input is a PNG image"),
                HostileInput.committed("document.pdf").refused("binary content: the input is a PDF file"),
                HostileInput.committed("press-release.txt.gz").refused("binary content: the input is gzip-compressed"),
                HostileInput.committed("press-release.zip").refused("binary content: the input is a ZIP archive"),
                HostileInput.committed("utf16le-no-bom.txt").parses(doc -> {
                    // UTF-16 without a byte-order mark is recognised by its pattern of NUL bytes.
                    assertThat(texts(doc)).anySatisfy(t -> assertThat(t).contains("We condemn the attacks on civilians,"));
                    assertThat(doc.dateline().flatMap(d -> d.date())).hasValue(java.time.LocalDate.of(2022, 3, 4));
                }),
                HostileInput.committed("control-flood.txt").refused("control bytes in the first"),
                HostileInput.committed("utf16le-with-bom.txt").parses(doc ->
                        assertThat(texts(doc)).anySatisfy(t -> assertThat(t).contains("\u201cWe condemn the attacks,\u201d"))),
                HostileInput.committed("invalid-utf8.txt").parses(doc -> {
                    assertThat(doc.warnings()).anySatisfy(w ->
                            assertThat(w).contains("invalid UTF-8 at byte offset 30; decoded as windows-1252"));
                    assertThat(texts(doc)).anySatisfy(t -> assertThat(t).startsWith("The minister said it was fine "));
                }),
                HostileInput.committed("control-characters.txt").parses(doc -> {
                    assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).endsWith("removed 7 control character(s)"));
                    assertThat(texts(doc)).contains("The minister said  it was [31mred[0m and fine.",
                            "A second line here?");
                }),
                HostileInput.committed("mixed-line-endings.txt").parses(doc ->
                        assertThat(texts(doc)).containsExactlyInAnyOrder("First paragraph, line one line two line three",
                                "Second paragraph still second?", "Third paragraph", "Fourth paragraph",
                                "Fifth paragraph", "Sixth paragraph")),
                HostileInput.committed("unbalanced-quotes.txt").parses(doc -> {
                    assertThat(texts(doc)).contains("\"This quote never closes, said the minister, and the paragraph goes on.",
                            "This one closes but never opened,\" he said.");
                    assertThat(doc.paragraphs()).hasSizeGreaterThanOrEqualTo(6);
                }),
                HostileInput.committed("markdown-unclosed.md").parses(doc -> assertThat(texts(doc)).contains(
                        "Heading with closing hashes",
                        "**bold that never closes and __underline that never closes and *emphasis too",
                        "a quotation > with > markers", "a list item with bold", "a numbered item with a link")
                        .anySatisfy(t -> assertThat(t).startsWith("[a link text that never closes"))),
                HostileInput.committed("entities.txt").parses(doc -> assertThat(texts(doc))
                        .contains("A second paragraph with \"quoted\" text, he said.")),
                HostileInput.committed("html-unclosed-script.html").refused("no text found in the html input"),
                HostileInput.committed("html-no-body-text.html").refused("no text found in the html input"),
                HostileInput.committed("html-unclosed-comment.html").parses(doc ->
                        assertThat(texts(doc)).contains("Text before the comment.")
                                .noneSatisfy(t -> assertThat(t).contains("hidden"))),
                HostileInput.committed("html-broken-nesting.html").parses(doc ->
                        assertThat(texts(doc)).anySatisfy(t -> assertThat(t).startsWith("Misnested bold both italic text."))),
                HostileInput.committed("html-meta-charset-utf16.html").parses(doc -> assertThat(doc.paragraphs())
                        .contains("This page claims to be UTF-16 but is plain ASCII, as browsers assume.")),
                HostileInput.committed("html-meta-charset-bogus.html").parses(doc -> assertThat(doc.paragraphs())
                        .contains("An unknown charset falls back to UTF-8 \u2014 with this dash intact.")));
    }

    static List<HostileInput> generated() {
        long atLimit = LIMIT - (1 << 20);
        return List.of(
                HostileInput.generated("single-line-50mb.txt", file -> repeat(file, "", SENTENCE, 50_000_000, ""))
                        .refused("bytes, more than the limit of " + LIMIT),
                HostileInput.generated("single-line-at-limit.txt", file -> repeat(file, "", SENTENCE, atLimit, ""))
                        .parses(doc -> {
                            assertThat(doc.paragraphs().size()).isEqualTo(1);
                            assertLarge(doc.paragraphs().get(0), atLimit / 2, SENTENCE.strip());
                        }),
                HostileInput.generated("paragraph-at-limit.html", file -> repeat(file,
                        "<!DOCTYPE html><html><head><title>One paragraph</title></head><body><p>", SENTENCE, atLimit,
                        "</p></body></html>"))
                        .parses(doc -> {
                            assertThat(doc.paragraphs().size()).isEqualTo(1);
                            assertLarge(doc.paragraphs().get(0), atLimit / 2, SENTENCE.strip());
                        }),
                HostileInput.generated("quoted-paragraphs-at-limit.txt", file -> repeat(file, "",
                        "\u201cWe will not stand by,\u201d the minister said on Friday in Brussels after the meeting. "
                        + "\u201cNever, not while I am here.\u201d\n\n", atLimit, ""))
                        .parses(doc -> {
                            // Attribution works section by section here, within the heap, and says so.
                            assertThat(doc.quotes()).hasSizeGreaterThan(200_000);
                            assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).contains("sections"));
                        }),
                HostileInput.generated("paragraph-5mb.txt", file -> repeat(file,
                        "Minister warns of long talks ahead\n\n", "the talks went on and on\n", 5_000_000, ""))
                        .parses(doc -> assertLarge(longest(doc), 4_900_000, "the talks went on and on the talks")),
                HostileInput.generated("paragraph-5mb.html", file -> repeat(file,
                        "<html><body><h1>Long talks</h1><p>", "the talks <b>went</b> on<br> and <i>on</i>\n", 5_000_000,
                        "</p></body></html>"))
                        .parses(doc -> assertLarge(longest(doc), 2_500_000, "the talks went on and on the talks")),
                HostileInput.generated("nested-divs-100k.html", file -> nested(file, "<div>", "</div>", 100_000))
                        .parses(doc -> assertThat(texts(doc)).contains("Deep text at the bottom.")),
                HostileInput.generated("nested-inline-100k.html", file ->
                        nested(file, "<span><b><i><a href=\"#\"><em>", "</em></a></i></b></span>", 20_000))
                        .parses(doc -> assertThat(texts(doc)).contains("Deep text at the bottom.")),
                HostileInput.generated("nested-blockquotes-100k.html", file ->
                        nested(file, "<blockquote>", "</blockquote>", 100_000))
                        .parses(doc -> assertThat(texts(doc)).contains("Deep text at the bottom.")),
                HostileInput.generated("unclosed-bold-100k.html", file -> repeat(file, "<html><body><p>",
                        "<b>bold ", 100_000 * "<b>bold ".length(), "</p></body></html>"))
                        .parses(doc -> assertLarge(longest(doc), 400_000, "bold bold bold")),
                HostileInput.generated("straight-quotes-1m.txt", file -> repeat(file, "", "\"", 1_000_000, ""))
                        .parses(doc -> {
                            assertThat(doc.paragraphs().size()).isEqualTo(1);
                            assertThat(doc.paragraphs().get(0).chars().filter(c -> c == '"').count()).isEqualTo(1_000_000);
                        }),
                HostileInput.generated("curly-quotes-1m.txt", file -> repeat(file, "Quotes\n\n",
                        "\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201c\u201d\u201c".repeat(10) + "\n", 3 * 1_000_000 + 2_000, ""))
                        .parses(doc -> assertThat(longest(doc).chars().filter(c -> c != ' ').count())
                                .isGreaterThanOrEqualTo(1_000_000)),
                HostileInput.generated("unbalanced-quotes-2mb.txt", HostileCorpus::unbalancedQuotes)
                        .parses(doc -> assertThat(doc.paragraphs().size()).isGreaterThan(1_000)),
                HostileInput.generated("heading-with-1m-hashes.md", file -> repeat(file, "# Title ", "#", 1_000_000,
                        "\n\nThe body follows the heading.\n"))
                        .parses(doc -> assertThat(texts(doc)).contains("Title", "The body follows the heading.")),
                HostileInput.generated("markdown-markers-1m.md", file -> repeat(file, "Markers\n\n",
                        "**a** [b](c) *d [e <http://f \\* && __g ", 1_000_000, ""))
                        .parses(doc -> assertLarge(longest(doc), 500_000, "a b d [e <http://f ")),
                HostileInput.generated("carriage-returns-only.txt", file -> repeat(file, "", "An old Mac line.\r",
                        100_000 * "An old Mac line.\r".length(), ""))
                        .parses(doc -> assertThat(doc.paragraphs().size()).isEqualTo(100_000)),
                HostileInput.generated("control-characters-1mb.txt", file -> repeat(file, "",
                        "A line of text\u0001 with a bell\u0007 in it.\n\n", 1_000_000, ""))
                        .parses(doc -> assertThat(doc.warnings()).anySatisfy(w ->
                                assertThat(w).containsPattern("removed \\d{5,} control character"))),
                HostileInput.generated("lines-over-limit.txt", file -> repeat(file, "", "\"\n", 1_200_000, ""))
                        .refused("lines, more than the limit of"),
                HostileInput.generated("elements-over-limit.html", file -> repeat(file, "<html><body>", "<p>x</p>",
                        8 * 600_000, "</body></html>"))
                        .refused("HTML elements, more than the limit of"));
    }

    /** Asserts on a huge text's size and start without ever printing it whole. */
    static void assertLarge(String text, long minLength, String start) {
        assertThat((long) text.length()).as("length").isGreaterThan(minLength);
        assertThat(text.substring(0, Math.min(text.length(), 200))).startsWith(start);
    }

    /** The longest paragraph, or "" when there is none. */
    static String longest(Document doc) {
        return doc.paragraphs().stream().max(Comparator.comparingInt(String::length)).orElse("");
    }

    /** Every text the document kept: title, subtitle, paragraphs and discarded blocks. */
    static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        doc.title().ifPresent(texts::add);
        doc.subtitle().ifPresent(texts::add);
        texts.addAll(doc.paragraphs());
        doc.discarded().forEach(d -> texts.add(d.text()));
        return texts;
    }

    /** Writes {@code prefix}, then {@code unit} until at least {@code bytes} bytes, then {@code suffix}. */
    static void repeat(Path file, String prefix, String unit, long bytes, String suffix) throws IOException {
        byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = unit.repeat(Math.max(1, 65_536 / unitBytes.length)).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written + chunk.length <= bytes) {
                out.write(chunk);
                written += chunk.length;
            }
            while (written < bytes) {
                out.write(unitBytes);
                written += unitBytes.length;
            }
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void nested(Path file, String open, String close, int depth) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<!DOCTYPE html><html><body>");
            for (int i = 0; i < depth; i++) {
                out.write(open);
            }
            out.write("Deep text at the bottom.");
            for (int i = 0; i < depth; i++) {
                out.write(close);
            }
            out.write("</body></html>");
        }
    }

    /** Paragraphs of words with quotation marks of every kind scattered among them, none of them balanced. */
    private static void unbalancedQuotes(Path file) throws IOException {
        Random random = new Random(20220304);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            long written = 0;
            while (written < 2_000_000) {
                StringBuilder paragraph = new StringBuilder();
                int words = 20 + random.nextInt(200);
                for (int w = 0; w < words; w++) {
                    if (random.nextInt(6) == 0) {
                        paragraph.append(QUOTE_MARKS[random.nextInt(QUOTE_MARKS.length)]);
                    }
                    paragraph.append(WORDS[random.nextInt(WORDS.length)]);
                    if (random.nextInt(7) == 0) {
                        paragraph.append(QUOTE_MARKS[random.nextInt(QUOTE_MARKS.length)]);
                    }
                    paragraph.append(random.nextInt(9) == 0 ? ", " : " ");
                }
                paragraph.append(random.nextBoolean() ? "he said.\n\n" : "\u201d\n\n");
                out.write(paragraph.toString());
                written += paragraph.length();
            }
        }
    }
}
