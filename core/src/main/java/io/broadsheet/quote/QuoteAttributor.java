package io.broadsheet.quote;

import io.broadsheet.Document;

/**
 * Finds every direct quotation in a document's paragraphs and attributes it to a speaker.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class QuoteAttributor {

    private static final QuoteAttributor STANDARD = new QuoteAttributor();

    private QuoteAttributor() {
    }

    /** @return the attributor with the built-in rules */
    public static QuoteAttributor standard() {
        return STANDARD;
    }

    /**
     * @param document a document with paragraphs
     * @return the document with {@link Document#quotes()} and {@link Document#people()} filled
     */
    public Document attribute(Document document) {
        return document;
    }
}
