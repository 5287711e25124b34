package io.broadsheet.internal.quote;

/**
 * The attribution follows the quotation: {@code ," said Secretary General Stoltenberg.} (inverted),
 * {@code ," Stoltenberg said.}, {@code ," he added.}, {@code ," Smith, a spokeswoman, told reporters.} and
 * {@code ," according to the ministry.}
 */
final class AfterQuoteRule implements AttributionRule {

    static final String INVERTED = "after-quote-inverted";
    static final String PLAIN = "after-quote";
    static final String ACCORDING_TO = "according-to";
    /** A quotation opening its paragraph, signed after a dash: {@code "..." — Jana Novak, Minister for Trade}. */
    static final String SIGNED = "signed";
    /** The role after a signature's name is a short phrase: {@code , Minister for Industry and Trade}. */
    private static final int MAX_SIGNATURE_ROLE = 16;
    /** A party and country in brackets after a name is a few tokens. */
    private static final int MAX_ASIDE = 10;
    /** Nouns for what a quotation asserts, heading a phrase in apposition to it: {@code , a claim X rejected}. */
    private static final java.util.Set<String> APPOSITIVE_NOUNS = java.util.Set.of("claim", "charge", "accusation",
            "allegation", "assertion", "suggestion", "contention", "characterisation", "characterization",
            "description", "label", "view", "criticism", "verdict", "remark", "comment", "assessment", "jibe", "barb");

    @Override
    public String name() {
        return PLAIN;
    }

    @Override
    public Attribution apply(QuoteSite site) {
        int i = site.at + 1;
        int skipped = 0;
        while (i < site.size() && skipped < 2 && (site.token(i).isPunct(',') || site.token(i).isPunct('\u2014')
                || site.token(i).isPunct('('))) {
            i++;
            skipped++;
        }
        if (i >= site.size() || site.token(i).isQuote()) {
            return null;
        }
        int limit = Math.min(site.size(), i + QuoteSite.WINDOW);
        if (site.token(i).is("according") && i + 1 < site.size() && site.token(i + 1).is("to")
                && !(site.quoteEndsWithPeriod() && site.token(i).isCapitalised())) {
            Subject s = site.speakers.phraseStartingAt(site.view, i + 2, limit);
            return s == null ? null
                    : new Attribution(s.speaker(), s.mention(), "according to", ACCORDING_TO, false, i,
                    clauseEnd(site, s.end()));
        }
        if (site.at == 0 && skipped == 1 && isDash(site.token(i - 1))) {
            Attribution signed = signature(site, i);
            if (signed != null) {
                return signed;
            }
        }
        int from = i;
        if (site.token(i).is("as") && i + 1 < limit) {
            i++;                   // "...," as Commissioner Varga put it.
        }
        Cue cue = site.cue(i);
        if (cue != null && !cue.participle()) {
            int after = site.afterCue(i);
            Subject s = site.speakers.phraseStartingAt(site.view, after, limit);
            if (s != null && acceptsAfterPeriod(site, s.end()) && !introducesNextQuote(site, s.end())) {
                return new Attribution(s.speaker(), s.mention(), site.cueText(i), INVERTED, cue.naming(), from,
                        clauseEnd(site, s.end()));
            }
            return null;
        }
        if (skipped > 0 && describesQuote(site, i)) {
            return null;           // "...", a claim Ms Ames rejected.: the sentence before names the speaker
        }
        Subject s = site.speakers.phraseStartingAt(site.view, i, limit);
        if (s == null) {
            return null;
        }
        int named = s.end();
        if (named < site.size() && site.token(named).word().postNominal) {
            named++;               // "..." Sir Keir Starmer KC told reporters
        }
        int j = afterComplement(site, afterBrackets(site, named));   // "Pascal Canfin (Renew, FR), said"
        if (j + 1 < site.size() && site.token(j).isPunct(',') && cueFollows(site, j + 1)) {
            j++;                   // "the governor, Yuki Tanaka, said": the comma closes the name's apposition
        } else if (j < site.size() && site.token(j).isPunct(',')) {
            int past = MentionFinder.afterParenthetical(site.view.tokenArray, j);
            if (past < 0) {
                return null;
            }
            j = past;
        }
        int modifiers = 0;
        while (j < site.size() && modifiers < 4 && site.token(j).isWord()
                && site.token(j).word().verbModifier && site.cue(j) == null) {
            j++;
            modifiers++;
        }
        if (j + 1 < site.size() && site.token(j).is("on") && site.token(j + 1).word().weekday) {
            j += 2;
        }
        if (j >= site.size()) {
            return null;
        }
        int quotedAs = site.token(j).is("quoted") ? participleAfterAs(site, j + 1) : -1;
        if (quotedAs > 0) {
            j = quotedAs;          // "...," Lavrov was quoted by state media as saying.
        }
        Cue verb = site.cue(j);
        if (verb == null) {
            return null;
        }
        int end = site.afterCue(j);
        if (verb.participle() && quotedAs < 0) {
            return null;           // "... ," he said, adding" is read at "said"; a bare participle is no attribution
        }
        if (!acceptsAfterPeriod(site, end) || introducesNextQuote(site, end)) {
            return null;
        }
        return new Attribution(s.speaker(), s.mention(), site.cueText(j), PLAIN, verb.naming(), from,
                clauseEnd(site, end));
    }

