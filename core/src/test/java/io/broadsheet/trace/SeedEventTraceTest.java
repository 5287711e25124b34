package io.broadsheet.trace;

import io.broadsheet.Document;
import io.broadsheet.Fidelity;
import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;
import io.broadsheet.QuoteSource.WordEdit;
import io.broadsheet.QuoteSource.WordEdit.Op;
import io.broadsheet.Speaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed event: one set of remarks (a transcript with two turns), reported verbatim by a wire and reworded by
 * an article. Expectations are those of the shared gold trace.
 */
class SeedEventTraceTest {

    private static Document wire;
    private static Document article;

    @BeforeAll
    static void trace() {
        QuoteTracer tracer = QuoteTracer.index(List.of(SeedEvent.transcript()));
        wire = tracer.trace(SeedEvent.wire());
        article = tracer.trace(SeedEvent.article());
    }

    private static Quote quote(Document doc, String start) {
        return doc.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start));
    }

    private static Document doc(String which) {
        return which.equals("wire") ? wire : article;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wire    | We condemn the attacks                  | We condemn the attacks on civilians                      | VERBATIM
            wire    | This just demonstrates                  | This just demonstrates the recklessness                  | VERBATIM
            wire    | NATO Allies have implemented            | NATO Allies have implemented unprecedented sanctions     | VERBATIM
            wire    | We provide support to Ukraine.          | We provide support to Ukraine.                           | VERBATIM
            wire    | we need to make sure                    | we need to make sure that there is no misunderstanding   | VERBATIM
            wire    | In the wake of Russia's                 | in the wake of Russia’s unprovoked                       | VERBATIM
            article | only shows the recklessness             | This just demonstrates the recklessness                  | ALTERED
            article | We are not seeking war                  | We don’t seek war, conflict with Russia                  | ALTERED
            article | At the same time, we need               | At the same time, we need to make sure                   | VERBATIM
            article | Every ally in one way or another comes  | Every Ally in one way or another is coming               | ALTERED
            article | Every ally in one way or another helps  | Every Ally in one way or another is helping              | ALTERED
            """)
    void linksEachReportedQuoteToItsPassage(String which, String quoteStart, String passageStart, Fidelity fidelity) {
        QuoteSource source = quote(doc(which), quoteStart).source().orElseThrow();
        assertThat(source.document()).isEqualTo(SeedEvent.TRANSCRIPT);
        assertThat(source.text()).startsWith(passageStart);
        assertThat(source.fidelity()).isEqualTo(fidelity);
        assertThat(source.misattributed()).isFalse();
        assertThat(source.diff().isEmpty()).isEqualTo(fidelity == Fidelity.VERBATIM);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wire    | This is a barbarian way
            wire    | this is Putin's war
            wire    | The scale of the humanitarian
            wire    | Europe is seeing destruction
            wire    | If we allow those principles
            article | will take into account everything
            article | A week ago I told you
            article | So, everything remains
            """)
    void leavesOtherStatementsOnTheSameTopicUnsourced(String which, String quoteStart) {
        assertThat(quote(doc(which), quoteStart).source()).isEmpty();
    }

    @Test
    void passageSpanPointsAtThePassageInTheTranscript() {
        Document transcript = SeedEvent.transcript();
        for (Document d : List.of(wire, article)) {
            for (Quote q : d.quotes()) {
                q.source().ifPresent(s -> assertThat(transcript.textAt(s.span())).isEqualTo(s.text()));
            }
        }
    }

    @Test
    void rewordedOpeningIsShownAsAWordDiffFromTheStartOfTheSourceSentence() {
        QuoteSource source = quote(article, "only shows").source().orElseThrow();
        assertThat(source.text()).isEqualTo("This just demonstrates the recklessness of this war and the importance of ending it");
        assertThat(source.diff()).containsExactly(
                new WordEdit(Op.DELETE, "This just demonstrates"),
                new WordEdit(Op.INSERT, "only shows"),
                new WordEdit(Op.KEEP, "the recklessness of this war and the importance of ending it"));
    }

    @Test
    void changedVerbFormsAndAddedWordsAreListed() {
        QuoteSource source = quote(article, "We are not seeking").source().orElseThrow();
        assertThat(source.diff()).containsExactly(
                new WordEdit(Op.KEEP, "We"),
                new WordEdit(Op.DELETE, "don’t seek"),
                new WordEdit(Op.INSERT, "are not seeking"),
                new WordEdit(Op.KEEP, "war"),
                new WordEdit(Op.INSERT, "or"),
                new WordEdit(Op.KEEP, "conflict with Russia"));
    }

    @Test
    void sourceSpeakerIsTheTurnHoldingThePassage() {
        assertThat(quote(wire, "In the wake").source().orElseThrow().sourceSpeaker().map(Speaker::name))
                .contains("Antony Blinken");
        assertThat(quote(article, "We are not seeking").source().orElseThrow().sourceSpeaker().map(Speaker::name))
                .contains("Jens Stoltenberg");
    }

    @Test
    void verbatimMultiSentenceQuoteCoversAllItsSentences() {
        QuoteSource source = quote(wire, "We provide support").source().orElseThrow();
        assertThat(source.text().replaceAll("[\\s\\u00a0]+", " ")).isEqualTo("We provide support to Ukraine. At the same time, NATO is not part to the "
                + "conflict. NATO is a defensive alliance. We don’t seek war, conflict with Russia. At the same time,");
    }
}
