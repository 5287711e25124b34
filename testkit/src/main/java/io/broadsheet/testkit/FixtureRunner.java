package io.broadsheet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.json.DocumentJson;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs fixture files through a parser and compares the result with expected JSON: the one test runner that every
 * format module shares.
 *
 * <p>A fixture is an input file ({@code name.txt}, {@code name.md} or {@code name.html}) next to
 * {@code name.expected.json}. The expected JSON is a <em>pattern</em> over the document's JSON (as written by
 * {@link DocumentJson}): every field it names must match, fields it leaves out are not checked. Objects match
 * when each expected field matches; arrays match element by element and must have the same length; scalars must
 * be equal. Some conveniences:
 * <ul>
 *   <li>{@code "speaker": "Jens Stoltenberg"} matches a speaker object by name;</li>
 *   <li>{@code "paragraphCount"}, {@code "firstParagraph"} (a prefix) and {@code "lastParagraph"} (a suffix) check
 *       the body without spelling it out;</li>
 *   <li>{@code "absent"}: strings that must not appear in any body paragraph;</li>
 *   <li>{@code "quoteCount"}: the number of quotes, when the quotes are not listed.</li>
 * </ul>
 * Every quote's offsets are checked against its paragraph whether or not the pattern mentions quotes.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> fixtures() {
 *     return FixtureRunner.fixtures(Path.of("src/test/resources/fixtures"));
 * }
 * }</pre>
 */
public final class FixtureRunner {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> INPUT_SUFFIXES = Set.of(".txt", ".md", ".html", ".htm");
    private static final String EXPECTED_SUFFIX = ".expected.json";

    private FixtureRunner() {
    }

    /**
     * @param directory a directory of fixtures
     * @return one dynamic test per fixture, parsed with the default parser (all discovered providers)
     */
    public static Stream<DynamicTest> fixtures(Path directory) {
        return fixtures(directory, Documents.parser().build());
    }

