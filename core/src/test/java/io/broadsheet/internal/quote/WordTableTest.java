package io.broadsheet.internal.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordTableTest {

    private final Lexicon lexicon = Lexicon.standard();
    private final Word.Table table = new Word.Table();

    @Test
    void theSameCharactersAnywhereGiveTheSameWord() {
        char[] text = "said Smith, Smith said".toCharArray();

        Word first = table.get(lexicon, text, 5, 10);
        Word second = table.get(lexicon, text, 12, 17);

        assertThat(first.text).isEqualTo("Smith");
        assertThat(second).isSameAs(first);
        assertThat(table.get(lexicon, "Mr Smith", 3, 8)).isSameAs(first);
    }

    @Test
    void aPrefixOrALongerFormIsAnotherWord() {
        char[] text = "Smiths Smith Smit".toCharArray();

        Word plural = table.get(lexicon, text, 0, 6);
        Word name = table.get(lexicon, text, 7, 12);
        Word prefix = table.get(lexicon, text, 13, 17);

        assertThat(plural.text).isEqualTo("Smiths");
        assertThat(name.text).isEqualTo("Smith");
        assertThat(prefix.text).isEqualTo("Smit");
        assertThat(table.get(lexicon, text, 0, 5)).isSameAs(name);
    }

    @Test
    void wordsWithTheSameHashStayApart() {
        // "Aa" and "BB" share String.hashCode, so they probe the same slot
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        Word aa = table.get(lexicon, "Aa".toCharArray(), 0, 2);
        Word bb = table.get(lexicon, "BB".toCharArray(), 0, 2);

        assertThat(aa.text).isEqualTo("Aa");
        assertThat(bb.text).isEqualTo("BB");
        assertThat(table.get(lexicon, "xAa".toCharArray(), 1, 3)).isSameAs(aa);
        assertThat(table.get(lexicon, "xBB".toCharArray(), 1, 3)).isSameAs(bb);
    }

    @Test
    void charsOfTheSameStringAgainLendsTheSameBufferAndAnotherStringIsCopiedIn() {
        String first = "\u201CWe will,\u201D she said.";
        String second = "Another paragraph";

        char[] once = table.charsOf(first);
        char[] again = table.charsOf(first);
        char[] other = table.charsOf(second);

        assertThat(again).isSameAs(once);
        assertThat(new String(other, 0, second.length())).isEqualTo(second);
        assertThat(new String(table.charsOf(first), 0, first.length())).isEqualTo(first);
    }
}
