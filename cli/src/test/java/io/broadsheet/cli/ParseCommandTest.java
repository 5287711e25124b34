package io.broadsheet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void jsonHasOneObjectPerDocumentInTheContractShape() throws IOException {
        write("a.txt", "Council approves budget\n\n\u201cThe budget is balanced,\u201d said Mayor Ana Ruiz.\n");
        write("nested/b.txt", "The river rose overnight. Residents were moved to the school.\n");

        int code = run("parse", "--json", dir.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            docs.add(JSON.readTree(line));
        }
        assertThat(docs).hasSize(2);
        JsonNode a = docs.get(0);
        assertThat(a.get("source").asText()).endsWith("a.txt");
        assertThat(a.get("format").asText()).isEqualTo("article");
        assertThat(a.get("title").asText()).isEqualTo("Council approves budget");
        assertThat(a.get("dateline").isNull()).isTrue();
        assertThat(a.get("paragraphs")).hasSize(1);
        for (String field : List.of("subtitle", "section", "publisher", "url", "quotes", "turns", "contacts",
                "people")) {
            assertThat(a.has(field)).as(field).isTrue();
        }
        assertThat(docs.get(1).get("source").asText()).endsWith("b.txt");
    }

    @Test
    void aFileOverTheSizeLimitNamesTheOptionThatRaisesIt() throws IOException {
        // the message used to advise DocumentParser.Builder.maxInputBytes, which a command-line user cannot call
        Path file = write("long.txt", "The river rose overnight. Residents were moved to the school.\n");

        int refused = run("parse", "--json", "--max-input-bytes", "20", file.toString());

        assertThat(refused).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString().isEqualTo("broadsheet: " + file
                + ": input is 62 bytes, more than the limit of 20 (raise it with --max-input-bytes)");

        int parsed = run("parse", "--json", "--max-input-bytes", "62", file.toString());

        assertThat(parsed).isZero();
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void aSizeLimitOutOfRangeIsAUsageError() {
        int code = run("parse", "--max-input-bytes", "0", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--max-input-bytes must be from 1 to 1073741824, was 0");
    }

    @Test
    void aBadFileIsReportedOnOneLineAndTheOthersStillParse() throws IOException {
        write("1-good.txt", "The river rose overnight. Residents were moved to the school.\n");
        Files.write(dir.resolve("2-picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        write("3-good.txt", "The bridge reopened on Friday after repairs.\n");

        int code = run("parse", "--json", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("2-picture.txt").contains("PNG");
    }

    @Test
    void documentsParsedOnSeveralThreadsPrintInInputOrderAsOnOne() throws IOException {
        // parse --json used to run on one thread whatever --threads said; in parallel it must print what one thread
        // prints, in the same order, with failures in their place
        for (int i = 0; i < 40; i++) {
            write(String.format("d%02d/story.txt", i), "Story " + i + "\n\n\u201cWe will rebuild the bridge " + i
                    + ",\u201d said Mayor Ana Ruiz. The council met on Monday.\n");
        }
        Files.write(dir.resolve("d17/z-picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        int oneCode = run("parse", "--json", "--threads", "1", dir.toString());
        String oneOut = out.toString();
        String oneErr = err.toString();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int manyCode = run("parse", "--json", "--threads", "4", dir.toString());

        assertThat(oneOut.lines()).hasSize(40);
        assertThat(oneOut.lines().findFirst().orElseThrow()).contains("d00");
        assertThat(out.toString()).isEqualTo(oneOut);
        assertThat(err.toString()).isEqualTo(oneErr).contains("z-picture.txt");
        assertThat(manyCode).isEqualTo(oneCode).isEqualTo(1);
    }

    @Test
    void summariesParsedOnSeveralThreadsMatchOneThread() throws IOException {
        for (int i = 0; i < 12; i++) {
            write("s" + (char) ('a' + i) + ".txt", "Council approves budget " + i
                    + "\n\nThe council approved the budget on Monday evening.\n");
        }
        run("parse", "--threads", "1", dir.toString());
        String one = out.toString();
        out.getBuffer().setLength(0);

        run("parse", "--threads", "3", dir.toString());

        assertThat(out.toString()).isEqualTo(one).contains("title:      Council approves budget 11");
    }

    @Test
    void missingInputsAreErrors() {
        int code = run("parse", dir.resolve("nope.txt").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("nope.txt").contains("no such file");
    }

    @Test
    void summaryNamesFormatTitleAndParagraphCount() throws IOException {
        write("a.txt", "Council approves budget\n\nThe council approved the budget on Monday evening.\n");

        assertThat(run("parse", dir.resolve("a.txt").toString())).isZero();

        assertThat(out.toString()).contains("format:     article").contains("title:      Council approves budget")
                .contains("paragraphs: 1");
    }

    @Test
    void helpAndVersionWork() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("parse");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("broadsheet ");
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertThat(run("help", "parse")).isZero();
        assertThat(run("parse", "--help")).isZero();

        assertThat(out.toString()).contains("Usage: broadsheet parse [OPTIONS] FILE|DIR...").contains("--stats")
                .contains("--threads N");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrorsThatNameThem() {
        assertThat(run("parsley", "a.txt")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("parse", "--jsn", "a.txt")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("parse", "--threads", "0", "a.txt")).isEqualTo(Main.USAGE_ERROR);

        assertThat(err.toString().lines()).containsExactly(
                "broadsheet: unknown command 'parsley'",
                "Run 'broadsheet --help' for the commands.",
                "broadsheet parse: unknown option '--jsn'",
                "Run 'broadsheet parse --help' for its options.",
                "broadsheet parse: --threads must be at least 1, was 0",
                "Run 'broadsheet parse --help' for its options.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownForcedFormatIsAUsageError() throws IOException {
        write("a.txt", "Some text here.\n");

        int code = run("parse", "--format", "nonesuch", dir.toString());

        assertThat(code).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString().lines()).singleElement().asString().contains("'nonesuch'").contains("article");
    }
}
