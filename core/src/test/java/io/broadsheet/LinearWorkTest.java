package io.broadsheet;

import io.broadsheet.internal.WorkCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsing work grows linearly with the input: eight times the body costs at most about eight times the work.
 * Work is counted by the stages themselves through {@link WorkCounter} (characters scanned, rules evaluated),
 * not timed, so the test is exact and immune to a busy machine.
 */
class LinearWorkTest {

    /** Eight times the input may cost this much more work: 8 plus a tenth for fixed per-document costs. */
    private static final double MAX_RATIO = 8.8;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "html"})
    void eightTimesTheBodyCostsAtMostEightTimesTheWork(String markup) {
        String seed = Seeds.read(Seeds.files().get(0));
        String small = grow(seed, 2, markup);
        String large = grow(seed, 16, markup);
        DocumentParser parser = Documents.parser().build();
        parser.parse("warm-up", small); // class loading and one-time set-up are not the input's work

        long smallWork = workOf(parser, small);
        long largeWork = workOf(parser, large);

        assertThat(smallWork).as("work counted for the small input").isPositive();
        double ratio = (double) largeWork / smallWork;
        assertThat(ratio).as("work ratio for 8x the input (%d vs %d units)", largeWork, smallWork)
                .isLessThanOrEqualTo(MAX_RATIO)
                .isGreaterThanOrEqualTo(4.0); // and the counter does count the body, not only fixed costs
    }

    private static long workOf(DocumentParser parser, String input) {
        WorkCounter.reset();
        Document doc = parser.parse("input", input);
        long work = WorkCounter.get();
        assertThat(doc.paragraphs()).isNotEmpty();
        return work;
    }

    /** The seed's head (before its first body paragraph), then its body paragraphs {@code copies} times. */
    static String grow(String seed, int copies, String markup) {
        List<String> blocks = Arrays.stream(seed.strip().split("\n\\s*\n")).map(String::strip).toList();
        int bodyStart = Math.min(blocks.size() - 1, blocks.size() / 4);
        String head = String.join("\n\n", blocks.subList(0, bodyStart));
        String body = String.join("\n\n", blocks.subList(bodyStart, blocks.size()));
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; i < copies; i++) {
            text.append("\n\n").append(body);
        }
        String grown = text.append('\n').toString();
        return markup.equals("html") ? Seeds.asHtml(grown) : grown;
    }
}
