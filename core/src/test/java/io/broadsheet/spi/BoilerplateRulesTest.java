package io.broadsheet.spi;

import io.broadsheet.DiscardReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoilerplateRulesTest {

    private final BoilerplateRules rules = BoilerplateRules.standard();

    @Test
    void recognisesTemplateTextWhateverTheApostropheOrCase() {
        assertThat(rules.classify("Your browser doesn\u2019t support HTML5")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("YOUR BROWSER DOESN'T SUPPORT HTML5 VIDEO.")).contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("Page language:")).contains(DiscardReason.NAVIGATION);
        assertThat(rules.classify("An official website of the United States government"))
                .contains(DiscardReason.BOILERPLATE);
        assertThat(rules.classify("Share")).contains(DiscardReason.NAVIGATION);
    }

    @Test
    void leavesContentAlone() {
        assertThat(rules.classify("Shares in the company fell 4% on Tuesday.")).isEmpty();
        assertThat(rules.classify("Share prices rose.")).isEmpty();
        assertThat(rules.classify("Your browser doesn't support HTML5 " + "x".repeat(BoilerplateRules.MAX_LENGTH)))
                .as("long blocks are never boilerplate").isEmpty();
    }

    @Test
    void providersExtendTheRulesWithoutChangingTheStandardSet() {
        BoilerplateRules extended = rules.with(DiscardReason.FOOTER, BoilerplateRules.Match.PREFIX, "Editorial office");

        assertThat(extended.classify("Editorial office and responsibility:")).contains(DiscardReason.FOOTER);
        assertThat(rules.classify("Editorial office and responsibility:")).isEmpty();
        assertThatThrownBy(() -> rules.with(DiscardReason.FOOTER, BoilerplateRules.Match.EXACT, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
