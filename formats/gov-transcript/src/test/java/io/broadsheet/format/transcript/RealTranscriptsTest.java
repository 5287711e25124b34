package io.broadsheet.format.transcript;

import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.Person;
import io.broadsheet.Speaker;
import io.broadsheet.SpeakerKind;
import io.broadsheet.Turn;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long real transcripts among the fixtures, whose turns are too many to spell out in expected JSON: the
 * turn structure, the speakers and the way every paragraph belongs to exactly one turn.
 */
class RealTranscriptsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final DocumentParser PARSER = Documents.parser().attributeQuotes(false).build();

    @Test
    void dailyBriefingAlternatesSpokespersonAndQuestions() throws IOException {
        Document doc = PARSER.parse(FIXTURES.resolve("state-dept-press-briefing-2022-07-21.html"));

        assertThat(speakerNames(doc)).containsExactlyInAnyOrder("Ned Price", "Questioner");
        Turn first = doc.turns().get(0);
        assertThat(first.speaker()).isEqualTo(Speaker.person("Ned Price", "Department Spokesperson"));
        assertThat(first.paragraphs()).containsExactly(
                "Good afternoon, or good evening, as the case might be. Very sorry for the delay.");
        assertThat(doc.turns().get(1).speaker().kind()).isEqualTo(SpeakerKind.UNKNOWN);
        assertThat(doc.turns().get(1).paragraphs()).containsExactly("(Off-mike.)");
        // "Before we begin, ..." and three more paragraphs continue Price's second turn until the next label.
        assertThat(doc.turns().get(2).paragraphs()).hasSize(5);
        assertThat(doc.people()).extracting(Person::name).containsExactly("Ned Price");
        assertEveryParagraphInOneTurn(doc);
    }

    @Test
    void jointPressAvailabilityKeepsInterpretedTurnsWithoutTheirNotes() throws IOException {
        Document doc = PARSER.parse(FIXTURES.resolve("state-blinken-jpa-rok-japan-2022-02-13.html"));

        assertThat(doc.turns()).extracting(Turn::label).startsWith("SECRETARY BLINKEN", "FOREIGN MINISTER CHUNG",
                "FOREIGN MINISTER HAYASHI", "MR PRICE", "QUESTION");
        assertThat(speakerNames(doc)).containsExactlyInAnyOrder("Blinken", "Chung", "Hayashi", "Price",
                "Questioner", "Interpreter");
        Turn chung = doc.turns().get(1);
        assertThat(chung.speaker()).isEqualTo(Speaker.person("Chung", "Foreign Minister"));
        assertThat(chung.paragraphs().get(0)).startsWith("Thank you. This U.S-Japan-Republic of Korea");
        // The label printed with two spaces, "FOREIGN  MINISTER CHUNG", is the same speaker.
        assertThat(doc.turns()).extracting(Turn::label).doesNotContain("FOREIGN  MINISTER CHUNG");
        assertThat(doc.turns().get(doc.turns().size() - 1).paragraphs())
                .containsExactly("Thanks, everyone. I invite you to go outside and enjoy the day.");
        assertEveryParagraphInOneTurn(doc);
    }

    @Test
    void whiteHouseBriefingReadsBareQuestionLabels() throws IOException {
        Document doc = PARSER.parse(FIXTURES.resolve("wh-press-briefing-kjp-raimondo-2021-11-09.txt"));

        // The front matter's folded title names both principals in full.
        assertThat(doc.title()).contains("Press Briefing by Principal Deputy Press Secretary Karine Jean-Pierre and "
                + "Commerce Secretary Gina Raimondo");
        assertThat(speakerNames(doc)).containsExactlyInAnyOrder("Karine Jean-Pierre", "Gina Raimondo", "Questioner");
        assertThat(doc.turns().get(1).label()).isEqualTo("Q");
        assertThat(doc.turns().get(1).paragraphs()).containsExactly("Good afternoon!  (Laughter.)");
        assertThat(doc.turns().get(3).speaker()).isEqualTo(Speaker.person("Gina Raimondo", "Commerce Secretary"));
        assertEveryParagraphInOneTurn(doc);
    }

    private static Set<String> speakerNames(Document doc) {
        return doc.turns().stream().map(t -> t.speaker().name()).collect(Collectors.toSet());
    }

    /** Turns partition the body: consecutive, non-overlapping, covering every paragraph. */
    private static void assertEveryParagraphInOneTurn(Document doc) {
        int next = 0;
        for (Turn turn : doc.turns()) {
            assertThat(turn.firstParagraph()).isEqualTo(next);
            List<String> body = doc.paragraphs().subList(next, next + turn.paragraphs().size());
            assertThat(turn.paragraphs()).isEqualTo(body);
            next += turn.paragraphs().size();
        }
        assertThat(next).isEqualTo(doc.paragraphs().size());
    }
}
