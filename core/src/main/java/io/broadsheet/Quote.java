package io.broadsheet;

import java.util.Objects;
import java.util.Optional;

/**
 * One direct quotation: its exact words, who said them, the speech verb, and where it sits.
 *
 * <p>{@code document.paragraphs().get(span().paragraph()).substring(span().begin(), span().end())} equals
 * {@link #text()}. A quote interrupted by its attribution ({@code "A," he said, "B."}) is two quotes with the
 * same speaker.
 *
 * @param text    the words inside the quotation marks, without the marks
 * @param speaker who said it, under the fullest name the document gives; empty when nobody can be named
 * @param mention how the text refers to the speaker at this quote, for example {@code he} or
 *                {@code Secretary Blinken}
 * @param cue     the speech verb as written, for example {@code said} or {@code according to}
 * @param kind    direct, partial or unopened
 * @param span    where the text lies in the document's paragraphs
 * @param rule    the name of the attribution rule that chose the speaker (or why none was chosen), so that
 *                every decision can be explained
 * @param source  the primary source, once traced ({@code io.broadsheet.trace.Corpus.trace()})
 */
public record Quote(String text, Optional<Speaker> speaker, Optional<String> mention, Optional<String> cue,
                    QuoteKind kind, Span span, String rule, Optional<QuoteSource> source) {

    /** Validates and normalises {@code null} optionals to empty. */
    public Quote {
        Objects.requireNonNull(text, "text");
        speaker = Objects.requireNonNullElse(speaker, Optional.empty());
        mention = Objects.requireNonNullElse(mention, Optional.<String>empty()).filter(m -> !m.isBlank());
        cue = Objects.requireNonNullElse(cue, Optional.<String>empty()).filter(c -> !c.isBlank());
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("span " + span + " is " + span.length()
                    + " characters long but the text has " + text.length());
        }
        rule = Objects.requireNonNullElse(rule, "");
        source = Objects.requireNonNullElse(source, Optional.empty());
    }

    /**
     * @param newSource the traced primary source, or {@code null} for none
     * @return a copy of this quote with its source set
     */
    public Quote withSource(QuoteSource newSource) {
        return new Quote(text, speaker, mention, cue, kind, span, rule, Optional.ofNullable(newSource));
    }
}
