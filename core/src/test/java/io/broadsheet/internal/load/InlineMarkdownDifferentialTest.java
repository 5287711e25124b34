package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iterative {@link InlineMarkdown#strip} gives exactly what the recursive original gave, text and leading
 * bold run, on random lines dense with markers, entities and nesting, and on lines longer than the closer window.
 */
class InlineMarkdownDifferentialTest {

    private static final String[] PIECES = {
        "*", "**", "_", "__", "[", "]", "(", ")", "](", "<", ">", "\\", "\\*", "\\_", "&", "&amp;", "&lt;", "&#65;",
        "&T", "& ", "amp;", "a", "b", "word", " ", "  ", "\t", "#", "<http://x.example>", "<https://y>",
        "<mailto:a@b.c>", "mailto:", "http://", "é", "\u00A0", "1", ".", "x", "\u201c", "[a](b)", "**Lead:**",
    };

    @Test
    void matchesTheRecursiveOriginalOnRandomLines() {
        Random random = new Random(20241122);
        for (int round = 0; round < 200_000; round++) {
            assertSame(RandomText.of(random, PIECES, round % 10 == 0 ? 400 : 30));
        }
    }

    @Test
    void matchesTheRecursiveOriginalOnTypicalLines() {
        for (String line : new String[] {
            "**WASHINGTON** - The *minister* said [today](https://x.example/a_b) that __AT&T__ & co. <https://z>.",
            "  **Q:**  What about _this_ and \\*that\\*?", "**", "****", "**a**b**c**", "*a **b** c*",
            "__a _b_ c__", "[**bold link**](u)", "[a [b](c)](d)", "&amp;lt;", "**&amp;lt;**", "x*y*z", "*x*y",
            "_ a_", "snake_case_name and *emph*", "[](x)", "<http://a b>", "AT&T&amp;", "**<mailto:x@y.z>**",
        }) {
            assertSame(line);
        }
    }

    private static void assertSame(String line) {
        InlineMarkdownReference.Result expected = InlineMarkdownReference.strip(line);
        InlineMarkdown.Result actual = InlineMarkdown.strip(line);
        assertThat(actual.text()).as("text of %s", line).isEqualTo(expected.text());
        assertThat(actual.leadingStrong()).as("leading strong of %s", line).isEqualTo(expected.leadingStrong());
        // the same line read in place, with markers around it that must not be looked at
        char[] framed = ("*_[<\\" + line + "*_]>\\").toCharArray();
        InlineMarkdown.Result inPlace = InlineMarkdown.strip(framed, 5, 5 + line.length());
        assertThat(inPlace.text()).as("text of %s in place", line).isEqualTo(expected.text());
        assertThat(inPlace.leadingStrong()).as("leading strong of %s in place", line).isEqualTo(expected.leadingStrong());
    }
}