    /**
     * @param directory a directory of fixtures
     * @param parser    the parser to run them through
     * @return one dynamic test per fixture
     */
    public static Stream<DynamicTest> fixtures(Path directory, DocumentParser parser) {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(FixtureRunner::isInput).sorted().forEach(inputs::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fixtures in " + directory.toAbsolutePath(), e);
        }
        if (inputs.isEmpty()) {
            throw new IllegalStateException("no fixtures in " + directory.toAbsolutePath());
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), input.toUri(),
                () -> check(input, parser)));
    }

    /**
     * Parses one fixture and compares it with its expected JSON.
     *
     * @param input  the input file
     * @param parser the parser
     * @throws IOException if a file cannot be read
     */
    public static void check(Path input, DocumentParser parser) throws IOException {
        Path expectedFile = expectedFor(input);
        Document document = parser.parse(input);
        ObjectNode actual = DocumentJson.toTree(document);
        checkOffsets(document);
        if (!Files.exists(expectedFile)) {
            Files.writeString(expectedFile, MAPPER.writeValueAsString(actual), StandardCharsets.UTF_8);
            fail("%s had no expected JSON; wrote the actual result to %s. Review it, cut it down to what matters, "
                    + "and run again.", input, expectedFile);
        }
        JsonNode expected = MAPPER.readTree(expectedFile.toFile());
        List<String> problems = new ArrayList<>();
        match(expected, actual, "", problems);
        if (!problems.isEmpty()) {
            fail("%s does not match %s:%n  %s", input.getFileName(), expectedFile.getFileName(),
                    String.join(System.lineSeparator() + "  ", problems));
        }
    }

    private static void checkOffsets(Document document) {
        document.quotes().forEach(q -> {
            String at = document.textAt(q.span());
            if (!at.equals(q.text())) {
                fail("%s: quote text %s differs from its span %s, which holds %s", document.source(),
                        Visible.show(q.text()), q.span(), Visible.show(at));
            }
        });
    }

    static void match(JsonNode expected, JsonNode actual, String path, List<String> problems) {
        if (expected.isObject()) {
            if (path.isEmpty()) {
                matchDocumentConveniences((ObjectNode) expected, actual, problems);
            }
            if (actual == null || !actual.isObject()) {
                problems.add(path + ": want an object " + expected + ", got " + describe(actual));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (path.isEmpty() && isConvenience(key)) {
                    continue;
                }
                JsonNode want = field.getValue();
                JsonNode got = actual.get(key);
                String at = path.isEmpty() ? key : path + "." + key;
                if ((key.equals("speaker") || key.equals("sourceSpeaker")) && want.isTextual() && got != null
                        && got.isObject()) {
                    got = got.get("name");
                }
                if (got == null) {
                    problems.add(at + ": missing, want " + describe(want));
                } else {
                    match(want, got, at, problems);
                }
            }
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray()) {
                problems.add(path + ": want an array, got " + describe(actual));
                return;
            }
            if (expected.size() != actual.size()) {
                problems.add(path + ": want " + expected.size() + " elements, got " + actual.size() + ": "
                        + summarise(actual));
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                match(expected.get(i), actual.get(i), path + "[" + i + "]", problems);
            }
        } else if (!expected.equals(actual)) {
            problems.add(path + ": want " + describe(expected) + ", got " + describe(actual));
        }
    }

    private static boolean isConvenience(String key) {
        return key.equals("paragraphCount") || key.equals("firstParagraph") || key.equals("lastParagraph")
                || key.equals("absent") || key.equals("quoteCount");
    }

    private static void matchDocumentConveniences(ObjectNode expected, JsonNode actual, List<String> problems) {
        JsonNode paragraphs = actual.get("paragraphs");
        List<String> body = new ArrayList<>();
        paragraphs.forEach(p -> body.add(p.asText()));
        if (expected.has("paragraphCount") && expected.get("paragraphCount").asInt() != body.size()) {
            problems.add("paragraphCount: want " + expected.get("paragraphCount").asInt() + ", got " + body.size());
        }
        if (expected.has("firstParagraph")) {
            String want = expected.get("firstParagraph").asText();
            if (body.isEmpty() || !body.get(0).startsWith(want)) {
                problems.add("firstParagraph: want a paragraph starting " + Visible.show(want) + ", got "
                        + (body.isEmpty() ? "no paragraphs" : Visible.show(body.get(0))));
            }
        }
        if (expected.has("lastParagraph")) {
            String want = expected.get("lastParagraph").asText();
            if (body.isEmpty() || !body.get(body.size() - 1).endsWith(want)) {
                problems.add("lastParagraph: want a paragraph ending " + Visible.show(want) + ", got "
                        + (body.isEmpty() ? "no paragraphs" : Visible.show(body.get(body.size() - 1))));
            }
        }
        if (expected.has("absent")) {
            for (JsonNode absent : expected.get("absent")) {
                for (int i = 0; i < body.size(); i++) {
                    if (body.get(i).contains(absent.asText())) {
                        problems.add("absent: " + Visible.show(absent.asText()) + " is in paragraph " + i);
                    }
                }
            }
        }
        if (expected.has("quoteCount") && expected.get("quoteCount").asInt() != actual.get("quotes").size()) {
            problems.add("quoteCount: want " + expected.get("quoteCount").asInt() + ", got "
                    + actual.get("quotes").size() + ": " + summarise(actual.get("quotes")));
        }
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        return node.isTextual() ? Visible.show(node.asText()) : node.toString();
    }

    private static String summarise(JsonNode array) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : array) {
            JsonNode text = item.isObject() ? (item.has("text") ? item.get("text") : item.get("label")) : item;
            String s = text == null ? item.toString() : text.asText();
            items.add(Visible.show(s.length() > 60 ? s.substring(0, 57) + "..." : s));
        }
        return items.toString();
    }

    private static boolean isInput(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && INPUT_SUFFIXES.contains(name.substring(dot)) && Files.isRegularFile(file);
    }

    private static Path expectedFor(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + EXPECTED_SUFFIX);
    }
}
