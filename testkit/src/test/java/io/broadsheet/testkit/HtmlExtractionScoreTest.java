package io.broadsheet.testkit;

import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores HTML main-content extraction the way it is measured on real news pages: the word 4-shingle F1 of the
 * extracted body against a hand-made body ({@code NAME.expected.body}, paragraphs separated by blank lines),
 * averaged over the article fixtures that have one.
 */
class HtmlExtractionScoreTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/article");
    private static final int SHINGLE = 4;

    @Test
    void meanShingleF1OnTheHtmlFixturesIsAtLeast093() throws IOException {
        DocumentParser parser = Documents.parser().build();
        List<Path> pages;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
        double sum = 0;
        StringBuilder report = new StringBuilder();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            Path expectedFile = page.resolveSibling(name.substring(0, name.length() - ".html".length())
                    + ".expected.body");
            String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
            Document document = parser.parse(page);
            double f1 = f1(String.join("\n\n", document.paragraphs()), expected);
            sum += f1;
            report.append(String.format(Locale.ROOT, "%n  %.3f  %s", f1, name));
        }
        double mean = sum / pages.size();
        System.out.printf(Locale.ROOT, "HTML extraction, word-shingle F1 per page:%s%n  mean %.3f over %d pages%n",
                report, mean, pages.size());
        assertThat(mean).as("mean shingle F1 over %d pages:%s", pages.size(), report).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theScorerItselfGivesOneForEqualTextsAndZeroForDisjointOnes() {
        String text = "The board voted on Wednesday to make the tram free for all riders.";
        assertThat(f1(text, text)).isEqualTo(1.0);
        assertThat(f1(text, "Completely different words appear in this other sentence here.")).isZero();
        assertThat(f1(text + " Advertisement and other words nobody wanted here at all.", text))
                .isStrictlyBetween(0.5, 1.0);
    }

    /** F1 of the multisets of word 4-shingles (lower case, letters and digits only). */
    static double f1(String actual, String expected) {
        Map<String, Integer> got = shingles(actual);
        Map<String, Integer> want = shingles(expected);
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotTotal == 0 || wantTotal == 0) {
            return gotTotal == wantTotal ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) common / gotTotal;
        double recall = (double) common / wantTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        Map<String, Integer> shingles = new HashMap<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.merge(String.join(" ", words.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return shingles;
    }
}
