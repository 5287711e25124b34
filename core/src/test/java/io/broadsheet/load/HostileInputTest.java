package io.broadsheet.load;

import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.InputTooLargeException;
import io.broadsheet.MalformedDocumentException;
import io.broadsheet.internal.load.InlineMarkdown;
import io.broadsheet.internal.load.SourceLoader;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Nothing a user feeds in may hang the loader, overflow the stack or exhaust memory. Each input runs on a thread
 * with a small stack (so recursion over the input would fail) under a time limit that quadratic work would blow
 * by orders of magnitude.
 */
class HostileInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final long SMALL_STACK = 256 * 1024;

    private static SourceDocument load(String name, String text) {
        return onSmallStack(() -> SourceLoader.load(name, text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void hundredThousandNestedDivsLoad() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep paragraph that still reads as text.</p>"
                + "</div>".repeat(100_000) + "<p>A paragraph after all of it, with some more words.</p></body></html>";

        SourceDocument source = load("deep.html", html);

        assertThat(source.blocks()).extracting(Block::text).containsExactly(
                "Deep paragraph that still reads as text.", "A paragraph after all of it, with some more words.");
    }

    @Test
    void hundredThousandNestedInlineElementsAndTablesLoad() {
        String html = "<html><body><p>" + "<b><i><a href=x>word ".repeat(30_000) + "</p>"
                + "<table><tr><td>".repeat(20_000) + "cell text</body></html>";

        SourceDocument source = load("inline.html", html);

        assertThat(source.blocks()).isNotEmpty();
        assertThat(source.blocks().get(0).text()).startsWith("word word");
    }

    @Test
    void aMillionMarkdownMarkersCostLinearTime() {
        for (String unit : new String[] {"*", "[", "_", "**a** ", "[](", "[a](b", "<http://x", "\\", "** "}) {
            String line = unit.repeat(1_000_000 / unit.length());
            String text = onSmallStack(() -> InlineMarkdown.strip(line).text());
            assertThat(text).as(unit).isNotEmpty();
        }
    }

    @Test
    void aFiveMegabyteParagraphAndATwentyMegabyteLineLoad() {
        String sentence = "The committee met again on Tuesday, and **nothing** was [decided](https://x.example). ";
        String paragraph = sentence.repeat(5_000_000 / sentence.length());
        SourceDocument big = load("big.txt", "Title line\n\n" + paragraph + "\n\nLast paragraph.");
        assertThat(big.blocks()).hasSize(3);
        assertThat(big.blocks().get(1).text()).startsWith("The committee met again on Tuesday, and nothing was decided.");

        String line = "x".repeat(20_000_000);
        SourceDocument huge = load("line.txt", line);
        assertThat(huge.blocks()).singleElement().extracting(b -> b.text().length()).isEqualTo(20_000_000);
    }

    @Test
    void aHugeHtmlParagraphAndHugeAttributesLoad() {
        String words = "Officials said the talks, which began in May, would resume. ".repeat(80_000);
        String html = "<html><body><div class=\"" + "sidebar ".repeat(200_000) + "\" id=\"" + "x".repeat(1_000_000)
                + "\"><p>" + words + "</p></div><div style=\"" + "display:block;".repeat(100_000) + "\">"
                + "<p>Short one.</p></div></body></html>";

        SourceDocument source = load("huge.html", html);

        assertThat(source.blocks()).hasSize(2);
        assertThat(source.blocks().get(0).text()).hasSize(words.length() - 1);
    }

    @Test
    void manyParagraphsAndManyBlocksLoad() {
        String html = "<html><body>" + "<div class=\"card\"><p>Paragraph with a few words, and a comma.</p></div>"
                .repeat(100_000) + "</body></html>";

        assertThat(load("many.html", html).blocks()).hasSize(100_000);
    }

    @Test
    void randomBytesAreRefusedOrParsedWithWarnings() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            byte[] bytes = new byte[1 + random.nextInt(200_000)];
            random.nextBytes(bytes);
            try {
                SourceDocument source = onSmallStack(() -> SourceLoader.load("noise.bin", bytes, null));
                assertThat(source.warnings()).isNotEmpty();
            } catch (MalformedDocumentException e) {
                assertThat(e.source()).isEqualTo("noise.bin");
                assertThat(e.getMessage()).startsWith("noise.bin");
            }
        }
    }

    @Test
    void highBitNoiseWithoutControlBytesParsesAsWindows1252WithAWarning() {
        byte[] bytes = new byte[10_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xA0 + i % 0x5F);
        }
        SourceDocument source = onSmallStack(() -> SourceLoader.load("latin.txt", bytes, null));
        assertThat(source.warnings()).anySatisfy(w -> assertThat(w).contains("latin.txt", "invalid UTF-8"));
        Document doc = onSmallStack(() -> Documents.parser().attributeQuotes(false).build().parse(
                "latin.txt", new String(bytes, StandardCharsets.ISO_8859_1)));

        assertThat(doc.paragraphs()).isNotEmpty();
    }

    @Test
    void anInputAboveTheSizeLimitIsRefusedNamingTheFile() {
        DocumentParser parser = Documents.parser().maxInputBytes(1000).build();

        assertThatThrownBy(() -> parser.parse("big.txt", "word ".repeat(1000)))
                .isInstanceOfSatisfying(InputTooLargeException.class, e -> {
                    assertThat(e.size()).hasValue(5000);
                    assertThat(e.limit()).isEqualTo(1000);
                })
                .hasMessageStartingWith("big.txt")
                .hasMessageContaining("input is 5000 bytes, more than the limit of 1000");
    }

    @Test
    void aStreamAboveTheSizeLimitIsRefusedWithoutClaimingASizeNobodyRead() {
        // the stream is read up to the limit and one byte more, so '1001 bytes' was a size the input never had
        DocumentParser parser = Documents.parser().maxInputBytes(1000).build();
        InputStream stream = new ByteArrayInputStream("word ".repeat(1000).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> parser.parse("piped.txt", stream))
                .isInstanceOfSatisfying(InputTooLargeException.class, e -> {
                    assertThat(e.size()).isEmpty();
                    assertThat(e.overLimit()).isEqualTo("input is more than the limit of 1000 bytes");
                })
                .hasMessageStartingWith("piped.txt: input is more than the limit of 1000 bytes");
    }

    /** Runs on a thread with a small stack and a time limit; rethrows what it throws. */
    private static <T> T onSmallStack(Supplier<T> work) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            AtomicReference<T> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread thread = new Thread(null, () -> {
                try {
                    result.set(work.get());
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "small-stack", SMALL_STACK);
            thread.start();
            thread.join();
            if (failure.get() instanceof RuntimeException e) {
                throw e;
            }
            if (failure.get() != null) {
                throw new AssertionError("failed on a small stack", failure.get());
            }
            return result.get();
        });
    }
}
