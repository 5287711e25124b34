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
