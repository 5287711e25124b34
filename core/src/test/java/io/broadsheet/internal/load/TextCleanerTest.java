package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {

    /** What cleaning does to one character between letters, spelt out case by case. */
    private static String expected(char c) {
        boolean space = c == '\t' || c == '\n' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
        boolean invisible = c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD';
        boolean control = c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0;
        return space ? "a b" : invisible || control ? "ab" : "a" + c + "b";
    }

    @Test
    void cleansEveryCharacterAsSpecified() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b";
            assertThat(TextCleaner.cleanInline(text)).as("U+%04X", c).isEqualTo(expected((char) c));
            assertThat(TextCleaner.cleanInline(("[" + text + "]").toCharArray(), 1, 4)).as("U+%04X in place", c).isEqualTo(expected((char) c));
        }
    }

    @Test
    void stripsEdgeSpacesButKeepsInnerRuns() {
        assertThat(TextCleaner.cleanInline("\u00A0 two\u2009\u2009spaces\t")).isEqualTo("two  spaces");
        assertThat(TextCleaner.cleanInline("\u200Bsoft\u00ADhyphen\uFEFF")).isEqualTo("softhyphen");
        assertThat(TextCleaner.cleanInline("plain")).isEqualTo("plain");
    }
}
