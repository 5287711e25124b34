package io.broadsheet.internal.quote;

/**
 * A quotation that follows another one in the same paragraph with nothing between them but the first one's
 * attribution shares that attribution: {@code "A," he added, "B."} (interrupted) and
 * {@code "A," he said. "B."} (continuation with the same cue).
 */
final class SharedAttributionRule implements AttributionRule {

    static final String INTERRUPTED = "interrupted";
    static final String CONTINUATION = "continuation";

    @Override
    public String name() {
        return INTERRUPTED;
    }

    @Override
    public Attribution apply(QuoteSite site) {
        QuoteResult previous = site.previous;
        if (previous == null || previous.span().paragraph() != site.view.index || !previous.speech()) {
            return null;
        }
        Attribution shared = previous.attribution();
        if (shared.speaker() == null && shared.mention() == null) {
            return null;
        }
        int before = site.view.tokenOfQuote(previous.spanIndex());
        if (before < 0 || before >= site.at) {
            return null;
        }
        if (before + 1 < site.at && !site.token(site.at - 1).isPunct(',') && !site.token(site.at - 1).isPunct('.')
                && !site.token(site.at - 1).isPunct(':') && !site.token(site.at - 1).isPunct('\u2014')
                && site.cue(site.at - 1) == null) {
            return null;           // woven into the attribution's own sentence: "who called the bill a "gift""
        }
        boolean interrupted = true;
        for (int k = before + 1; k < site.at; k++) {
            Token t = site.token(k);
            if (t.isWord() && (k < shared.consumedFrom() || k >= shared.consumedTo())) {
                return null;
            }
            if (t.isPunct('.') || t.isPunct('?') || t.isPunct('!') || t.isPunct(';')) {
                interrupted = false;
            }
        }
        if (site.quote().sentence() != site.token(before).sentence()) {
            interrupted = false;
        }
        return shared.withRule(interrupted ? INTERRUPTED : CONTINUATION);
    }
}
