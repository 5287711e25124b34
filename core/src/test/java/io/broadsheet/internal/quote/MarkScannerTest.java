package io.broadsheet.internal.quote;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkScannerTest {

    private static final List<String> PARAGRAPHS = List.of(
            "\u201CThe first part runs on,",
            "\u201CAnd ends here,\u201D she said. \u201CA second one.\u201D",
            "No quotes at all.",
            "He said \"straight marks\" too.");

    @Test
    void aQuotationRunningOverParagraphsIsMarkedOnBothSides() {
        List<MarkedSpan> spans = MarkScanner.scan(PARAGRAPHS, new Word.Table());

        assertThat(spans).extracting(MarkedSpan::paragraph).containsExactly(0, 1, 1, 3);
        assertThat(spans.get(0).continues()).isTrue();
        assertThat(spans.get(0).unclosed()).isFalse();
        assertThat(spans.get(1).continued()).isTrue();
        assertThat(spans.get(2).continued()).isFalse();
        assertThat(PARAGRAPHS.get(3).substring(spans.get(3).begin(), spans.get(3).end()))
                .isEqualTo("straight marks");
    }

    @Test
    void scanningParagraphByParagraphFindsTheSameSpans() {
        Word.Table words = new Word.Table();
        MarkScanner scanner = new MarkScanner(PARAGRAPHS, words);
        List<MarkedSpan> spans = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();

        for (int p = 0; p < PARAGRAPHS.size(); p++) {
            counts.add(scanner.scan(p, spans));
            words.charsOf("something else in between");
        }

        assertThat(counts).containsExactly(1, 2, 0, 1);
        assertThat(spans).isEqualTo(MarkScanner.scan(PARAGRAPHS, new Word.Table()));
    }

    @Test
    void singleMarksQuoteParagraphByParagraphBesideDoubleOnes() {
        List<String> paragraphs = List.of(
                "The minister called the plan \"a disgrace\" on Monday.",
                "'We will not back down,' said Anna Patel, the union's leader.",
                "\u2018It was the hardest year,\u2019 she said of the album \"Blue Nights\".",
                "He said: 'People were told it was \"improving\". It isn't.'",
                "Rock 'n' roll fans of the '90s came, and the workers' union.");

        List<MarkedSpan> spans = MarkScanner.scan(paragraphs, new Word.Table());

        assertThat(spans).extracting(s -> paragraphs.get(s.paragraph()).substring(s.begin(), s.end()))
                .containsExactly("a disgrace", "We will not back down,", "It was the hardest year,", "Blue Nights",
                        "People were told it was \"improving\". It isn't.");
    }

    @Test
    void aSingleMarkedQuotationRunsOverParagraphsOnlyWhenTheNextReopensIt() {
        List<String> paragraphs = List.of(
                "She said: 'We were sold a system that didn't work.",
                "'It was a mistake.'",
                "He said: 'This opens and never closes.",
                "Nothing reopens it here.");

        List<MarkedSpan> spans = MarkScanner.scan(paragraphs, new Word.Table());

        assertThat(spans).extracting(MarkedSpan::paragraph).containsExactly(0, 1);
        assertThat(spans.get(0).continues()).isTrue();
        assertThat(spans.get(1).continued()).isTrue();
    }
}