    /**
     * Whether the words at {@code i}, after a comma that follows the quotation, are a noun phrase in apposition to
     * it ({@code , a claim Ms Ames rejected}, {@code , an accusation the treasurer denied}): an indefinite article,
     * perhaps a modifier, and a noun for an assertion. The verb in it is someone's answer to the words, not who
     * said them.
     */
    private static boolean describesQuote(QuoteSite site, int i) {
        Token t = site.token(i);
        if (!(t.is("a") || t.is("an")) || i + 2 >= site.size()) {
            return false;
        }
        return APPOSITIVE_NOUNS.contains(site.token(i + 1).lower())
                || (i + 3 < site.size() && APPOSITIVE_NOUNS.contains(site.token(i + 2).lower()));
    }

    /**
     * Where the attribution's sentence ends ({@code said on the Senate floor.}), so that a quotation right after
     * it can share it; stops at the next quotation.
     */
    private static int clauseEnd(QuoteSite site, int from) {
        int sentence = site.token(from - 1).sentence();
        int j = from;
        while (j < site.size() && j - site.at < QuoteSite.WINDOW && !site.token(j).isQuote()
                && site.token(j).sentence() == sentence) {
            j++;
        }
        return j;
    }

    /**
     * Whether the words after a finished quotation are a new sentence that runs on into the next quotation
     * ({@code "... peace." Kovalenko wrote on Telegram: "..."}), so they attribute that one, not this.
     */
    private static boolean introducesNextQuote(QuoteSite site, int from) {
        if (!site.quoteEndsWithPeriod()) {
            return false;
        }
        int end = clauseEnd(site, from);
        // "... peace." Kovalenko wrote on Telegram: "..." and "... steps." Shaked wrote that it was "...": the
        // clause runs on into the next quotation; only a comma before it leaves a shared attribution
        return end < site.size() && site.token(end).isQuote() && end > from && !site.token(end - 1).isPunct(',');
    }

    /**
     * The token after a name's complement at {@code from} when a reporting verb follows it: {@code Iran's mission
     * {@code to the United Nations} said}; {@code from} otherwise. The complement is a preposition and capitalised
     * words, with "the" allowed after the preposition.
     */
    private static int afterComplement(QuoteSite site, int from) {
        if (from + 1 >= site.size() || !(site.token(from).is("to") || site.token(from).is("at")
                || site.token(from).is("in"))) {
            return from;
        }
        int k = from + 1;
        if (site.token(k).is("the")) {
            k++;
        }
        int words = 0;
        while (k < site.size() && words < 4 && site.token(k).isWord() && site.token(k).isCapitalised()) {
            k++;
            words++;
        }
        return words > 0 && k < site.size() && site.cue(k) != null ? k : from;
    }

    /** The token after a short bracketed aside at {@code from} ({@code (Renew, FR)}), or {@code from}. */
    private static int afterBrackets(QuoteSite site, int from) {
        if (from >= site.size() || !site.token(from).isPunct('(')) {
            return from;
        }
        for (int k = from + 1; k < site.size() && k - from <= MAX_ASIDE; k++) {
            if (site.token(k).isPunct(')')) {
                return k + 1;
            }
        }
        return from;
    }

    private static boolean isDash(Token t) {
        return t.isPunct('\u2014') || t.isPunct('-');
    }

    /**
     * {@code "We will protect our industry." — Jana Novak, Minister for Trade}: a pull quote or a quote panel signs
     * the words with the speaker's name after a dash, and nothing else follows but the speaker's role; {@code null}
     * when the paragraph goes on like a sentence (a cue, another quotation) or no named speaker follows the dash.
     *
     * @param i the token after the dash
     */
    private static Attribution signature(QuoteSite site, int i) {
        Subject s = site.speakers.phraseStartingAt(site.view, i, site.size());
        if (s == null || s.speaker() == null) {
            return null;
        }
        int end = s.end();
        if (end < site.size()) {
            if (!site.token(end).isPunct(',') || site.size() - end > MAX_SIGNATURE_ROLE) {
                return null;
            }
            for (int k = end; k < site.size(); k++) {
                if (site.token(k).isQuote() || site.cue(k) != null) {
                    return null;
                }
            }
        }
        return new Attribution(s.speaker(), s.mention(), null, SIGNED, false, i - 1, site.size());
    }

    /**
     * The participle cue after the "as" that a passive "quoted" leads to within a few words ({@code as saying},
     * {@code by TASS as saying}), or -1.
     */
    private static int participleAfterAs(QuoteSite site, int from) {
        for (int k = from; k + 1 < site.size() && k - from <= MAX_ASIDE / 2; k++) {
            Token t = site.token(k);
            if (t.isQuote() || t.sentence() != site.token(from - 1).sentence()) {
                return -1;
            }
            if (t.is("as")) {
                Cue cue = site.cue(k + 1);
                return cue != null && cue.participle() ? k + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean cueFollows(QuoteSite site, int from) {
        for (int k = from; k < site.size() && k - from <= 4; k++) {
            if (site.cue(k) != null) {
                return true;
            }
            if (!site.token(k).isWord() || !site.token(k).word().verbModifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * A quotation ending with a period is a sentence of its own; the words after it attribute it only when they
     * are nothing but the attribution ({@code "We won." Smith said.}), not the start of new reported speech.
     */
    private static boolean acceptsAfterPeriod(QuoteSite site, int afterAttribution) {
        if (!site.quoteEndsWithPeriod()) {
            return true;
        }
        if (afterAttribution >= site.size()) {
            return true;
        }
        Token next = site.token(afterAttribution);
        if (next.isQuote()) {
            return true;
        }
        if (next.kind() == TokenKind.PUNCT) {
            return next.isPunct('.') || next.isPunct(',') || next.isPunct(';');
        }
        return next.word().preposition && !next.is("that");
    }
}
