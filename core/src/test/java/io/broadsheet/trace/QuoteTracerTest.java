package io.broadsheet.trace;

import io.broadsheet.Document;
import io.broadsheet.Fidelity;
import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;
import io.broadsheet.QuoteSource.WordEdit;
import io.broadsheet.QuoteSource.WordEdit.Op;
import io.broadsheet.Speaker;
import io.broadsheet.internal.WorkCounter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static io.broadsheet.trace.Docs.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class QuoteTracerTest {

    private static final String MINISTER = "Maria Lindqvist";
    private static final String ENVOY = "Tomas Berg";

    /** A briefing on a flood relief effort: two speakers, the minister with two paragraphs. */
    private static final Document BRIEFING = Docs.transcript("briefing.txt",
            person(MINISTER),
            "Good afternoon. The river crested at six metres overnight – higher than in 1998 – and we don’t expect "
                    + "it to fall before Thursday. Our first duty is to the families who lost their homes.",
            "We have opened twelve shelters across the valley; the army is flying in water and blankets. "
                    + "Nobody who asks for help will be turned away.",
            person(ENVOY),
            "The regional fund will release forty million euros for reconstruction this week. Farmers will "
                    + "receive compensation for every hectare that was flooded.");

    private static QuoteSource traced(String quote, String speaker) {
        return trace(quote, speaker).orElseThrow(() -> new AssertionError("no source for: " + quote));
    }

    private static Optional<QuoteSource> trace(String quote, String speaker) {
        Document report = Docs.report("report.txt").paragraph("\u201c" + quote + "\u201d, the official said.")
                .quote(quote, speaker).build();
        return QuoteTracer.index(List.of(BRIEFING)).trace(report).quotes().get(0).source();
    }

    @Nested
    class Verbatim {

        @ParameterizedTest
        @ValueSource(strings = {
                "The river crested at six metres overnight - higher than in 1998 - and we don't expect it to fall before Thursday.",
                "the river crested at six metres overnight, higher than in 1998, and we don\u2019t expect it to fall before Thursday",
                "THE RIVER CRESTED AT SIX METRES OVERNIGHT \u2014 HIGHER THAN IN 1998 \u2014 AND WE DON'T EXPECT IT TO FALL BEFORE THURSDAY!",
                "The river crested at six metres overnight (higher than in 1998) and we don`t expect it to fall before Thursday"})
        void ignoresCasePunctuationQuoteStyleAndDashes(String quote) {
            QuoteSource source = traced(quote, MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.diff()).isEmpty();
            assertThat(source.text()).startsWith("The river crested").contains("before Thursday");
            assertThat(source.document()).isEqualTo("briefing.txt");
        }

        @Test
        void shortQuoteIsTracedWhenTheSourceSpeakerSaidItWordForWord() {
            // A reporter's "called the shelters open to all who are 'turned away'" fragment: too short to prove
            // anything alone, but the minister said exactly these words.
            QuoteSource source = traced("turned away", MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.text()).isEqualTo("turned away");
            assertThat(traced("across the valley", MINISTER).text()).isEqualTo("across the valley");
        }

        @Test
        void quoteCutAtBothEndsIsTheMatchingPartOfTheSentence() {
            QuoteSource source = traced("crested at six metres overnight", MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.text()).isEqualTo("crested at six metres overnight");
            assertThat(BRIEFING.textAt(source.span())).isEqualTo(source.text());
            assertThat(source.span().paragraph()).isZero();
        }

        @Test
        void quoteStartingMidSentenceKeepsItsFirstWordAsThePassageStart() {
            QuoteSource source = traced("Nobody who asks for help will be turned away.", MINISTER);
            assertThat(source.text()).isEqualTo("Nobody who asks for help will be turned away.");
            assertThat(source.span().paragraph()).isEqualTo(1);
        }

        @Test
        void quoteOfSeveralSentencesIsOnePassage() {
            QuoteSource source = traced("Our first duty is to the families who lost their homes. We have opened "
                    + "twelve shelters across the valley", MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.text()).isEqualTo("Our first duty is to the families who lost their homes.\n"
                    + "We have opened twelve shelters across the valley");
            assertThat(source.span().paragraph()).isZero();
            assertThat(BRIEFING.textAt(source.span()))
                    .isEqualTo("Our first duty is to the families who lost their homes.");
        }
    }

    @Nested
    class Altered {

        @Test
        void changedWordsAreListedAsAWordDiff() {
            QuoteSource source = traced("We have set up twelve shelters across the valley", MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.text()).isEqualTo("We have opened twelve shelters across the valley");
            assertThat(source.diff()).containsExactly(
                    new WordEdit(Op.KEEP, "We have"),
                    new WordEdit(Op.DELETE, "opened"),
                    new WordEdit(Op.INSERT, "set up"),
                    new WordEdit(Op.KEEP, "twelve shelters across the valley"));
        }

        @Test
        void droppedWordsAreDeletions() {
            QuoteSource source = traced("Farmers will receive compensation for every hectare flooded", ENVOY);
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.diff()).containsExactly(
                    new WordEdit(Op.KEEP, "Farmers will receive compensation for every hectare"),
                    new WordEdit(Op.DELETE, "that was"),
                    new WordEdit(Op.KEEP, "flooded"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"The river crested ... before Thursday.", "The river crested \u2026 before Thursday.",
                "The river crested . . . before Thursday."})
        void anEllipsisSpansTheWordsItLeavesOut(String quote) {
            // The reporter's ellipsis stands for fifteen source words; counted as ordinary omissions they outweighed
            // the three words before it, so only "before Thursday" was aligned and the quote got no source at all.
            QuoteSource source = traced(quote, MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.text()).startsWith("The river crested at six metres").endsWith("before Thursday.");
            assertThat(source.diff()).first().isEqualTo(new WordEdit(Op.KEEP, "The river crested"));
            assertThat(source.diff()).last().isEqualTo(new WordEdit(Op.KEEP, "before Thursday"));
            assertThat(source.diff()).extracting(WordEdit::op).containsExactly(Op.KEEP, Op.DELETE, Op.KEEP);
        }

        @Test
        void wordsLeftOutWithoutAnEllipsisStillCountAgainstTheQuote() {
            assertThat(trace("The river crested before Thursday.", MINISTER)).isEmpty();
        }

        @Test
        void rewordedOpeningTakesThePassageBackToTheStartOfTheSourceSentence() {
            QuoteSource source = traced("Brussels will release forty million euros for reconstruction", ENVOY);
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.text()).isEqualTo("The regional fund will release forty million euros for reconstruction");
            assertThat(source.diff()).containsExactly(
                    new WordEdit(Op.DELETE, "The regional fund"),
                    new WordEdit(Op.INSERT, "Brussels"),
                    new WordEdit(Op.KEEP, "will release forty million euros for reconstruction"));
        }

        @Test
        void rewordedQuoteStartingWithASourceWordKeepsThatWordAsThePassageStart() {
            QuoteSource source = traced("will hand out forty million euros for reconstruction this week", ENVOY);
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.text()).isEqualTo("will release forty million euros for reconstruction this week");
            assertThat(source.diff()).startsWith(
                    new WordEdit(Op.KEEP, "will"),
                    new WordEdit(Op.DELETE, "release"),
                    new WordEdit(Op.INSERT, "hand out"));
        }

        @Test
        void contractionSpelledOutIsAChangeNotAMiss() {
            QuoteSource source = traced("we do not expect it to fall before Thursday", MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.diff()).contains(new WordEdit(Op.DELETE, "don’t"), new WordEdit(Op.INSERT, "do not"));
        }
    }

    @Nested
    class Unrelated {

        @ParameterizedTest
        @ValueSource(strings = {
                "The river will keep rising until the weekend, and more homes may be lost",
                "We need more shelters and more blankets in the valley before winter",
                "Compensation for farmers has been promised before and never arrived",
                "The army is not equipped to deal with a flood of this size"})
        void sameTopicButAnotherStatementHasNoSource(String quote) {
            assertThat(trace(quote, MINISTER)).isEmpty();
        }

        @Test
        void shortQuoteCreditedToAnotherSpeakerOrToNobodyIsNotTraced() {
            assertThat(trace("turned away", ENVOY)).isEmpty();
            assertThat(trace("across the valley", null)).isEmpty();
        }

        @Test
        void shortQuoteThatIsNotVerbatimIsNotTraced() {
            assertThat(trace("turned back", MINISTER)).isEmpty();
            assertThat(trace("across the whole valley", MINISTER)).isEmpty();
        }

        @Test
        void singleWordIsNeverTraced() {
            assertThat(trace("shelters", MINISTER)).isEmpty();
        }

        @Test
        void quoteOfFunctionWordsOnlyIsNotTraced() {
            assertThat(trace("who will be", MINISTER)).isEmpty();
            assertThat(trace("and we don't", MINISTER)).isEmpty();
        }

        @Test
        void quoteHalfOfWhichIsElsewhereIsNotLinked() {
            assertThat(trace("Nobody who asks for help will be turned away, but the dams "
                    + "were neglected for years by this government", MINISTER)).isEmpty();
        }
    }

    @Nested
    class Speakers {

        @Test
        void quoteCreditedToAnotherSpeakerIsMisattributed() {
            QuoteSource source = traced("Farmers will receive compensation for every hectare that was flooded", MINISTER);
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.misattributed()).isTrue();
            assertThat(source.sourceSpeaker().map(Speaker::name)).contains(ENVOY);
        }

        @Test
        void surnameAloneIsTheSamePerson() {
            QuoteSource source = traced("Farmers will receive compensation for every hectare that was flooded", "Berg");
            assertThat(source.misattributed()).isFalse();
        }

        @Test
        void unknownReportedSpeakerIsNeverMisattributed() {
            QuoteSource source = traced("Farmers will receive compensation for every hectare that was flooded", null);
            assertThat(source.misattributed()).isFalse();
            assertThat(source.sourceSpeaker().map(Speaker::name)).contains(ENVOY);
        }

        @Test
        void organisationCreditedWithItsOfficialsWordsIsNotMisattributed() {
            Document report = Document.builder("r.txt", "article")
                    .paragraph("The ministry said nobody who asks for help will be turned away.")
                    .quotes(List.of(new Quote("nobody who asks for help will be turned away",
                            Optional.of(Speaker.organisation("Ministry of the Interior")), Optional.empty(),
                            Optional.of("said"), io.broadsheet.QuoteKind.PARTIAL, new io.broadsheet.Span(0, 18, 62),
                            "test", Optional.empty())))
                    .build();
            QuoteSource source = QuoteTracer.index(List.of(BRIEFING)).trace(report).quotes().get(0).source().orElseThrow();
            assertThat(source.misattributed()).isFalse();
        }

        @Test
        void speakerOfAPassageInAnOrdinaryPrimaryIsTheSpeakerOfTheQuoteHoldingIt() {
            Document release = Docs.report("release.txt")
                    .paragraph("\u201cWe will rebuild every bridge the water took,\u201d said Maria Lindqvist.")
                    .quote("We will rebuild every bridge the water took,", MINISTER).build();
            Document report = Docs.report("r.txt").paragraph("Berg promised: \u201cWe will rebuild every bridge the water took.\u201d")
                    .quote("We will rebuild every bridge the water took.", ENVOY).build();
            QuoteSource source = QuoteTracer.index(List.of(release)).trace(report).quotes().get(0).source().orElseThrow();
            assertThat(source.sourceSpeaker().map(Speaker::name)).contains(MINISTER);
            assertThat(source.misattributed()).isTrue();
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void passageMayRunIntoTheNextParagraphOfTheSameTurn() {
            QuoteSource source = traced("Our first duty is to the families who lost their homes. We have opened "
                    + "twelve shelters across the valley; the army is flying in water and blankets.", MINISTER);
            assertThat(source.text()).endsWith("the army is flying in water and blankets.");
            assertThat(source.span().paragraph()).isZero();
        }

        @Test
        void passageNeverRunsIntoAnotherSpeakersTurn() {
            Optional<QuoteSource> source = trace("Nobody who asks for help will be turned away. "
                    + "The regional fund will release forty million euros", MINISTER);
            assertThat(source).isEmpty();
        }

        @Test
        void documentIsNeverItsOwnSource() {
            Document selfQuoting = Docs.report("briefing-notes.txt")
                    .paragraph("She said: \u201cNobody who asks for help will be turned away.\u201d")
                    .quote("Nobody who asks for help will be turned away.", MINISTER).build();
            QuoteTracer tracer = QuoteTracer.index(List.of(selfQuoting));
            assertThat(tracer.trace(selfQuoting).quotes().get(0).source()).isEmpty();
        }

        @Test
        void bestOfSeveralPrimariesWins() {
            Document paraphrase = Docs.text("summary.txt",
                    "The minister said twelve shelters had opened in the valley and the army flew in blankets.");
            QuoteTracer tracer = QuoteTracer.index(List.of(paraphrase, BRIEFING));
            Document report = Docs.report("r.txt").paragraph("\u201cWe have opened twelve shelters across the valley\u201d")
                    .quote("We have opened twelve shelters across the valley", MINISTER).build();
            QuoteSource source = tracer.trace(report).quotes().get(0).source().orElseThrow();
            assertThat(source.document()).isEqualTo("briefing.txt");
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
        }
    }

    @Nested
    class Limits {

        @Test
        void emptyIndexFindsNothing() {
            QuoteTracer tracer = QuoteTracer.index(List.of());
            Document report = Docs.report("r.txt").paragraph("\u201cWe have opened twelve shelters across the valley\u201d")
                    .quote("We have opened twelve shelters across the valley", MINISTER).build();
            assertThat(tracer.trace(report).quotes().get(0).source()).isEmpty();
            assertThat(tracer.paragraphCount()).isZero();
        }

        @Test
        void hugeQuoteAgainstHugeParagraphFinishesWithoutAligningEverything() {
            String words = syntheticText(new Random(7), 6_000);
            Document primary = Docs.text("big.txt", words);
            Document report = Docs.report("r.txt").paragraph(words).quote(words, MINISTER).build();
            assertThatCode(() -> QuoteTracer.index(List.of(primary)).trace(report)).doesNotThrowAnyException();
        }

        @Test
        void workPerQuoteDoesNotGrowWithTheNumberOfPrimaryParagraphs() {
            long small = workFor(2_000);
            long large = workFor(10_000);
            assertThat(large).isLessThan(small * 2);
        }

        private long workFor(int paragraphs) {
            Random random = new Random(42);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < paragraphs; i++) {
                texts.add(syntheticText(random, 60));
            }
            QuoteTracer tracer = QuoteTracer.index(List.of(Docs.text("primary.txt", texts.toArray(new String[0]))));
            Docs.Report report = Docs.report("r.txt");
            Random pick = new Random(1);
            for (int i = 0; i < 200; i++) {
                String text = i % 2 == 0 ? texts.get(pick.nextInt(40)).substring(0, 120).strip()
                        : syntheticText(pick, 20);
                report.paragraph(text).quote(text, MINISTER);
            }
            Document built = report.build();
            WorkCounter.reset();
            tracer.trace(built);
            return WorkCounter.get();
        }
    }

    /** Bugs the held-out-style trace sets (cli's {@code trace-sets/}) showed on real transcripts. */
    @Nested
    class TraceSetRegressions {

        /** A press conference: the transcriber notes laughter and interpretation in brackets, as real ones do. */
        private final Document conference = Docs.transcript("conference.txt",
                person(MINISTER),
                "(As interpreted.)  We signed the U.S.-EU charter on river safety this morning.",
                "I'm confident.  (Laughter.)  That's my answer.",
                "We built the first dams ourselves, you know?  (Laughs.)",
                "So, anyway, the point is: we are back in the business of building.  And they will, in fact, have "
                        + "the same chance to apply for the fund.",
                "Our partner (NATO) will keep the corridor open through the winter months.",
                "We are ready to reopen the northern canal to barges. I would rather not speculate about the exact "
                        + "week, given the weather we have had. We still believe that dredging is the fastest way to "
                        + "restore the river trade.");

        private QuoteSource tracedIn(String quote) {
            Document report = Docs.report("report.txt").paragraph("\u201c" + quote + "\u201d, the minister said.")
                    .quote(quote, MINISTER).build();
            return QuoteTracer.index(List.of(conference)).trace(report).quotes().get(0).source()
                    .orElseThrow(() -> new AssertionError("no source for: " + quote));
        }

        @ParameterizedTest
        @ValueSource(strings = {"We signed the US-EU charter on river safety this morning.",
                "We signed the US\u2013EU charter on river safety this morning."})
        void dottedAbbreviationWrittenWithoutStopsWasJudgedAltered(String quote) {
            // "U.S." was cut into the words "U" and "S" (with a sentence end between them), so a reporter's "US"
            // made a verbatim quote altered for typography alone.
            QuoteSource source = tracedIn(quote);
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.text()).isEqualTo("We signed the U.S.-EU charter on river safety this morning.");
        }

        @Test
        void transcribersLaughterNoteInsideAQuoteWasJudgedAltered() {
            // "(Laughter.)" is no speech; the reporter leaving it out changed no word the minister said.
            QuoteSource source = tracedIn("I'm confident. That's my answer.");
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.diff()).isEmpty();
            assertThat(source.text()).isEqualTo("I'm confident.  (Laughter.)  That's my answer.");
        }

        @Test
        void quoteCopiedWithTheTranscribersNoteInItWasJudgedAlteredOnceSourceNotesHadNoKey() {
            // A blog pasting the transcript, note and all: the note is no speech on the quote's side either.
            QuoteSource source = tracedIn("I'm confident. (Laughter.) That's my answer.");
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"[the farmers] will, in fact, have the same chance to apply for the fund.",
                "[Farmers] will, in fact, have the same chance to apply for the fund."})
        void reportersBracketedWordsAreNoTranscribersNote(String quote) {
            assertThat(tracedIn(quote).fidelity()).isEqualTo(Fidelity.ALTERED);
        }

        @Test
        void noteEndingAParagraphShiftedTheWordsOfTheNextOneInAJoinedPassage() {
            // A quote running on into the next paragraph joins the two; a paragraph ending in "(Laughs.)" once
            // counted one word too few, which put the passage's end a word off in the joined text.
            QuoteSource source = tracedIn("We built the first dams ourselves, you know? So, anyway, the point is: "
                    + "we are back in the business of building.");
            assertThat(source.fidelity()).isEqualTo(Fidelity.VERBATIM);
            assertThat(source.text()).startsWith("We built the first dams").endsWith("back in the business of building.");
        }

        @Test
        void spokenAsideInBracketsStillCountsWhenLeftOut() {
            // "(NATO)" is the speaker's own word, not a transcriber's note: a quote without it is altered.
            QuoteSource source = tracedIn("Our partner will keep the corridor open through the winter months.");
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.diff()).contains(new WordEdit(Op.DELETE, "NATO"));
        }

        @Test
        void sentencesJoinedAcrossADroppedSentenceGotNoSource() {
            // The reporter joined the first and last sentences without an ellipsis; the skipped sentence counted
            // against the passage share as if the quote had thinned the passage out, and the quote went unsourced.
            QuoteSource source = tracedIn("We are ready to reopen the northern canal to barges, which is the fastest "
                    + "way to restore the river trade.");
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.text()).startsWith("We are ready to reopen").endsWith("restore the river trade.");
        }

        @Test
        void bracketedSubjectPulledTheSourceSentencesOpeningAndIntoThePassage() {
            // "[Farmers] will, in fact, ..." stands for "they will, in fact, ...": the passage ran back to the
            // clause start and began with "And", a word no reporter rewords, only drops.
            QuoteSource source = tracedIn("[Farmers] will, in fact, have the same chance to apply for the fund.");
            assertThat(source.fidelity()).isEqualTo(Fidelity.ALTERED);
            assertThat(source.text()).isEqualTo("they will, in fact, have the same chance to apply for the fund.");
        }
    }

    /** Text over a Zipf-like vocabulary, so that common word pairs recur as they do in prose. */
    static String syntheticText(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int rank = (int) Math.floor(Math.pow(5_000, random.nextDouble()));
            sb.append(i == 0 ? "" : i % 12 == 0 ? ". " : " ").append(word(rank));
        }
        return sb.append('.').toString();
    }

    private static String word(int rank) {
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "gu"};
        StringBuilder sb = new StringBuilder();
        int n = rank;
        do {
            sb.append(syllables[n % syllables.length]);
            n /= syllables.length;
        } while (n > 0);
        return sb.toString();
    }
}
