package io.broadsheet.formats.conformance;

import io.broadsheet.testkit.FixtureRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Whole web pages as a browser saves them (menus, banners, players, footers), parsed with every built-in provider
 * competing: the page must reach the right provider, and that provider must keep only the body. Format modules'
 * own fixtures cannot hold such pages when the provider's work depends on core's page reading, so they live here.
 */
class SavedPagesTest {

    @TestFactory
    Stream<DynamicTest> savedPages() {
        return FixtureRunner.fixtures(Path.of("src/test/resources/pages"));
    }
}
