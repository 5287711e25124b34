package io.broadsheet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.QuoteSource.WordEdit;
import io.broadsheet.QuoteSource.WordEdit.Op;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TraceCommandTest {

    static final String TRANSCRIPT = """
            #test-transcript

            Maria Lindqvist: The river crested at six metres overnight, higher than in 1998, and we don’t expect \
            it to fall before Thursday. Our first duty is to the families who lost their homes.

            Maria Lindqvist: We have opened twelve shelters across the valley; the army is flying in water and blankets.

            Tomas Berg: The regional fund will release forty million euros for reconstruction this week.
            """;

    static final String REPORT = """
            #test-report

            Maria Lindqvist: The minister said: “Our first duty is to the families who lost their homes.”

            Maria Lindqvist: She added: “We have set up twelve shelters across the valley,” in the morning.

            Maria Lindqvist: Lindqvist also promised that “the regional fund will release forty million euros for reconstruction”.

            Maria Lindqvist: She warned: “The dams were neglected for years by this government.”
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path transcript;
    Path report;

    @BeforeEach
    void writeFiles() throws IOException {
        transcript = write("event/transcript.txt", TRANSCRIPT);
        report = write("event/report.txt", REPORT);
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                docs.add(JSON.readTree(line));
            }
        }
        return docs;
    }

    @Test
    void jsonHasEveryDocumentWithQuoteSourcesFilled() throws IOException {
        Run run = run("trace", "--json", dir.resolve("event").toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> docs = lines(run.out());
        assertThat(docs).extracting(d -> d.get("source").asText())
                .containsExactly(report.toString(), transcript.toString());
        assertThat(docs.get(1).get("format").asText()).isEqualTo("test-transcript");

        JsonNode quotes = docs.get(0).get("quotes");
        JsonNode verbatim = quotes.get(0).get("source");
        assertThat(verbatim.get("document").asText()).isEqualTo(transcript.toString());
        assertThat(verbatim.get("fidelity").asText()).isEqualTo("verbatim");
        assertThat(verbatim.get("text").asText()).isEqualTo("Our first duty is to the families who lost their homes.");
        assertThat(verbatim.get("paragraph").asInt()).isZero();
        assertThat(verbatim.get("sourceSpeaker").get("name").asText()).isEqualTo("Maria Lindqvist");
        assertThat(verbatim.get("misattributed").asBoolean()).isFalse();

        JsonNode altered = quotes.get(1).get("source");
        assertThat(altered.get("fidelity").asText()).isEqualTo("altered");
        assertThat(altered.get("text").asText()).isEqualTo("We have opened twelve shelters across the valley");
        assertThat(altered.get("diff").toString()).contains("{\"op\":\"delete\",\"text\":\"opened\"}",
                "{\"op\":\"insert\",\"text\":\"set up\"}");

        JsonNode misattributed = quotes.get(2).get("source");
        assertThat(misattributed.get("misattributed").asBoolean()).isTrue();
        assertThat(misattributed.get("sourceSpeaker").get("name").asText()).isEqualTo("Tomas Berg");

        assertThat(quotes.get(3).get("source").isNull()).isTrue();
    }

    @Test
    void humanOutputShowsSourceFidelityDiffAndMisattribution() {
        Run run = run("trace", dir.resolve("event").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(report + "  [3 of 4 quotes traced]")
                .contains(transcript + "  [primary source: 3 paragraphs, 2 turns]")
                .contains("verbatim from " + transcript + " \u00b61 (Maria Lindqvist)")
                .contains("altered from " + transcript + " \u00b62")
                .contains("diff: We have [-opened-]{+set up+} twelve shelters across the valley")
                .contains("MISATTRIBUTED: the source's speaker is Tomas Berg")
                .contains("no primary source")
                .contains("2 documents, 1 primary source; 4 reported quotes: 2 verbatim, 1 altered, "
                        + "1 without a source, 1 misattributed");
    }

    @Test
    void primaryOptionMarksAnOrdinaryDocumentAsASource() throws IOException {
        Path statement = write("statement.txt", """
                Harbour statement

                The harbour will stay closed to tankers until the spill is contained.

                Divers are inspecting the hull of the grounded ship.
                """);
        Path coverage = write("coverage.txt", """
                #test-report

                Port Authority: The port authority said the harbour “will stay closed to tankers until the spill is contained”.
                """);
        Run unmarked = run("trace", "--json", statement.toString(), coverage.toString());
        assertThat(lines(unmarked.out()).get(1).get("quotes").get(0).get("source").isNull()).isTrue();

        Run marked = run("trace", "--json", "--primary", statement.toString(), coverage.toString());
        assertThat(marked.code()).as(marked.err()).isZero();
        List<JsonNode> docs = lines(marked.out());
        assertThat(docs).extracting(d -> d.get("source").asText())
                .containsExactly(coverage.toString(), statement.toString());
        JsonNode source = docs.get(0).get("quotes").get(0).get("source");
        assertThat(source.get("document").asText()).isEqualTo(statement.toString());
        assertThat(source.get("fidelity").asText()).isEqualTo("verbatim");
    }

    @Test
    void missingInputIsAnErrorButTheRestIsStillTraced() throws IOException {
        Run run = run("trace", "--json", dir.resolve("event").toString(), dir.resolve("nothing.txt").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nothing.txt: no such file or directory");
        assertThat(lines(run.out())).hasSize(2);
    }

    @Test
    void aFileOverTheSizeLimitNamesTheOptionThatRaisesIt() {
        // trace kept only the failure's message, which advised DocumentParser.Builder.maxInputBytes
        Run run = run("trace", "--json", "--max-input-bytes", "200", dir.resolve("event").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(transcript + ": input is ", "more than the limit of 200"
                + " (raise it with --max-input-bytes)").doesNotContain("Builder");
    }

    @Test
    void noInputIsAUsageError() {
        Run run = run("trace");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("FILE|DIR");
    }

    @Test
    void benchmarkTimesASyntheticEventAndChecksTheAnswers() {
        Run run = run("trace", "--benchmark", "400", "100", "--threads", "2");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("400 quotes against 100 paragraphs on 2 threads")
                .containsPattern("verbatim found verbatim \\d+/\\d+ \\(100\\.0%\\)");
    }

    @Test
    void compactDiffShortensLongKeptRuns() {
        assertThat(TraceCommand.compactDiff(List.of(
                new WordEdit(Op.DELETE, "This just demonstrates"),
                new WordEdit(Op.INSERT, "only shows"),
                new WordEdit(Op.KEEP, "the recklessness of this war and the importance of ending it"))))
                .isEqualTo("[-This just demonstrates-]{+only shows+} the recklessness \u2026 ending it");
    }
}
