package io.broadsheet.format.transcript.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver cuts words as {@code String.split(" ")} does, without calling it. */
class SpeakerResolverWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "BLINKEN", "VAN DER LEYEN", "DE  GAULLE", " PRICE", "PRICE  ", " ", "   ",
            "A B C ", "Secretary of State"})
    void cutsWordsAsSplitAtSpaceWould(String text) {
        List<String> expected = List.of(text.split(" "));

        assertThat(SpeakerResolver.splitAtSpaces(text)).containsExactlyElementsOf(expected);
        assertThat(SpeakerResolver.wordCount(text)).isEqualTo(expected.size());
    }
}
