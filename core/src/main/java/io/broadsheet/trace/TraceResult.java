package io.broadsheet.trace;

import io.broadsheet.Document;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link Corpus#trace()} found.
 *
 * @param documents every document, in input order, the reporting ones with their quotes' sources set
 * @param primaries the names of the documents used as primary sources
 * @param links     every traced quote, in document and reading order
 * @param summary   the counts
 */
public record TraceResult(List<Document> documents, List<String> primaries, List<QuoteLink> links,
                          TraceSummary summary) {

    /** Validates and copies. */
    public TraceResult {
        documents = List.copyOf(documents);
        primaries = List.copyOf(primaries);
        links = List.copyOf(links);
        Objects.requireNonNull(summary, "summary");
    }
}
