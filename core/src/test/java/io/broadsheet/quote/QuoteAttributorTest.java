package io.broadsheet.quote;

import io.broadsheet.Document;
import io.broadsheet.Person;
import io.broadsheet.Quote;
import io.broadsheet.Speaker;
import io.broadsheet.SpeakerKind;
import io.broadsheet.internal.WorkCounter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteAttributorTest {

    private static final List<String> ARTICLE = List.of(
            "Prime Minister Elena Marsh arrived in Lisbon on Monday for talks with her Portuguese counterpart.",
            "\u201cWe came to listen,\u201d Marsh said. \u201cAnd we came to agree on something concrete.\u201d",
            "Her host, Foreign Minister Rui Tavares, told reporters: \"The door is open, but the clock is ticking.\"",
            "Critics called the visit a \u201cphoto opportunity.\u201d The opposition leader, Ines Duarte, said the trip "
                    + "\u201cwill change nothing for fishermen in the north.\u201d",
            "\"We will see,\" she added, \"what the summer brings.\"",
            "The so-called \u201cAtlantic pact\u201d is expected to be signed in July, according to officials.");

    private static Document doc(List<String> paragraphs) {
        return Document.builder("test", "test").paragraphs(paragraphs).build();
    }

    @Test
    void countedWorkDoublesWhenTheDocumentDoubles() {
        List<String> once = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            once.addAll(ARTICLE);
        }
        List<String> twice = new ArrayList<>(once);
        twice.addAll(once);

        long single = countedWork(once);
        long doubled = countedWork(twice);

        assertThat(single).isPositive();
        assertThat((double) doubled / single).as("work ratio for a document twice as long")
                .isBetween(1.8, 2.2);
    }

    private static long countedWork(List<String> paragraphs) {
        QuoteAttributor.standard().attribute(doc(paragraphs));   // warm up the lexicon outside the count
        WorkCounter.reset();
        Document result = QuoteAttributor.standard().attribute(doc(paragraphs));
        assertThat(result.quotes()).isNotEmpty();
        return WorkCounter.get();
    }

    @Test
    void fillsPeopleOnceEachWithRolesAndMentions() {
        Document result = QuoteAttributor.standard().attribute(doc(ARTICLE));

        assertThat(result.people()).extracting(Person::name)
                .containsExactly("Elena Marsh", "Rui Tavares", "Ines Duarte");
        Person marsh = result.people().get(0);
        assertThat(marsh.roles()).containsExactly("Prime Minister");
        assertThat(marsh.mentions()).containsExactly("Prime Minister Elena Marsh", "Marsh");
        assertThat(marsh.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(result.quotes()).extracting(q -> q.speaker().map(Speaker::name).orElse(null))
                .containsExactly("Elena Marsh", "Elena Marsh", "Rui Tavares", null, "Ines Duarte", "Ines Duarte",
                        "Ines Duarte");
    }

    @Test
    void mergesPeopleTheDocumentAlreadyHas() {
        Person given = new Person("Rui Tavares", List.of("Minister for Foreign Affairs"), List.of("MR TAVARES"),
                SpeakerKind.PERSON);
        Document input = Document.builder("test", "test").paragraphs(ARTICLE).person(given).build();

        Document result = QuoteAttributor.standard().attribute(input);

        assertThat(result.people()).extracting(Person::name).containsOnlyOnce("Rui Tavares");
        Person tavares = result.people().get(0);
        assertThat(tavares.name()).isEqualTo("Rui Tavares");
        assertThat(tavares.roles()).containsExactly("Minister for Foreign Affairs", "Foreign Minister");
        assertThat(tavares.mentions()).contains("MR TAVARES", "Foreign Minister Rui Tavares");
    }

    @Test
    void everyQuoteExplainsItsRuleAndMatchesItsSpan() {
        Document result = QuoteAttributor.standard().attribute(doc(ARTICLE));

        assertThat(result.quotes()).extracting(Quote::rule).containsExactly("after-quote", "continuation",
                "colon-intro", "cue-before", "cue-before", "after-quote", "interrupted");
        assertThat(result.quotes().get(3).mention()).contains("Critics");
        assertThat(result.quotes().get(3).cue()).contains("called");
        for (Quote q : result.quotes()) {
            assertThat(result.textAt(q.span())).isEqualTo(q.text());
            assertThat(q.source()).isEmpty();
        }
    }

    @Test
    void builderAddsReportingVerbsOrganisationsAndTitles() {
        List<String> paragraphs = List.of(
                "\u201cThe harvest is late,\u201d opined Grand Vizier Omar Khayyam.",
                "\u201cRates stay where they are,\u201d the Bank of Narnia announced.");
        Document standard = QuoteAttributor.standard().attribute(doc(paragraphs));
        QuoteAttributor custom = QuoteAttributor.builder()
                .cueVerb("opine opined opines opining")
                .organisation("Bank of Narnia")
                .roleTitle("Grand Vizier")
                .build();

        Document result = custom.attribute(doc(paragraphs));

        assertThat(standard.quotes().get(0).cue()).isEmpty();
        assertThat(result.quotes()).extracting(q -> q.cue().orElse(null)).containsExactly("opined", "announced");
        assertThat(result.quotes().get(0).speaker()).contains(Speaker.person("Omar Khayyam", "Grand Vizier"));
        assertThat(result.quotes().get(1).speaker().map(Speaker::kind)).contains(SpeakerKind.ORGANISATION);
        assertThat(result.quotes().get(1).speaker().map(Speaker::name)).contains("Bank of Narnia");
    }

    @Test
    void builderRejectsBlankWords() {
        assertThatThrownBy(() -> QuoteAttributor.builder().cueVerb(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forms");
        assertThat(QuoteAttributor.builder().build()).isSameAs(QuoteAttributor.standard());
    }

    @Test
    void documentsWithoutQuotesKeepTheirParagraphs() {
        Document input = doc(List.of("The committee met on Tuesday.", "It adjourned at noon."));

        Document result = QuoteAttributor.standard().attribute(input);

        assertThat(result.quotes()).isEmpty();
        assertThat(result.paragraphs()).isEqualTo(input.paragraphs());
    }

    @Test
    void hostileMarksNeverBreakTheDocument() {
        Random random = new Random(20240607L);
        String alphabet = "ab C\"\u201c\u201d\u201e\u00ab\u00bb'\u2019,.:;  said he Smith \n";
        for (int round = 0; round < 300; round++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < random.nextInt(120); i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                paragraphs.add(text.toString());
            }
            Document result = QuoteAttributor.standard().attribute(doc(paragraphs));
            for (Quote q : result.quotes()) {
                assertThat(result.textAt(q.span())).isEqualTo(q.text());
                assertThat(q.text()).isNotBlank();
            }
        }
    }

    @Test
    void manyUnbalancedMarksStayLinear() {
        String unbalanced = "\u201cA \u201cb \u201cc said he, ".repeat(2000);
        String quotes = "\"x,\" said Smith. ".repeat(2000);
        WorkCounter.reset();
        Document result = QuoteAttributor.standard().attribute(doc(List.of(unbalanced, quotes)));
        long work = WorkCounter.get();

        assertThat(result.quotes()).hasSizeGreaterThan(1000);
        assertThat(work).isLessThan(100L * (unbalanced.length() + quotes.length()));
    }
}
