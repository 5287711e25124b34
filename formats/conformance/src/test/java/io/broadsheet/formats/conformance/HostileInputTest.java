package io.broadsheet.formats.conformance;

import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.format.pressnote.EuPressNoteFormat;
import io.broadsheet.format.transcript.GovTranscriptFormat;
import io.broadsheet.format.wire.WireReleaseFormat;
import io.broadsheet.spi.FormatProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Large, repetitive inputs built to find quadratic corners (thousands of distinct speaker labels, a huge
 * header, endless contact lines, unclosed brackets) parse with every provider forced, within a bound far above
 * what linear work needs. The bound is a guard against hangs, not a benchmark.
 */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    static Stream<String> inputs() {
        String labels = IntStream.range(0, 20_000).mapToObj(i -> "SECRETARY SURNAME" + letters(i) + ":  Text " + i + ".")
                .reduce(new StringBuilder(), (sb, s) -> sb.append(s).append("\n\n"), StringBuilder::append).toString();
        String header = "Remarks by " + "Secretary Antony Blinken and ".repeat(40_000) + "\n\nSECRETARY BLINKEN: Hi.\n";
        String contacts = "Title line\n\nA body paragraph that ends like a sentence and is long enough to count as prose.\n\n"
                + "Peter Stano\nLead Spokesperson\n+32 (0)460 75 45 53\n".repeat(30_000);
        String brackets = "(".repeat(500_000) + " - " + ")".repeat(500_000);
        String oneParagraph = "WASHINGTON (Reuters) - " + "word ".repeat(400_000);
        String dashes = "- ".repeat(300_000) + "\n\n" + ": ".repeat(300_000);
        // a contact-shaped block whose one line holds a number in brackets again and again
        String bracketedNumbers = "Title line\n\nA body paragraph that ends like a sentence and is long enough to "
                + "count as prose.\n\nPeter Stano " + "(+32 2 295 12 34) ".repeat(200_000) + "\n";
        return Stream.of(labels, header, contacts, brackets, oneParagraph, dashes, bracketedNumbers);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyProviderFinishes(String input) {
        for (FormatProvider provider : List.of(new WireReleaseFormat(), new GovTranscriptFormat(),
                new EuPressNoteFormat())) {
            Document document = assertTimeoutPreemptively(BOUND, () -> Documents.parser().discoverFormats(false)
                    .format(provider).forceFormat(provider.id()).attributeQuotes(false).build()
                    .parse("hostile.txt", input));
            assertThat(document.format()).isEqualTo(provider.id());
        }
    }

    /** Distinct surnames without digits, which labels do not allow: 0 -> A, 25 -> Z, 26 -> BA... */
    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.toString();
    }
}
