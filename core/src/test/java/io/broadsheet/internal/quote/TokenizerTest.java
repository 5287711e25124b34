package io.broadsheet.internal.quote;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private final Lexicon lexicon = Lexicon.standard();

    private Token[] tokenize(String text) {
        return Tokenizer.tokenize(lexicon, new Word.Table(), text, List.of(), 0, 0, 0);
    }

    private List<String> texts(String text) {
        return Arrays.stream(tokenize(text)).map(Token::text).toList();
    }

    @Test
    void marksInsideAWordJoinItAndSpacesEndIt() {
        assertThat(texts("O'Brien and al-Sisi met S&P in the U.S. on 2.5 deals."))
                .containsExactly("O'Brien", "and", "al-Sisi", "met", "S&P", "in", "the", "U.S.", "on", "2.5",
                        "deals", ".");
    }

    @Test
    void possessivesAndTrailingMarksAreTokensOfTheirOwn() {
        assertThat(texts("Smith's aides' view - fine"))
                .containsExactly("Smith", "'s", "aides", "'", "view", "\u2014", "fine");
    }

    @Test
    void aCapitalisedWordAfterAPeriodStartsTheNextSentence() {
        Token[] tokens = tokenize("He left. She stayed. and then");

        assertThat(Arrays.stream(tokens).mapToInt(Token::sentence).toArray())
                .containsExactly(0, 0, 0, 1, 1, 1, 1, 1);
    }

    @Test
    void manyTokensGrowTheArrayAndKeepTheirOrder() {
        String text = "a ".repeat(500).strip();

        Token[] tokens = tokenize(text);

        assertThat(tokens).hasSize(500);
        assertThat(tokens[499].begin()).isEqualTo(998);
    }
}
