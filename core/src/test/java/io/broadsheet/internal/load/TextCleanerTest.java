package io.broadsheet.internal.load;

import org.junit.jupiter.api.Test;

import java.util.Random;

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

    @Test
    void cleansLinesWhoseOnlyUncleanCharactersAreNoBreakSpacesLikeAnyOtherLine() {
        String[] pieces = {"a", "\u00A0", "\u00A0\u00A0", " ", "\u2019", "\u00E9", "\uD83D\uDE00"};
        Random random = new Random(20261122);
        int fastPathLines = 0;
        for (int round = 0; round < 20_000; round++) {
            String line = RandomText.of(random, pieces, 12);
            if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(line.length() - 1) == ' ') {
                continue; // a block's line is trimmed of white space before it is cleaned
            }
            int flags = LineScan.classify(line.toCharArray(), 0, line.length());
            if ((flags & LineScan.OTHER_UNCLEAN) != 0 || (flags & LineScan.NBSP) == 0) {
                continue;
            }
            fastPathLines++;
            assertThat(TextCleaner.cleanNbsp(("[" + line + "]").toCharArray(), 1, line.length() + 1))
                    .as("%s", line).isEqualTo(TextCleaner.cleanInline(line));
        }
        assertThat(fastPathLines).isGreaterThan(1000);
        assertThat(TextCleaner.cleanNbsp("x\u00A0y\u00A0\u00A0z".toCharArray(), 0, 6)).isEqualTo("x y  z");
        assertThat(TextCleaner.cleanNbsp("\u00A0edge\u00A0".toCharArray(), 0, 6)).isEqualTo("edge");
    }

    @Test
    void flagsNoBreakSpacesApartFromTheOtherUncleanCharacters() {
        assertThat(LineScan.flags('\u00A0')).isEqualTo(LineScan.NBSP);
        assertThat(LineScan.classify("a\u00A0b".toCharArray(), 0, 3)).isEqualTo(LineScan.NBSP);
        assertThat(LineScan.classify("a\u00A0b\u2009".toCharArray(), 0, 4))
                .isEqualTo(LineScan.NBSP | LineScan.OTHER_UNCLEAN);
        assertThat(LineScan.classify("a\u00A0b ".toCharArray(), 0, 4))
                .isEqualTo(LineScan.NBSP | LineScan.OTHER_UNCLEAN);
    }
}
