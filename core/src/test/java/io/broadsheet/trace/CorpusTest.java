package io.broadsheet.trace;

import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.Fidelity;
import io.broadsheet.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusTest {

    private static final String STATEMENT = "The harbour will stay closed to tankers until the spill is contained.\n\n"
            + "Divers are inspecting the hull of the grounded ship, and a second boom is being laid across the bay.\n";

    @TempDir
    Path dir;

    private Path statement() throws IOException {
        Path file = dir.resolve("statement.txt");
        Files.writeString(file, STATEMENT, StandardCharsets.UTF_8);
        return file;
    }

    private static Document report(String name) {
        return Docs.report(name)
                .paragraph("The port authority said the harbour \u201cwill stay closed to tankers until the spill is contained\u201d.")
                .quote("will stay closed to tankers until the spill is contained", "Port Authority")
                .paragraph("\u201cA second boom is now being laid across the whole bay,\u201d a spokesman added.")
                .quote("A second boom is now being laid across the whole bay,", null)
                .build();
    }

    @Test
    void fileMarkedPrimaryIsTheSourceOfTheReportsQuotes() throws IOException {
        Path file = statement();
        TraceResult result = Corpus.builder().primary(file).threads(2).build().add(report("report")).trace();

        assertThat(result.primaries()).containsExactly(file.toString());
        assertThat(result.links()).hasSize(2);
        QuoteLink first = result.links().get(0);
        assertThat(first.document()).isEqualTo("report");
        assertThat(first.quoteIndex()).isZero();
        assertThat(first.source().document()).isEqualTo(file.toString());
        assertThat(first.source().fidelity()).isEqualTo(Fidelity.VERBATIM);
        QuoteLink second = result.links().get(1);
        assertThat(second.source().fidelity()).isEqualTo(Fidelity.ALTERED);
        assertThat(second.source().text()).isEqualTo("a second boom is being laid across the bay");
        assertThat(result.summary().sourced()).isEqualTo(2);
        assertThat(result.summary().primaries()).isEqualTo(1);
    }

    @Test
    void unmarkedArticleIsNoPrimarySource() throws IOException {
        Corpus corpus = Corpus.builder().threads(2).build().add(statement()).add(report("report"));
        TraceResult result = corpus.trace();
        assertThat(result.primaries()).isEmpty();
        assertThat(result.links()).isEmpty();
        assertThat(result.documents()).hasSize(2);
    }

    @Test
    void transcriptsArePrimaryWithoutBeingMarked() {
        TraceResult result = Corpus.builder().build()
                .add(SeedEvent.article()).add(SeedEvent.transcript()).trace();
        assertThat(result.primaries()).containsExactly(SeedEvent.TRANSCRIPT);
        assertThat(result.links()).extracting(l -> l.source().fidelity())
                .containsExactly(Fidelity.ALTERED, Fidelity.ALTERED, Fidelity.VERBATIM, Fidelity.ALTERED, Fidelity.ALTERED);
        assertThat(result.documents()).extracting(Document::source)
                .containsExactly(SeedEvent.ARTICLE, SeedEvent.TRANSCRIPT);
    }

    @Test
    void predicateMarksFurtherPrimaries() {
        Document notes = Docs.text("notes", "The harbour will stay closed to tankers until the spill is contained.");
        TraceResult result = Corpus.builder().primaryWhen(d -> d.source().equals("notes")).build()
                .add(notes).add(report("report")).trace();
        assertThat(result.links()).singleElement()
                .satisfies(l -> assertThat(l.source().document()).isEqualTo("notes"));
    }

    @Test
    void streamingHandsOnTheSameDocumentsInInputOrder() throws IOException {
        Path file = statement();
        Corpus corpus = Corpus.builder().primary(file).threads(3).build();
        for (int i = 0; i < 20; i++) {
            corpus.add(report("report-" + i));
        }
        TraceResult inMemory = corpus.trace();
        List<Document> streamed = new ArrayList<>();
        TraceSummary summary = corpus.trace(streamed::add);

        assertThat(streamed).isEqualTo(inMemory.documents());
        assertThat(streamed.get(20).source()).isEqualTo(file.toString());
        assertThat(summary).isEqualTo(inMemory.summary());
        assertThat(summary.documents()).isEqualTo(21);
        assertThat(summary.quotes()).isEqualTo(40);
        assertThat(summary.verbatim()).isEqualTo(20);
        assertThat(summary.altered()).isEqualTo(20);
    }

    @Test
    void unreadableInputIsReportedAndTheRestIsTraced() throws IOException {
        Path missing = dir.resolve("missing.txt");
        TraceResult result = Corpus.builder().primary(statement()).build()
                .add(missing).add(report("report")).trace();
        assertThat(result.summary().failures()).singleElement()
                .satisfies(f -> assertThat(f.input()).isEqualTo(missing.toString()));
        assertThat(result.links()).hasSize(2);
    }

    @Test
    void directoryIsAddedRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.txt"), "Second text paragraph.");
        Files.writeString(dir.resolve("a.txt"), "First text paragraph.");
        Files.writeString(dir.resolve(".hidden"), "Not read.");
        Corpus corpus = Corpus.builder().parser(Documents.parser().build()).build().addAll(dir);
        assertThat(corpus.size()).isEqualTo(2);
        assertThat(corpus.trace().documents()).extracting(Document::source)
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/two.txt").toString());
    }

    @Test
    void sameFileAddedTwiceIsReadOnce() throws IOException {
        Path file = statement();
        Corpus corpus = Corpus.builder().primary(file).build().add(file, dir.resolve("./statement.txt"));
        assertThat(corpus.size()).isEqualTo(1);
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> Corpus.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> QuoteTracer.builder().minQuoteShare(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minQuoteShare");
    }

    @Test
    void quotesKeepEverythingButTheirSource() {
        Document original = report("report");
        Document traced = QuoteTracer.index(List.of(Docs.text("s", STATEMENT.split("\n\n")))).trace(original);
        for (int i = 0; i < original.quotes().size(); i++) {
            Quote before = original.quotes().get(i);
            Quote after = traced.quotes().get(i);
            assertThat(after.withSource(null)).isEqualTo(before);
            assertThat(after.source()).isPresent();
        }
        assertThat(traced.paragraphs()).isEqualTo(original.paragraphs());
    }
}
