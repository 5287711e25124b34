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
}
