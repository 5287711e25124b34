package io.broadsheet.internal.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cue-verb lines are split by hand exactly as {@code split("\\s+")} split them before. */
class LexiconSplitTest {

    @Test
    void splitsAtRunsOfRegexWhiteSpaceLikeTheRegexDid() {
        for (String line : new String[] {"say said says saying", "point pointed\t+out  points\u000Bpointing",
                "naming call called\f calls\r\ncalling", "single", "non\u00A0breaking stays\u2003one"}) {
            assertThat(Lexicon.splitAtSpaces(line)).containsExactly(line.split("\\s+"));
        }
    }

    @Test
    void anEmptyLineHasNoWords() {
        assertThat(Lexicon.splitAtSpaces("")).isEmpty();
    }
}
