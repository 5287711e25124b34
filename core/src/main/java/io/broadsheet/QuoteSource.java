package io.broadsheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a reported quote comes from: the primary document, the matching passage there, and how faithfully the
 * quote reproduces it. Filled in by {@code io.broadsheet.trace.Corpus.trace()}.
 *
 * @param document      the primary source's name, as given when it was parsed
 * @param text          the matching passage in the primary source; a passage that runs on into the next
 *                      paragraphs of the same turn holds all of them, separated by line breaks
 * @param span          where that passage lies in the primary source's paragraphs; for a passage over several
 *                      paragraphs, its part in the first one
 * @param fidelity      verbatim or altered
 * @param diff          word-level differences from source to quote; empty when verbatim
 * @param sourceSpeaker who says the passage in the primary source, when it names the speaker
 * @param misattributed {@code true} when the reported speaker is not the primary source's speaker
 */
public record QuoteSource(String document, String text, Span span, Fidelity fidelity, List<WordEdit> diff,
                          Optional<Speaker> sourceSpeaker, boolean misattributed) {

    /** Validates and copies. */
    public QuoteSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(fidelity, "fidelity");
        diff = List.copyOf(diff);
        sourceSpeaker = Objects.requireNonNullElse(sourceSpeaker, Optional.empty());
    }

    /**
     * One step of a word-level diff from the source passage to the reported quote.
     *
     * @param op   keep, insert (only in the quote) or delete (only in the source)
     * @param text the words concerned
     */
    public record WordEdit(Op op, String text) {
        /** Validates. */
        public WordEdit {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(text, "text");
        }

        /** The kind of edit. */
        public enum Op {
            /** Words in both. */
            KEEP,
            /** Words the quote adds. */
            INSERT,
            /** Words the quote drops. */
            DELETE
        }
    }
}
