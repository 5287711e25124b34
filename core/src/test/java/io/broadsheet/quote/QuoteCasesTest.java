package io.broadsheet.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.Document;
import io.broadsheet.Person;
import io.broadsheet.Quote;
import io.broadsheet.Speaker;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the quote fixture cases in {@code src/test/resources/quotes/*.json}: each case is a few paragraphs and the
 * quotes expected from them, with text, speaker (canonical name, or {@code null} for an unnamed one), cue and
 * kind, and optionally the speaker's role and kind ({@code speakerKind}: person or organisation), the mention
 * and the rule that must decide; a case may also list the people the document names, in order.
 */
class QuoteCasesTest {

    private static final Path CASES = Path.of("src/test/resources/quotes");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicNode> cases() throws IOException {
        List<DynamicNode> groups = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                List<DynamicTest> tests = new ArrayList<>();
                for (JsonNode c : JSON.readTree(file.toFile())) {
                    tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c)));
                }
                count += tests.size();
                groups.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
            }
        }
        assertThat(count).as("number of quote cases").isGreaterThanOrEqualTo(60);
        return groups.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyPatternGroupIsCovered() {
        return Stream.of("marks", "interrupted", "multi-paragraph", "partial", "lost-marks", "not-speech", "cue-verbs",
                        "according-to", "colon-intro", "names", "pronouns", "organisations")
                .map(group -> DynamicTest.dynamicTest(group,
                        () -> assertThat(CASES.resolve(group + ".json")).exists()));
    }

    private static void run(JsonNode c) {
        List<String> paragraphs = new ArrayList<>();
        c.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        Document doc = QuoteAttributor.standard()
                .attribute(Document.builder("case", "test").paragraphs(paragraphs).build());
        if (c.has("people")) {
            List<String> people = new ArrayList<>();
            c.get("people").forEach(n -> people.add(n.asText()));
            assertThat(doc.people()).extracting(Person::name).as("people").containsExactlyElementsOf(people);
        }
        JsonNode expected = c.get("quotes");
        String found = describe(doc.quotes());
        assertThat(doc.quotes()).as("quotes found:%n%s", found).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            Quote got = doc.quotes().get(i);
            String where = "quote " + i + " of:\n" + found;
            assertThat(visible(doc.textAt(got.span()))).as("span text, " + where).isEqualTo(visible(got.text()));
            assertThat(visible(got.text())).as("text, " + where).isEqualTo(visible(want.get("text").asText()));
            String speaker = want.get("speaker").isNull() ? null : want.get("speaker").asText();
            assertThat(got.speaker().map(Speaker::name).orElse(null)).as("speaker, " + where).isEqualTo(speaker);
            if (want.has("role")) {
                String role = want.get("role").isNull() ? null : want.get("role").asText();
                assertThat(got.speaker().flatMap(Speaker::role).orElse(null)).as("role, " + where).isEqualTo(role);
            }
            if (want.has("speakerKind")) {
                assertThat(got.speaker().map(s -> s.kind().name().toLowerCase(Locale.ROOT)).orElse(null))
                        .as("speaker kind, " + where).isEqualTo(want.get("speakerKind").asText());
            }
            if (want.has("mention")) {
                assertThat(got.mention().orElse(null)).as("mention, " + where).isEqualTo(want.get("mention").asText());
            }
            String cue = want.get("cue").isNull() ? null : want.get("cue").asText();
            assertThat(got.cue().orElse(null)).as("cue, " + where).isEqualTo(cue);
            assertThat(got.kind().name().toLowerCase(Locale.ROOT)).as("kind, " + where)
                    .isEqualTo(want.get("kind").asText());
            if (want.has("rule")) {
                assertThat(got.rule()).as("rule, " + where).isEqualTo(want.get("rule").asText());
            }
        }
    }

    private static String describe(List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        for (Quote q : quotes) {
            out.append("  [").append(visible(q.text())).append("] speaker=")
                    .append(q.speaker().map(Speaker::name).orElse(null)).append(" mention=")
                    .append(q.mention().orElse(null)).append(" cue=").append(q.cue().orElse(null))
                    .append(" kind=").append(q.kind()).append(" rule=").append(q.rule()).append('\n');
        }
        return out.toString();
    }

    /** Shows curly quotes, apostrophes and other non-ASCII characters as escapes, so failures can be read. */
    static String visible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out.toString();
    }
}
