package io.broadsheet.format.pressnote;

import io.broadsheet.Documents;
import io.broadsheet.testkit.FixtureRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Each press note in {@code fixtures/} parses to its {@code .expected.json}. The parser finds the provider by
 * discovery, so the fixtures also check detection; quote attribution is off because it is core's job and is
 * tested there.
 */
class EuPressNoteFixturesTest {

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return FixtureRunner.fixtures(Path.of("src/test/resources/fixtures"),
                Documents.parser().attributeQuotes(false).build());
    }

    /**
     * Releases of EU bodies that also bear two marks of an organisation's own release ({@code About the EIB} or
     * {@code Notes to editors} over a {@code Press contacts} heading), which wire-release claims at its own-release
     * confidence. The parser with every format picks this format for them (its confidence is higher); they live
     * outside {@code fixtures/} only because the conformance module's detection matrix wants no other provider to
     * claim a module's fixtures at all. They are parsed here with this format.
     */
    @TestFactory
    Stream<DynamicTest> releasesWithOwnReleaseMarks() {
        return FixtureRunner.fixtures(Path.of("src/test/resources/contested"),
                Documents.parser().forceFormat(EuPressNoteFormat.ID).attributeQuotes(false).build());
    }
}
