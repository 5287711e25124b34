package io.broadsheet.trace;

import io.broadsheet.Document;
import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;
import io.broadsheet.internal.trace.PassageIndex;
import io.broadsheet.internal.trace.TraceEngine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Traces reported quotes back to primary sources that are already parsed: the building block under
 * {@link Corpus}, for callers that hold their documents in memory.
 *
 * <pre>{@code
 * QuoteTracer tracer = QuoteTracer.index(List.of(transcript));
 * Document traced = tracer.trace(article);
 * for (Quote q : traced.quotes()) {
 *     q.source().ifPresent(s -> System.out.println(q.text() + " <- " + s.document() + " " + s.fidelity()));
 * }
 * }</pre>
 *
 * <p>A quote is <em>verbatim</em> when its words are a run of the source's words, ignoring case, punctuation,
 * quote style, apostrophes, dashes, the full stops of abbreviations ({@code U.S.} and {@code US}) and a
 * transcriber's notes ({@code (Laughter.)}, {@code (As interpreted.)}); a quote that leaves out words at its start
 * or end is still verbatim.
 * It is <em>altered</em> when it is recognisably the same statement with words changed, added or dropped: most
 * of its words, and most of its content words, line up with one compact passage. Words left out inside a quote
 * (an ellipsis) make it altered, the omission showing in its diff; where the quote marks the omission with
 * {@code ...} or {@code …}, the words left out there cost nothing, so the passage runs from the quote's first word
 * to its last however long the cut. So do whole sentences skipped without a mark (a run of at least four words
 * that starts or ends at a sentence boundary): the reporter joined two statements rather than thinned one. Anything less gets no source, so a statement
 * on the same topic in other words is not linked. Quotes of fewer than
 * {@link Builder#minWords(int) four words} are linked only when they are verbatim and the source's speaker is the
 * person the report credits ({@code called the talks "a detailed discussion"}); a single word is never traced.
 *
 * <p>Indexing costs time linear in the primaries' length; tracing a quote looks up candidate paragraphs by their
 * shared word pairs and aligns only those, so it does not grow with the number of primary paragraphs.
 * Instances are immutable and thread-safe.
 */
public final class QuoteTracer {

    private final TraceEngine engine;

    private QuoteTracer(TraceEngine engine) {
        this.engine = engine;
    }

    /**
     * Indexes primary sources with the default thresholds.
     *
     * @param primaries transcripts and other documents that quotes are traced to
     * @return a tracer
     */
    public static QuoteTracer index(Collection<Document> primaries) {
        return builder().index(primaries);
    }

    /** @return a builder for a tracer with adjusted thresholds */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Traces every quote of a reporting document. A quote whose source is found gets it in
     * {@link Quote#source()}; the others keep an empty source. Paragraphs of the document itself are never its
     * source, even when it is indexed as a primary too.
     *
     * @param report a parsed document
     * @return a copy of the document with its quotes' sources set
     */
    public Document trace(Document report) {
        Objects.requireNonNull(report, "report");
        if (report.quotes().isEmpty()) {
            return report;
        }
        List<Quote> traced = new ArrayList<>(report.quotes().size());
        for (Quote quote : report.quotes()) {
            traced.add(quote.withSource(engine.find(quote.text(), quote.speaker(), report.source()).orElse(null)));
        }
        return report.toBuilder().quotes(traced).build();
    }

    /**
     * Traces a single quote.
     *
     * @param quote             the quote, with its speaker if known (used to detect misattribution)
     * @param reportingDocument the name of the document reporting it, whose own paragraphs are skipped; may be
     *                          empty
     * @return its source, or empty
     */
    public Optional<QuoteSource> find(Quote quote, String reportingDocument) {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(reportingDocument, "reportingDocument");
        return engine.find(quote.text(), quote.speaker(), reportingDocument);
    }

    /** @return the names of the indexed primary documents, in the order given */
    public List<String> primaryDocuments() {
        return engine.index().documentNames();
    }

    /** @return the number of indexed primary paragraphs */
    public int paragraphCount() {
        return engine.index().paragraphCount();
    }

    /**
     * Adjusts the thresholds a {@link QuoteTracer} judges by. The defaults suit news reports of spoken remarks;
     * raise the shares for stricter linking. Not thread-safe.
     */
    public static final class Builder {
        private int minWords = TraceEngine.Settings.DEFAULT.minWords();
        private double minQuoteShare = TraceEngine.Settings.DEFAULT.minQuoteShare();
        private double minPassageShare = TraceEngine.Settings.DEFAULT.minPassageShare();
        private int candidates = TraceEngine.Settings.DEFAULT.candidates();

        private Builder() {
        }

        /**
         * @param value the fewest words a quote needs to be traced on its words alone; default 4. Shorter quotes
         *              of two or more words are linked only verbatim, to a passage of the speaker the report names
         * @return this builder
         * @throws IllegalArgumentException if the value is below 1
         */
        public Builder minWords(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("minWords must be >= 1, was " + value);
            }
            this.minWords = value;
            return this;
        }

        /**
         * @param value the share of an altered quote's words that must match its source, in (0, 1]; default 0.6
         * @return this builder
         * @throws IllegalArgumentException if the value is outside (0, 1]
         */
        public Builder minQuoteShare(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("minQuoteShare must be in (0, 1], was " + value);
            }
            this.minQuoteShare = value;
            return this;
        }

        /**
         * @param value the share of the source passage's words an altered quote must keep, in (0, 1]; default 0.5
         * @return this builder
         * @throws IllegalArgumentException if the value is outside (0, 1]
         */
        public Builder minPassageShare(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("minPassageShare must be in (0, 1], was " + value);
            }
            this.minPassageShare = value;
            return this;
        }

        /**
         * @param value how many candidate paragraphs to align per quote, 1 to 32; default 5
         * @return this builder
         * @throws IllegalArgumentException if the value is outside 1..32
         */
        public Builder candidates(int value) {
            if (value < 1 || value > 32) {
                throw new IllegalArgumentException("candidates must be in 1..32, was " + value);
            }
            this.candidates = value;
            return this;
        }

        /**
         * Indexes the primary sources.
         *
         * @param primaries transcripts and other documents that quotes are traced to
         * @return an immutable tracer
         */
        public QuoteTracer index(Collection<Document> primaries) {
            Objects.requireNonNull(primaries, "primaries");
            TraceEngine.Settings defaults = TraceEngine.Settings.DEFAULT;
            TraceEngine.Settings settings = new TraceEngine.Settings(minWords, minQuoteShare, minPassageShare,
                    Math.max(defaults.minMatches(), 1), defaults.minContentMatches(), candidates,
                    defaults.postingBudget(), defaults.maxCells());
            return new QuoteTracer(new TraceEngine(PassageIndex.build(List.copyOf(primaries)), settings));
        }
    }
}
