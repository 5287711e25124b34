package io.broadsheet.internal.quote;

/**
 * A quotation with no cue of its own continues the last speaker, unless someone else has since become the
 * subject of the narrative; with nobody to continue, it stays unattributed.
 */
final class ContinuationRule implements AttributionRule {

    static final String NAME = "continuation";
    static final String UNATTRIBUTED = "unattributed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Attribution apply(QuoteSite site) {
        int start = site.sentenceStart();
        if (start < site.at) {
            // "One senior aide, granted anonymity, put the odds at "...": words woven into a sentence whose subject
            // is someone unnamed are that person's, not the last speaker's
            Subject s = site.speakers.indefiniteSubject(site.view, start, site.at);
            if (s != null) {
                return new Attribution(null, s.mention(), null, UNATTRIBUTED, false, s.start(), site.at);
            }
        }
        Entity speaker = site.speakers.continuation(site.view, site.at);
        if (speaker == null) {
            return new Attribution(null, null, null, UNATTRIBUTED, false, site.at, site.at);
        }
        return new Attribution(speaker, null, null, NAME, false, site.at, site.at);
    }
}
