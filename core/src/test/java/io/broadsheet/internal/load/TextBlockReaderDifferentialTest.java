package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextBlockReader}, which reads a {@code char[]} in place, cuts every text into exactly the blocks, front
 * matter and Markdown verdict that the String-based {@link TextBlockReaderReference} cut, and gives up on the
 * same texts when asked to read only normalised text: on random texts dense with block markers, white space of
 * every kind at line edges, inline markup and characters to clean or normalise.
 */
class TextBlockReaderDifferentialTest {

    private static final String[] PIECES = {
        "word", "Word", " ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\u200B", "\u00AD", "\u001C", "\r", "\u2028",
        "\u0085", "#", "## ", "###### ", "####### ", " ##", "C#", "- ", "* ", "+ ", "-", "*", "\u2022 ", "\u25AA\u00A0", "\u2022", "**", "**Bold:**", "> ",
        ">", ">>", "1. ", "12) ", "1234. ", "3.", "[a](b)", "](", "<https://x.example>", "<http", "&amp;", "_x_",
        "\\*", "\u2019", "\u201c", "\uD83D\uDE00", "\n", "\n", "\n", "\n\n", "\n \n", "\n\t\n", ".",
    };

    @Test
    void cutsRandomTextsLikeTheStringBasedReader() {
        Random random = new Random(20241122);
        for (int round = 0; round < 100_000; round++) {
            String frontMatter = round % 7 != 0 ? ""
                    : random.nextBoolean() ? "---\ntitle: \"A t\u00EEtle\"\nauthor: x\n---\n" : " --- \nk: v\n";
            assertSame(frontMatter + RandomText.of(random, PIECES, round % 10 == 0 ? 300 : 40));
        }
    }

    @Test
    void cutsTypicalTextsLikeTheStringBasedReader() {
        for (String text : new String[] {
            "", "\n", "Title\n\nBody one.\nBody two.\n", "One\nTwo\nThree", "# Head ##\n\n- item\n- *x* y\n> quote",
            "  \t indented\u00A0line \t\n\n\u3000Next\u3000", "---\ntitle: T\n---\n# H\n\nText", "**A** b\n**C** d",
            "1. one\n2) two\n10. ten\n\n* a * b", "#\n##\n# \n#x\n>\n- \n-x", "a\r\nb\r\n", "a\u2028b", "x\u0000y",
        }) {
            assertSame(text);
        }
    }

    private static void assertSame(String text) {
        TextBlockReaderReference.Result expected = TextBlockReaderReference.readIfNormalised(text);
        // the reader gets the text in a longer array, as from the per-thread buffer, with stale chars after it
        char[] chars = (text + "\n- y\n# z").toCharArray();
        assertSame(text, expected, TextBlockReader.readIfNormalised(new PlainText(chars, text.length())));
        // and with the bytes it was decoded from, whose ASCII prefix lines may be copied from
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int asciiPrefix = 0;
        while (asciiPrefix < bytes.length && bytes[asciiPrefix] >= 0) {
            asciiPrefix++;
        }
        assertSame(text, expected,
                TextBlockReader.readIfNormalised(new PlainText(chars, text.length(), bytes, asciiPrefix)));
        String normalised = TextCleaner.normaliseLines(text, null);
        TextBlockReaderReference.Result expectedRead = TextBlockReaderReference.read(normalised);
        TextBlockReader.Result actualRead = TextBlockReader.read(normalised);
        assertThat(actualRead.blocks()).as("blocks of normalised %s", text).isEqualTo(expectedRead.blocks());
        assertThat(actualRead.frontMatter()).as("front matter of normalised %s", text)
                .isEqualTo(expectedRead.frontMatter());
        assertThat(actualRead.markdown()).as("markdown of normalised %s", text).isEqualTo(expectedRead.markdown());
    }

    private static void assertSame(String text, TextBlockReaderReference.Result expected,
                                   TextBlockReader.Result actual) {
        if (expected == null) {
            assertThat(actual).as("reading %s", text).isNull();
        } else {
            assertThat(actual).as("reading %s", text).isNotNull();
            assertThat(actual.blocks()).as("blocks of %s", text).isEqualTo(expected.blocks());
            assertThat(actual.frontMatter()).as("front matter of %s", text).isEqualTo(expected.frontMatter());
            assertThat(actual.markdown()).as("markdown of %s", text).isEqualTo(expected.markdown());
        }
    }
}
