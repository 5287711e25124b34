package io.broadsheet;

import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Provider discovery, override, ties, load failures and builder validation. */
class DocumentParserTest {

    private static final String RELEASE = "ACME WIRE RELEASE\n\nAcme announced a new product today.\n";

    @TempDir
    Path services;

    /** Claims documents that contain ACME with a fixed confidence. */
    public static class AcmeFormat implements FormatProvider {
        private final String id;
        private final double confidence;

        public AcmeFormat() {
            this("acme", 0.9);
        }

        AcmeFormat(String id, double confidence) {
            this.id = id;
            this.confidence = confidence;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public double detect(SourceDocument source) {
            return source.blocks().get(0).text().contains("ACME") ? confidence : 0;
        }

        @Override
        public Document parse(SourceDocument source) {
            Document.Builder doc = Document.builder(source.name(), id).title(source.blocks().get(0).text());
            source.blocks().stream().skip(1).forEach(b -> doc.paragraph(b.text()));
            return doc.build();
        }
    }

    /** A provider whose constructor fails, as a broken plug-in would. */
    public static class BrokenFormat extends AcmeFormat {
        public BrokenFormat() {
            throw new IllegalStateException("missing configuration file acme.properties");
        }
    }

    private ClassLoader loaderListing(String... providerClasses) throws IOException {
        Path file = services.resolve("META-INF/services/io.broadsheet.spi.FormatProvider");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", providerClasses) + "\n");
        return new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void discoversProvidersThroughServiceLoader() throws IOException {
        DocumentParser parser = Documents.parser().classLoader(loaderListing(AcmeFormat.class.getName())).build();

        Document doc = parser.parse("release.txt", RELEASE);

        assertThat(parser.providers()).extracting(FormatProvider::id).contains("acme");
        assertThat(doc.format()).isEqualTo("acme");
        assertThat(doc.title()).contains("ACME WIRE RELEASE");
    }

    @Test
    void documentsNobodyClaimsGoToTheArticleFallback() throws IOException {
        DocumentParser parser = Documents.parser().classLoader(loaderListing(AcmeFormat.class.getName())).build();

        Document doc = parser.parse("story.txt", "Local news\n\nThe council met on Tuesday to discuss the budget.\n");

        assertThat(doc.format()).isEqualTo("article");
    }

    @Test
    void userRegisteredProviderReplacesDiscoveredOneWithTheSameId() throws IOException {
        AcmeFormat mine = new AcmeFormat("acme", 0.6) {
            @Override
            public Document parse(SourceDocument source) {
                return Document.builder(source.name(), "acme").title("mine").paragraph("body").build();
            }
        };
        DocumentParser parser = Documents.parser()
                .classLoader(loaderListing(AcmeFormat.class.getName()))
                .format(mine)
                .build();

        assertThat(parser.providers()).filteredOn(p -> p.id().equals("acme")).containsExactly(mine);
        assertThat(parser.parse("release.txt", RELEASE).title()).contains("mine");
    }

    @Test
    void mostConfidentProviderWins() {
        DocumentParser parser = Documents.parser().discoverFormats(false)
                .format(new AcmeFormat("unsure", 0.6))
                .format(new AcmeFormat("sure", 0.95))
                .build();

        assertThat(parser.parse("release.txt", RELEASE).format()).isEqualTo("sure");
    }

    @Test
    void tiesGoToTheProviderRegisteredFirst() {
        DocumentParser parser = Documents.parser().discoverFormats(false)
                .format(new AcmeFormat("first", 0.8))
                .format(new AcmeFormat("second", 0.8))
                .build();

        assertThat(parser.parse("release.txt", RELEASE).format()).isEqualTo("first");
    }

    @Test
    void confidenceBelowTheThresholdDoesNotClaim() {
        DocumentParser parser = Documents.parser().discoverFormats(false)
                .format(new AcmeFormat("timid", 0.3))
                .build();

        assertThat(parser.parse("release.txt", RELEASE).format()).isEqualTo("article");
        assertThat(Documents.parser().discoverFormats(false).format(new AcmeFormat("timid", 0.3))
                .minimumConfidence(0.2).build().parse("release.txt", RELEASE).format()).isEqualTo("timid");
    }

    @Test
    void registeringAnArticleProviderReplacesTheFallback() {
        FormatProvider myArticle = new AcmeFormat("article", 0) {
            @Override
            public Document parse(SourceDocument source) {
                return Document.builder(source.name(), "article").title("my fallback").paragraph("x").build();
            }
        };
        DocumentParser parser = Documents.parser().discoverFormats(false).format(myArticle).build();

        assertThat(parser.parse("story.txt", "Just a story, told plainly.\n").title()).contains("my fallback");
    }

    @Test
    void providerThatFailsToLoadIsReportedNotSkippedSilently() throws IOException {
        DocumentParser parser = Documents.parser()
                .classLoader(loaderListing(AcmeFormat.class.getName(), BrokenFormat.class.getName(),
                        "com.example.DoesNotExist"))
                .build();

        assertThat(parser.providers()).extracting(FormatProvider::id).contains("acme");
        assertThat(parser.providerProblems()).hasSize(2);
        assertThat(parser.providerProblems()).anySatisfy(p -> assertThat(p).contains(BrokenFormat.class.getName()));
        assertThat(parser.providerProblems()).anySatisfy(p -> assertThat(p).contains("com.example.DoesNotExist"));
    }

    @Test
    void forcedFormatSkipsDetection() {
        DocumentParser parser = Documents.parser().discoverFormats(false)
                .format(new AcmeFormat("acme", 0.9))
                .forceFormat("article")
                .build();

        assertThat(parser.parse("release.txt", RELEASE).format()).isEqualTo("article");
    }

    @Test
    void unknownForcedFormatNamesTheIdAndTheKnownOnes() {
        assertThatThrownBy(() -> Documents.parser().discoverFormats(false)
                .format(new AcmeFormat("acme", 0.9)).forceFormat("wire").build())
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("'wire'")
                .hasMessageContaining("acme")
                .hasMessageContaining("article")
                .satisfies(e -> assertThat(((UnsupportedFormatException) e).tried()).containsExactly("acme", "article"));
    }

    @Test
    void builderErrorsNameTheBadValue() {
        assertThatThrownBy(() -> Documents.parser().minimumConfidence(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Documents.parser().minimumConfidence(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Documents.parser().maxInputBytes(-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
        assertThatThrownBy(() -> Documents.parser().forceFormat(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> Documents.parser().format(new AcmeFormat("dup", 1)).format(new AcmeFormat("dup", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dup'");
        assertThatThrownBy(() -> Documents.parser().format(new AcmeFormat(" ", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank id");
    }

    @Test
    void providerCrashIsWrappedWithTheSourceAndFormat() {
        FormatProvider crashing = new AcmeFormat("crashy", 1) {
            @Override
            public Document parse(SourceDocument source) {
                throw new IndexOutOfBoundsException("Index 7 out of bounds for length 3");
            }
        };
        DocumentParser parser = Documents.parser().discoverFormats(false).format(crashing).build();

        assertThatThrownBy(() -> parser.parse("release.txt", RELEASE))
                .isInstanceOf(BroadsheetException.class)
                .hasMessageContaining("release.txt")
                .hasMessageContaining("'crashy'")
                .hasCauseInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aProviderWhoseDetectionThrowsIsPassedOverAndTheDocumentSaysSo() {
        // a detection bug made EU notes come out as articles with nothing on the document to say why
        FormatProvider failing = new AcmeFormat("brittle", 0.95) {
            @Override
            public double detect(SourceDocument source) {
                throw new StringIndexOutOfBoundsException("index 1, length 1");
            }
        };
        DocumentParser parser = Documents.parser().discoverFormats(false)
                .format(failing)
                .format(new AcmeFormat("steady", 0.6))
                .build();

        Document doc = parser.parse("release.txt", RELEASE);

        assertThat(doc.format()).isEqualTo("steady");
        assertThat(doc.warnings()).singleElement().asString()
                .contains("'brittle'").contains("passed over").contains("StringIndexOutOfBoundsException");
    }

    @Test
    void inputsOverTheLimitAreRefusedWithTheirName() throws IOException {
        DocumentParser parser = Documents.parser().discoverFormats(false).maxInputBytes(10).build();

        assertThatThrownBy(() -> parser.parse("big.txt", new ByteArrayInputStream(new byte[64])))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessageContaining("big.txt")
                .hasMessageContaining("limit of 10");
    }

    @Test
    void everyEntryPointGivesTheSameDocument(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("story.txt");
        String text = "A short headline here\n\nThe body of the story follows the headline, at some length.\n";
        Files.writeString(file, text);
        DocumentParser parser = Documents.parser().discoverFormats(false).build();

        Document fromPath = parser.parse(file);
        Document fromString = parser.parse(file.toString(), text);
        Document fromStream = parser.parse(file.toString(),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromString).isEqualTo(fromPath);
        assertThat(fromStream).isEqualTo(fromPath);
        assertThat(fromPath.title()).contains("A short headline here");
    }

    @Test
    void loadingWarningsReachTheDocument() throws IOException {
        byte[] latin = "Caf\u00e9 owners said the rent was too high.\n".getBytes(StandardCharsets.ISO_8859_1);
        DocumentParser parser = Documents.parser().discoverFormats(false).build();

        Document doc = parser.parse("cafe.txt", new ByteArrayInputStream(latin));

        assertThat(doc.paragraphs()).containsExactly("Caf\u00e9 owners said the rent was too high.");
        assertThat(doc.warnings()).singleElement().asString().contains("cafe.txt").contains("windows-1252");
    }


    @Test
    void aParagraphTooLongToBeProseIsKeptButNotAttributedAndSaysSo() {
        String monster = "\u201cNo,\u201d he said. ".repeat(io.broadsheet.internal.AttributionBudget.MAX_PARAGRAPH / 10);
        String text = "\u201cWe will rebuild,\u201d said Mayor Ana Ruiz.\n\n" + monster + "\n";
        DocumentParser parser = Documents.parser().discoverFormats(false).build();

        Document doc = parser.parse("monster.txt", text);

        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.paragraphs().get(1)).isEqualTo(monster.strip());
        assertThat(doc.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("We will rebuild,"));
        assertThat(doc.warnings()).singleElement().asString()
                .contains("monster.txt").contains("paragraph 1").contains("not extracted");
    }

    @Test
    void aDocumentTooLargeToAttributeAtOnceIsAttributedInSectionsAndSaysSo() {
        String paragraph = "\u201cWe will rebuild the bridge,\u201d said Mayor Ana Ruiz of Lisbon. She spoke on Monday.\n\n";
        int copies = io.broadsheet.internal.AttributionBudget.MAX_SECTION / (paragraph.length() - 2) + 50;
        DocumentParser parser = Documents.parser().discoverFormats(false).build();

        Document doc = parser.parse("long.txt", paragraph.repeat(copies));

        assertThat(doc.paragraphs()).hasSize(copies);
        assertThat(doc.quotes()).hasSize(copies);
        Quote last = doc.quotes().get(copies - 1);
        assertThat(last.span().paragraph()).isEqualTo(copies - 1);
        assertThat(doc.textAt(last.span())).isEqualTo("We will rebuild the bridge,");
        assertThat(last.speaker()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Ana Ruiz"));
        assertThat(doc.people()).extracting(Person::name).containsOnlyOnce("Ana Ruiz");
        assertThat(doc.warnings()).singleElement().asString().contains("long.txt").contains("2 sections");
    }
}
