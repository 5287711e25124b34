package io.broadsheet.hostile;

import io.broadsheet.BroadsheetException;
import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.MalformedDocumentException;
import io.broadsheet.Quote;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every hostile input either parses into a sane document or is refused with a {@link MalformedDocumentException}
 * naming the file and the reason; nothing hangs, overflows the stack or runs out of memory. Surefire runs core's
 * tests with {@code -Xmx256m}, so passing here proves the inputs fit in that heap.
 */
class HostileInputTest {

    /** Only a guard against hangs, far above what any input needs; not a performance assertion. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @TempDir
    Path scratch;

    static List<HostileInput> inputs() {
        return HostileCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesSanelyOrIsRefusedWithAReason(HostileInput input) throws Exception {
        Path file = input.maker().make(scratch);
        Object outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                return Documents.parse(file);
            } catch (BroadsheetException e) {
                return e;
            }
        }, () -> input.name() + " did not finish within " + HANG_GUARD);

        if (input.refused()) {
            assertThat(outcome).as("outcome of %s", input.name()).isInstanceOf(MalformedDocumentException.class);
            MalformedDocumentException refusal = (MalformedDocumentException) outcome;
            assertThat(refusal.source()).isEqualTo(file.toString());
            assertThat(refusal.getMessage()).startsWith(file.toString()).contains(input.reason());
        } else if (outcome instanceof BroadsheetException e) {
            fail(input.name() + " should parse but was refused: " + e.getMessage(), e);
        } else {
            Document doc = (Document) outcome;
            assertSane(doc, file);
            input.check().accept(doc);
        }
    }

    /** What every parsed document must satisfy, whatever its input. */
    static void assertSane(Document doc, Path file) {
        assertThat(doc.source()).isEqualTo(file.toString());
        assertThat(doc.paragraphs().size() + doc.discarded().size() + (doc.title().isPresent() ? 1 : 0))
                .as("kept text").isPositive();
        // Boolean checks, so that a failure never prints a multi-megabyte paragraph.
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            String paragraph = doc.paragraphs().get(i);
            assertThat(!paragraph.isBlank() && paragraph.equals(paragraph.strip()))
                    .as("paragraph %d is non-blank and stripped", i).isTrue();
            assertThat(paragraph.chars().noneMatch(c -> c < 0x20 || c == 0x7F))
                    .as("paragraph %d is free of control characters", i).isTrue();
        }
        for (Quote quote : doc.quotes()) {
            assertThat(doc.textAt(quote.span()).equals(quote.text())).as("text at %s is the quote's", quote.span()).isTrue();
        }
        assertThat(doc.warnings()).allSatisfy(w -> assertThat(w).contains(file.getFileName().toString()));
    }
}
