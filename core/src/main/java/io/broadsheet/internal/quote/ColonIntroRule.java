package io.broadsheet.internal.quote;

/**
 * A clause without a reporting verb introduces the quotation with a colon: {@code Smith was blunt: "..."}. The
 * clause's subject is the speaker; there is no cue.
 */
final class ColonIntroRule implements AttributionRule {

    static final String NAME = "colon-intro";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Attribution apply(QuoteSite site) {
        if (site.at == 0 || !site.token(site.at - 1).isPunct(':')) {
            return null;
        }
        int start = site.sentenceStart();
        Subject s = site.speakers.clauseSubject(site.view, start, site.at - 1);
        if (s == null) {
            s = site.speakers.possessiveOpener(site.view, start);   // "Her message was simple: ..."
        }
        if (s == null) {
            return null;
        }
        return new Attribution(s.speaker(), s.mention(), null, NAME, false, start, site.at);
    }
}
