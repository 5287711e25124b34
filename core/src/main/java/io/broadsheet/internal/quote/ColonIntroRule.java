package io.broadsheet.internal.quote;

/**
 * A clause without a reporting verb introduces the quotation with a colon: {@code Smith was blunt: "..."}. The
 * clause's subject is the speaker; there is no cue. A paragraph that ends {@code Smith said:} introduces the
 * quotation opening the next one; then the verb is the cue.
 */
final class ColonIntroRule implements AttributionRule {

    static final String NAME = "colon-intro";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Attribution apply(QuoteSite site) {
        if (site.at == 0) {
            return fromParagraphBefore(site);
        }
        if (!site.token(site.at - 1).isPunct(':')) {
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

    /**
     * A quotation that opens its paragraph, after a paragraph ending {@code Education Secretary Bridget Phillipson
     * said:}, the way official releases set a statement apart: that clause's subject and verb.
     */
    private static Attribution fromParagraphBefore(QuoteSite site) {
        ParagraphView before = site.previousParagraph;
        if (before == null || before.tokenArray.length < 3) {
            return null;
        }
        Token[] tokens = before.tokenArray;
        int colon = tokens.length - 1;
        int verb = colon - 1;
        Cue cue = tokens[colon].isPunct(':') && tokens[verb].isWord() ? tokens[verb].word().cue : null;
        if (cue == null || cue.participle() || !cue.particle().isEmpty()) {
            return null;
        }
        int start = verb;
        while (start > 0 && tokens[start - 1].sentence() == tokens[verb].sentence()) {
            start--;
        }
        Subject s = site.speakers.before(before, verb, start);
        if (s == null) {
            return null;
        }
        return new Attribution(s.speaker(), s.mention(), tokens[verb].text(), NAME, cue.naming(), site.at, site.at);
    }
}
