package io.broadsheet.trace;

import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;

import java.util.Objects;

/**
 * A reported quote traced to its primary source.
 *
 * @param document   the reporting document's name, as {@link io.broadsheet.Document#source()} gives it
 * @param quoteIndex the quote's index in that document's {@link io.broadsheet.Document#quotes()}
 * @param quote      the quote, its {@link Quote#source()} present
 */
public record QuoteLink(String document, int quoteIndex, Quote quote) {

    /** Validates. */
    public QuoteLink {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        if (quoteIndex < 0) {
            throw new IllegalArgumentException("quoteIndex must be >= 0, was " + quoteIndex);
        }
        if (quote.source().isEmpty()) {
            throw new IllegalArgumentException("a link needs a quote with a source: " + quote.text());
        }
    }

    /** @return the quote's source */
    public QuoteSource source() {
        return quote.source().orElseThrow();
    }
}
