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
        if (isLabel(site, start)) {
            return null;
        }
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
     * {@code The following is attributable to Spokesperson Matthew Miller:}, the State Department's way of
     * introducing a statement: the name before the colon speaks it; {@code null} for any other paragraph.
     */
    private static Attribution attributableTo(QuoteSite site, ParagraphView before, int colon) {
        Mention m = before.endingAt(colon);
        if (m == null || m.kind == MentionKind.PRONOUN || m.phraseStart < 2
                || !before.tokenArray[m.phraseStart - 1].is("to")
                || !before.tokenArray[m.phraseStart - 2].is("attributable")) {
            return null;
        }
        Subject s = site.speakers.phraseEndingAt(before, colon, m.phraseStart - 1);
        return s == null ? null : new Attribution(s.speaker(), s.mention(), null, NAME, false, site.at, site.at);
    }

    /**
     * Whether the clause before the colon is one capitalised word that names nobody the document knows, as a list
     * item's label: {@code Reuse: "Every café will ..." the proposal states}. A speaker named before ({@code
     * Borrell: "..."}) is linked already.
     */
    private static boolean isLabel(QuoteSite site, int start) {
        if (start != site.at - 2) {
            return false;
        }
        Mention m = site.view.startingAt(start);
        return m != null && m.kind == MentionKind.PROPER && m.end == start + 1 && m.entity == null && !m.place;
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
        if (cue == null && tokens[colon].isPunct(':')) {
            return attributableTo(site, before, colon);
        }
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
