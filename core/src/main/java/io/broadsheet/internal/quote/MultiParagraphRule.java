package io.broadsheet.internal.quote;

/**
 * A paragraph that opens by repeating the opening mark of a quotation left open at the end of the paragraph
 * before continues that quotation, and its speaker.
 */
final class MultiParagraphRule implements AttributionRule {

    static final String NAME = "multi-paragraph";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Attribution apply(QuoteSite site) {
        QuoteResult previous = site.previous;
        if (!site.span.continued() || previous == null || !previous.span().continues()) {
            return null;
        }
        return previous.attribution().withRule(NAME);
    }
}
