package io.broadsheet.formats.conformance;

import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.Turn;
import io.broadsheet.format.pressnote.EuPressNoteFormat;
import io.broadsheet.format.transcript.GovTranscriptFormat;
import io.broadsheet.format.wire.WireReleaseFormat;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in provider against every seed, every format module's fixtures and a few ordinary news articles:
 * each provider claims (confidence at or above the parser's 0.5) its own kind of document and nothing else, and
 * the parser with all of them discovered picks the right one.
 */
class DetectionMatrixTest {

    private static final Path ROOT = Path.of("../..");
    private static final List<FormatProvider> PROVIDERS = List.of(new WireReleaseFormat(), new GovTranscriptFormat(),
            new EuPressNoteFormat());
    private static final double CLAIM = DocumentParser.Builder.DEFAULT_MINIMUM_CONFIDENCE;
    private static final Map<String, String> SEEDS = Map.of(
            "000_b771ea30679b41be.txt", WireReleaseFormat.ID,
            "001_ce091b35810f9387.txt", "article",
            "002_6d258a3b472bd032.txt", GovTranscriptFormat.ID,
            "003_40a9bdd9697bc187.txt", "article",
            "004_617e6239e9021492.txt", EuPressNoteFormat.ID);
    private static final Set<String> INPUT_SUFFIXES = Set.of(".txt", ".md", ".html", ".htm");

    @TestFactory
    Stream<DynamicTest> eachProviderClaimsOnlyItsOwnKind() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.expected + " <- " + c.file, () -> {
            SourceDocument source = load(c.file);
            for (FormatProvider provider : PROVIDERS) {
                double confidence = provider.detect(source);
                assertThat(confidence).isBetween(0.0, 1.0);
                if (provider.id().equals(c.expected)) {
                    assertThat(confidence).as("%s should claim %s", provider.id(), c.file).isGreaterThanOrEqualTo(CLAIM);
                } else {
                    assertThat(confidence).as("%s should not claim %s", provider.id(), c.file).isLessThan(CLAIM);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> discoveredProvidersPickTheRightFormat() {
        DocumentParser parser = Documents.parser().attributeQuotes(false).build();
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.expected + " <- " + c.file, () -> {
            Document document = parser.parse(c.file);
            assertThat(document.format()).isEqualTo(c.expected);
            assertAccountsForEveryBlock(document, load(c.file));
            assertTurnsPartitionTheBody(document);
        }));
    }

    @Test
    void theParserDiscoversAllThreeFormats() {
        assertThat(Documents.parser().build().providers()).extracting(FormatProvider::id)
                .contains(WireReleaseFormat.ID, GovTranscriptFormat.ID, EuPressNoteFormat.ID);
    }

    /** Every block is a paragraph or a discarded block (some blocks hold several discarded lines). */
    private static void assertAccountsForEveryBlock(Document document, SourceDocument source) {
        if (document.format().equals("article")) {
            return;
        }
        assertThat(document.paragraphs().size() + document.discarded().size())
                .as("paragraphs + discarded of %s", document.source())
                .isGreaterThanOrEqualTo(source.blocks().size());
        assertThat(document.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
    }

    private static void assertTurnsPartitionTheBody(Document document) {
        if (document.turns().isEmpty()) {
            return;
        }
        int next = document.turns().get(0).firstParagraph();
        for (Turn turn : document.turns()) {
            assertThat(turn.firstParagraph()).isEqualTo(next);
            assertThat(turn.paragraphs())
                    .isEqualTo(document.paragraphs().subList(next, next + turn.paragraphs().size()));
            next += turn.paragraphs().size();
        }
        assertThat(next).isEqualTo(document.paragraphs().size());
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        SEEDS.forEach((name, expected) -> cases.add(new Case(ROOT.resolve("seeds").resolve(name), expected)));
        for (FormatProvider provider : PROVIDERS) {
            String module = provider.id();
            inputs(ROOT.resolve("formats").resolve(module).resolve("src/test/resources/fixtures"))
                    .forEach(file -> cases.add(new Case(file, module)));
        }
        inputs(Path.of("src/test/resources/articles")).forEach(file -> cases.add(new Case(file, "article")));
        cases.sort((a, b) -> a.file.compareTo(b.file));
        return cases;
    }

    private static List<Path> inputs(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                return dot > 0 && INPUT_SUFFIXES.contains(name.substring(dot)) && !name.endsWith(".expected.json");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a file the way the parser does, through the public API only: a provider registered for the purpose
     * records the source it is asked to detect and claims nothing.
     */
    private static SourceDocument load(Path file) throws IOException {
        SourceRecorder recorder = new SourceRecorder();
        Documents.parser().discoverFormats(false).attributeQuotes(false).format(recorder).build().parse(file);
        return recorder.source;
    }

    private record Case(Path file, String expected) {
    }

    /** Claims nothing; keeps the last source it was shown. */
    private static final class SourceRecorder implements FormatProvider {
        private SourceDocument source;

        @Override
        public String id() {
            return "source-recorder";
        }

        @Override
        public double detect(SourceDocument source) {
            this.source = source;
            return 0;
        }

        @Override
        public Document parse(SourceDocument source) {
            throw new AssertionError("the recorder claims nothing");
        }
    }
}
