package io.broadsheet.spi;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabularyTest {

    private static final List<String> WORDS = List.of("european union", "hr/vp", "kiev", "brussels", "mi");
    private final Vocabulary words = Vocabulary.of(WORDS);

    @Test
    void findsWordsInAnyCase() {
        assertThat(words.foundIn("Statement on behalf of the EUROPEAN Union.")).isTrue();
        assertThat(words.foundIn("The HR/VP said")).isTrue();
        assertThat(words.foundIn("\u201cBrussels\u201d")).isTrue();
        assertThat(words.foundIn("Brussel")).isFalse();
        assertThat(words.foundIn("")).isFalse();
    }

    @Test
    void foldsExactlyAsLowerCasingTheTextWould() {
        // The Kelvin sign lower-cases to k; the dotted capital I to i and a combining dot, so it only ends a word.
        List<String> texts = List.of("\u212Aiev", "K\u0130EV", "M\u0130", "m\u0130 ", "\u0131kiev", "EUROPEAN\u00a0UNION",
                "brus\u017fels", "BRUSSELS", "Hr/Vp", "hr / vp", "\u0130", "x\u212AIEVx");
        for (String text : texts) {
            boolean expected = WORDS.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains);
            assertThat(words.foundIn(text)).as(text).isEqualTo(expected);
        }
        assertThat(words.foundIn("\u212Aiev")).isTrue();
        assertThat(words.foundIn("K\u0130EV")).isFalse();
        assertThat(words.foundIn("M\u0130")).isTrue();
    }

    @Test
    void agreesWithLowerCasingOnRandomTexts() {
        List<String> vocabulary = List.of("european commission", "eeas", "hr/vp", "q&a", "x", "mi", "meps", "kiev");
        Vocabulary v = Vocabulary.of(vocabulary);
        String[] pieces = {"e", "E", "u", "a", "s", "p", "m", "M", "i", "I", "\u0130", "\u212A", "k", "K", "\u00c9",
            "\u00e9", "q", "Q", "&", "/", "h", "r", "v", " ", "x", "European Commission", "EEAS", "HR/VP", "\u201c"};
        java.util.Random random = new java.util.Random(7);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(7); p > 0; p--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString().replace("x", random.nextBoolean() ? "x" : "y");
            boolean expected = vocabulary.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains);
            found += expected ? 1 : 0;
            assertThat(v.foundIn(text)).as(text).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(1_000).isLessThan(99_000);
    }

    @Test
    void doesNotTakeOtherCharactersForAControlCharacterInAWord() {
        // The scan's second-character filter reads characters that fold to no ASCII as NUL: the exact test decides.
        Vocabulary v = Vocabulary.of(List.of("a\u0000b"));
        assertThat(v.foundIn("xa\u201cb")).isFalse();
        assertThat(v.foundIn("xA\u0000B")).isTrue();
        assertThat(v.foundIn("A\u0000")).isFalse();
    }

    @Test
    void refusesWordsThatDoNotStartWithALetter() {
        assertThatThrownBy(() -> Vocabulary.of(List.of("/vp"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/vp");
    }
}
