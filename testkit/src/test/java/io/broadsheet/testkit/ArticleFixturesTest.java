package io.broadsheet.testkit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Core's generic article parser on its fixtures (they live here because the runner depends on core). */
class ArticleFixturesTest {

    @TestFactory
    Stream<DynamicTest> articleFixtures() {
        return FixtureRunner.fixtures(Path.of("src/test/resources/fixtures/article"));
    }
}
