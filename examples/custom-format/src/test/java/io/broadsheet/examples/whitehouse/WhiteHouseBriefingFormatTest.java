package io.broadsheet.examples.whitehouse;

import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.testkit.FixtureRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example provider is used because its jar (here: its classes and services file) is on the class path, and
 * only then.
 */
class WhiteHouseBriefingFormatTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path BRIEFING = FIXTURES.resolve("briefing-whitcomb-haddad.md");

    @Test
    void documentsParsePicksTheProviderFromTheClassPath() throws IOException {
        Document doc = Documents.parse(BRIEFING);

        assertThat(doc.format()).isEqualTo(WhiteHouseBriefingFormat.ID);
    }

    @Test
    void withoutDiscoveryTheSameFileIsAnOrdinaryArticle() throws IOException {
        Document doc = Documents.parser().discoverFormats(false).build().parse(BRIEFING);

        assertThat(doc.format()).isEqualTo("article");
        assertThat(doc.turns()).isEmpty();
    }

    @Test
    void serviceLoaderListsTheProvider() {
        assertThat(ServiceLoader.load(FormatProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(WhiteHouseBriefingFormat.class);
    }

    @Test
    void readsTurnsWithNamesFromTheTitle() throws IOException {
        Document doc = Documents.parser().attributeQuotes(false).build().parse(BRIEFING);

        assertThat(doc.title()).contains(
                "Press Briefing by Press Secretary Dana Whitcomb and National Security Advisor Omar Haddad");
        assertThat(doc.turns()).extracting(Turn::label)
                .containsExactly("MS. WHITCOMB", "MR. HADDAD", "Q", "MR. HADDAD", "Q", "MS. WHITCOMB");
        assertThat(doc.turns().get(0).speaker()).isEqualTo(Speaker.person("Dana Whitcomb", null));
        assertThat(doc.turns().get(1).paragraphs()).hasSize(2);
        assertThat(doc.turns().get(2).speaker().name()).isEqualTo("Questioner");
        assertThat(doc.paragraphs()).hasSize(7).noneMatch(p -> p.startsWith("END"));
    }

    @Test
    void dropsTheInterpreterNoteThatOpensATurn() throws IOException {
        Document doc = Documents.parser().attributeQuotes(false).build()
                .parse(FIXTURES.resolve("wh-biden-macron-joint-press-conference-2022-12-01.txt"));

        Turn macron = doc.turns().stream().filter(t -> t.label().equals("PRESIDENT MACRON")).findFirst().orElseThrow();
        assertThat(macron.paragraphs().get(0)).doesNotStartWith("(As interpreted");
        assertThat(macron.speaker()).isEqualTo(Speaker.person("Macron", "President"));
    }

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return FixtureRunner.fixtures(FIXTURES, Documents.parser().attributeQuotes(false).build());
    }
}
