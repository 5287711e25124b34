package io.broadsheet.spi;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ContactReader#isName} reads words in place; this checks it against the plain definition (split at
 * spaces, lower-case each word, look it up) on random texts built from the characters the scan treats apart.
 */
class ContactReaderNameDifferentialTest {

    private static final Set<String> ROLE_WORDS = ContactReader.ROLE_WORDS;

    private static final String[] PIECES = {"A", "a", "Z", "z", " ", " ", "  ", "-", "'", "\u2019", ".", "1", "\u24B6",
        "\u2160", "\u0130", "\u00C9", "\u00E9", "\u212A", "\u017F", "\u03A3", "Peter", "STANO", "Inc", "INC.", "Press",
        "Attach\u00C9", "Of", "\u0130nc", "Head", "Mary-Ann", "O'Neill", "J.", "de", "von", "da", "\uD835\uDC00"};

    /** The definition isName had before it scanned in place, with surname particles between its words. */
    private static boolean reference(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (w > 0 && w < words.length - 1 && ContactReader.NAME_PARTICLES.contains(word)) {
                continue;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                    return false;
                }
            }
            if (ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void agreesWithTheDefinitionOnRandomTexts() {
        Random random = new Random(20261122L);
        int names = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            boolean expected = reference(text);
            names += expected ? 1 : 0;
            assertThat(ContactReader.isName(text)).as("'%s'", text).isEqualTo(expected);
        }
        // The texts must exercise both answers.
        assertThat(names).isGreaterThan(1_000);
    }
}
