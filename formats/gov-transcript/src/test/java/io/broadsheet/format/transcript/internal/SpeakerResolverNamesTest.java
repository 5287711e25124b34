package io.broadsheet.format.transcript.internal;

import io.broadsheet.Speaker;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How the resolver reads names and roles in introductions that are not in English order or shape. */
class SpeakerResolverNamesTest {

    /** Guards: "PM Tan" after "Prime Minister Tan Wei Ming" resolved to "Tan". */
    @Test
    void givenNamesAfterTheFamilyName() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Doorstop Interview with Prime Minister Tan Wei Ming at the Opening");
        assertThat(resolver.resolve(plain("PM Tan: It will help.")))
                .isEqualTo(Speaker.person("Tan Wei Ming", "Prime Minister"));
    }

    /** Guards: Japan's government prints the family name in capitals: "MORI Kenji". */
    @Test
    void aFamilyNameInCapitalsIsSpeltAsAName() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Press Conference by Chief Cabinet Secretary MORI Kenji");
        assertThat(resolver.resolve(read("CHIEF CABINET SECRETARY MORI: Good morning.")).name())
                .isEqualTo("Mori Kenji");
    }

    /** A headline's capitalised verb after a surname is no given name. */
    @Test
    void aHeadlineVerbIsNoGivenName() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Secretary Blinken Meets Foreign Minister Hayashi");
        assertThat(resolver.resolve(read("SECRETARY BLINKEN: Thank you.")).name()).isEqualTo("Blinken");
    }

    /** Guards: "Governor of Tula Region Sergei Lagunov" gave Lagunov's turn no role. */
    @Test
    void aRolesPlaceStandsBetweenTheRoleAndTheName() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Meeting with Governor of Tula Region Sergei Lagunov");
        resolver.addIntroduction("Mayor of Moscow Pavel Sorokin opened the exhibition.");
        assertThat(resolver.resolve(plainOrName("Sergei Lagunov: Thank you.")))
                .isEqualTo(Speaker.person("Sergei Lagunov", "Governor of Tula Region"));
        assertThat(resolver.resolve(read("MAYOR SOROKIN: Welcome.")))
                .isEqualTo(Speaker.person("Pavel Sorokin", "Mayor of Moscow"));
    }

    /** Guards: "the Presidential Spokesperson, Mr Sipho Dlamini" gave Dlamini's turn no role. */
    @Test
    void aRoleBeforeTheNameAndAComma() {
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.addIntroduction("Sipho Dlamini");
        resolver.addSpoken("I will hand over to the Presidential Spokesperson, Mr Sipho Dlamini, to give an overview.");
        assertThat(resolver.resolve(plainOrName("Sipho Dlamini: Thank you.")))
                .isEqualTo(Speaker.person("Sipho Dlamini", "Presidential Spokesperson"));
    }

    private static SpeakerLabel read(String text) {
        return SpeakerLabel.read(block(text)).orElseThrow();
    }

    private static SpeakerLabel plain(String text) {
        return SpeakerLabel.readPlain(block(text)).orElseThrow();
    }

    private static SpeakerLabel plainOrName(String text) {
        return SpeakerLabel.readPlainOrName(block(text)).orElseThrow();
    }

    private static Block block(String text) {
        return new Block(BlockKind.PARAGRAPH, text, List.of(text), 0, 0, Optional.empty(), true);
    }
}
