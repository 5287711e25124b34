package io.broadsheet.internal.quote;

/**
 * The reporting verb stands before the quotation in the same sentence: {@code Secretary Blinken said: "..."}
 * (colon-intro), {@code Borrell said on Friday that Europe "will ..."} (that-intro or cue-before),
 * {@code Josep Borrell, who said: "..."} (relative-clause), {@code Stoltenberg referred to the attack, saying it
 * "..."} (participle, whose speaker is the clause's subject), {@code According to the ministry, "..."}, and the
 * elliptical {@code And explained that "..."}, whose speaker is the previous one (shared-subject).
 */
final class CueBeforeRule implements AttributionRule {

    static final String COLON = "colon-intro";
    static final String THAT = "that-intro";
    static final String RELATIVE = "relative-clause";
    static final String PARTICIPLE = "participle";
    static final String CUE_BEFORE = "cue-before";
    static final String SHARED_SUBJECT = "shared-subject";
    static final String OWNED_WORDS = "owned-words";
    /** Words that make the verb after them a bare infinitive or a reported future: {@code would continue}. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("would", "will", "could", "should",
            "might", "may", "must", "can");
    /** Forms of "be" that make a past participle after them passive: {@code had been rejected}. */
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("been", "being", "was",
            "were", "is", "are", "be");
    /**
     * Verbs whose passive subject is the one spoken to ({@code we were told "..."}): the cue stays, and the speaker
     * is whoever told them.
     */
    private static final java.util.Set<String> ADDRESSEE_VERBS = java.util.Set.of("told", "asked", "promised",
            "assured", "informed", "warned", "reminded", "advised");
    /** The words between an active "quoted" and its "as saying": the quoted person's noun phrase. */
    private static final int MAX_QUOTED_OBJECT = 10;
    /** The noun phrase of an absolute "with" clause before its participle: {@code with the transport secretary}. */
    private static final int MAX_WITH_PHRASE = 6;

    @Override
    public String name() {
        return CUE_BEFORE;
    }

    @Override
    public Attribution apply(QuoteSite site) {
        int start = site.sentenceStart(false);
        if (start >= site.at) {
            return null;
        }
        Attribution owned = ownedWords(site, start);
        if (owned != null) {
            return owned;
        }
        int cueAt = -1;
        for (int c = site.at - 1; c >= start; c--) {
            Token t = site.token(c);
            if (t.is("according") && c + 2 < site.at && site.token(c + 1).is("to")) {
                Subject s = site.speakers.phraseStartingAt(site.view, c + 2, site.at);
                if (s != null) {
                    return new Attribution(s.speaker(), s.mention(), "according to", AfterQuoteRule.ACCORDING_TO,
                            false, c, s.end());
                }
            }
            if (t.is("words") && c + 2 < site.at && c > start && site.token(c + 1).is("of")
                    && site.token(c - 1).is("the")) {
                Subject s = site.speakers.phraseStartingAt(site.view, c + 2, site.at);
                if (s != null) {     // "in the words of Mayor Tom Hale, \"...\"": whose words, as "according to"
                    return new Attribution(s.speaker(), s.mention(), null, OWNED_WORDS, false, c - 1, s.end());
                }
            }
            if (site.cue(c) != null && !isNoun(site, c, start)) {
                cueAt = c;
                break;
            }
        }
        if (cueAt < 0) {
            return null;
        }
        if (cueAt - 1 > start && site.token(cueAt - 1).isWord() && (MODALS.contains(site.token(cueAt - 1).lower())
                || isPassive(site, cueAt))) {
            cueAt = outerCue(site, start, cueAt);
        }
        Cue cue = site.cue(cueAt);
        if (cue.participle() && cueAt - 2 > start) {
            Attribution quoted = quotedAs(site, start, cueAt);
            if (quoted != null) {
                return quoted;
            }
        }
        if (cue.participle()) {
            Attribution absolute = withClause(site, start, cueAt);
            if (absolute != null) {
                return absolute;
            }
        }
        Token last = site.token(site.at - 1);
        Subject subject = cue.participle()
                ? site.speakers.clauseSubject(site.view, start, cueAt)
                : site.speakers.before(site.view, cueAt, start);
        String rule;
        if (cue.participle()) {
            rule = PARTICIPLE;
        } else if (subject != null && subject.relative()) {
            rule = RELATIVE;
        } else if (last.isPunct(':')) {
            rule = COLON;
        } else if (last.is("that")) {
            rule = THAT;
        } else {
            rule = CUE_BEFORE;
        }
        if (subject == null && !cue.participle()) {
            subject = site.speakers.clauseSubject(site.view, start, cueAt);   // "X spoke ..., and said:"
        }
        if (subject == null) {
            String unnamed = unnamedSubject(site, start, cueAt);
            if (unnamed != null) {   // "The family said ...": a subject of its own that names nobody
                return new Attribution(null, unnamed, site.cueText(cueAt), rule, cue.naming(), start, site.at);
            }
            Attribution shared = sharedSubject(site);
            if (shared == null) {
                return new Attribution(null, null, site.cueText(cueAt), rule, cue.naming(), start, site.at);
            }
            return new Attribution(shared.speaker(), shared.mention(), site.cueText(cueAt), SHARED_SUBJECT,
                    cue.naming(), start, site.at);
        }
        return new Attribution(subject.speaker(), subject.mention(), site.cueText(cueAt), rule, cue.naming(),
                Math.min(subject.start(), cueAt), site.at);
    }

    /**
     * Whether the cue's form at {@code c} is a noun here, as {@code call} in {@code dismissed the strike call as
     * "..."} or {@code claims} in {@code the claims that}: the verb's base form or its -s form right after a
     * determiner, or the base form after a determiner and one modifier that is no plural subject ({@code the
     * unions call}) and no adverb.
     */
    private static boolean isNoun(QuoteSite site, int c, int start) {
        if (c - 1 < start) {
            return false;
        }
        String form = site.token(c).lower();
        String lemma = site.cue(c).lemma();
        boolean base = form.equals(lemma);
        if (!base && !(form.length() == lemma.length() + 1 && form.endsWith("s") && form.startsWith(lemma))) {
            return false;          // "said", "told", "called": no noun
        }
        Token before = site.token(c - 1);
        if (before.isWord() && before.word().determiner) {
            return !before.word().quantifier;      // "some say", "many claim": the verb of people counted
        }
        if (!base || c - 2 < start || !before.isWord() || before.isCapitalised() || before.lower().endsWith("s")
                || before.word().verbModifier || before.word().cue != null || before.word().pronoun) {
            return false;          // "that they predict": a subject and its verb
        }
        Token determiner = site.token(c - 2);
        return determiner.isWord() && determiner.word().opensDescription && !determiner.word().quantifier;
    }

    /**
     * {@code Talks collapsed, with the transport secretary warning that passengers faced "..."}: in an absolute
     * clause of "with", a noun phrase and a participle cue, the noun phrase speaks, not the sentence's subject; it
     * stays unnamed when it names nobody ({@code with the minister warning} in a story that never names her).
     * {@code null} when no "with" opens the few words before the participle at {@code cueAt}.
     */
    private static Attribution withClause(QuoteSite site, int start, int cueAt) {
        int end = cueAt;
        while (end - 1 > start && site.token(end - 1).isWord() && site.token(end - 1).word().verbModifier) {
            end--;                 // "with the minister also warning"
        }
        for (int w = end - 2; w >= start && end - w <= MAX_WITH_PHRASE; w--) {
            Token t = site.token(w);
            if (t.is("with")) {
                if (w > start && !site.token(w - 1).isPunct(',') && !site.token(w - 1).isPunct('\u2014')) {
                    return null;   // "He left with his aides saying ...": no absolute clause of its own
                }
                Subject s = site.speakers.phraseEndingAt(site.view, end, w);
                if (s != null && s.start() > w + 1 && !site.token(s.start() - 1).is("the")
                        && !site.token(s.start() - 1).isCapitalised()) {
                    // "the transport secretary" read as a bare "secretary": a title the words before it qualify is
                    // no other secretary's, so it names nobody here
                    s = null;
                }
                String phrase = MentionFinder.span(site.view.text, site.view.tokens, w + 1, end);
                return new Attribution(s == null ? null : s.speaker(), s == null ? phrase : s.mention(),
                        site.cueText(cueAt), PARTICIPLE, site.cue(cueAt).naming(), w, site.at);
            }
            if (!t.isWord() && t.kind() != TokenKind.POSSESSIVE) {
                return null;
            }
        }
        return null;
    }

    /**
     * {@code Park said the script had been rejected "by every producer"}: a cue in the passive reports what was
     * done to its subject; the speech act is the reporting verb before it, when there is one.
     */
    private static boolean isPassive(QuoteSite site, int cueAt) {
        String verb = site.token(cueAt).lower();
        return PASSIVE_AUXILIARIES.contains(site.token(cueAt - 1).lower()) && !verb.endsWith("ing")
                && !ADDRESSEE_VERBS.contains(verb);
    }

    /**
     * The reporting verb whose clause holds a cue that a modal governs, as {@code said} in {@code Thibodeaux said
     * the strike would continue "as long as it takes."}: that "continue" is reported, nobody's speech act. The
     * cue at {@code cueAt} itself when no other stands before it in the sentence.
     */
    private static int outerCue(QuoteSite site, int start, int cueAt) {
        for (int c = cueAt - 2; c >= start; c--) {
            if (site.cue(c) != null) {
                return c;
            }
        }
        return cueAt;
    }

    /**
     * {@code The RIA news agency quoted Kremlin spokesman Dmitry Peskov as saying: "..."}: whoever is quoted, the
     * object of an active "quoted", spoke, not the clause's subject who passes the words on; {@code null} when no
     * active "quoted" ({@code quotes}, {@code quoting}) stands a few words before the participle at {@code cueAt}
     * or its "as". The object may be a pronoun ({@code quoted her calling it "..."}). A passive {@code Peskov was
     * quoted as saying} is the ordinary participle clause.
     */
    private static Attribution quotedAs(QuoteSite site, int start, int cueAt) {
        int objectEnd = site.token(cueAt - 1).is("as") ? cueAt - 1 : cueAt;    // "quoted him saying" drops the "as"
        for (int q = objectEnd - 1; q >= start && cueAt - q <= MAX_QUOTED_OBJECT; q--) {
            Token t = site.token(q);
            if (!t.isWord()) {
                return null;
            }
            if (MentionFinder.isActiveQuoted(t)) {
                if (q > start && site.token(q - 1).word().verbModifier) {
                    return null;       // "was quoted", "had been quoted": the subject is the one quoted
                }
                if (q + 1 == objectEnd) {
                    return null;       // "quoting saying" names nobody
                }
                Subject s = q + 2 == objectEnd && SpeakerResolver.isObjectPronoun(site.token(q + 1).lower())
                        ? site.speakers.quotedPronoun(site.view, q + 1, start, q)     // "quoted him as saying"
                        : site.speakers.phraseStartingAt(site.view, q + 1, objectEnd);
                return s == null ? null : new Attribution(s.speaker(), s.mention(), site.cueText(cueAt), PARTICIPLE,
                        false, start, site.at);
            }
        }
        return null;
    }

    /**
     * {@code echoing President Calvo's words that "..."}, {@code rejected the minister's claim that it was "..."}:
     * a word for what someone said, owned by them, right before the quotation gives them its words, whatever verb
     * the sentence has; {@code null} when no such noun stands there.
     */
    private static Attribution ownedWords(QuoteSite site, int start) {
        int k = site.at - 1;
        Token t = site.token(k);
        if (t.is("that") || t.isPunct(':') || t.isPunct(',')) {
            k--;
        }
        if (k - 1 <= start) {
            return null;
        }
        Token noun = site.token(k);
        if (t.isPunct(',') && isOwnTally(noun)) {
            return ownAccount(site, k, start);
        }
        if (!noun.isWord() || noun.isCapitalised() || !SpeakerResolver.isSaidNoun(noun.lower())) {
            return null;
        }
        if (site.token(k - 1).kind() != TokenKind.POSSESSIVE) {
            return pronounsWords(site, k);
        }
        Subject owner = site.speakers.phraseEndingAt(site.view, k - 1, start);
        if (owner == null || (owner.speaker() == null && owner.mention() == null)) {
            return null;
        }
        return new Attribution(owner.speaker(), owner.mention(), null, OWNED_WORDS, false, owner.start(), site.at);
    }

    /**
     * {@code She wants, in her words, "..."}, {@code in his words: "..."}: the words of whoever the pronoun before
     * {@code words} at {@code k} stands for, found as for a pronoun; only after {@code in}, so that {@code she
     * answered his words, "..."} does not give her answer to him.
     */
    private static Attribution pronounsWords(QuoteSite site, int k) {
        Token owner = site.token(k - 1);
        if (!site.token(k).is("words") || k < 2 || !site.token(k - 2).is("in")
                || !(owner.is("her") || owner.is("his"))) {
            return null;
        }
        Subject s = site.speakers.possessiveOpener(site.view, k - 1);
        return s == null ? null : new Attribution(s.speaker(), s.mention(), null, OWNED_WORDS, false, k - 2, site.at);
    }

    /**
     * The nouns of {@code by her own account}, {@code by his own count}, {@code by Ruiz's reckoning}: what follows is
     * the owner's telling. A handful of literal words, tested only on the word before a quotation's comma.
     */
    private static boolean isOwnTally(Token noun) {
        return noun.is("account") || noun.is("count") || noun.is("reckoning") || noun.is("estimate")
                || noun.is("telling");
    }

    /**
     * {@code then, by her own account, "stopped thinking"}, {@code by Ruiz's account, "..."}, {@code by her own
     * count, "..."}: words the owner of the account at {@code k} says of themselves; only after {@code by}, since
     * {@code the company's account} is money.
     */
    private static Attribution ownAccount(QuoteSite site, int k, int start) {
        int owner = site.token(k - 1).is("own") ? k - 2 : k - 1;
        if (owner - 1 <= start) {
            return null;
        }
        Token t = site.token(owner);
        Subject s;
        if (t.is("her") || t.is("his")) {
            s = site.token(owner - 1).is("by") ? site.speakers.possessiveOpener(site.view, owner) : null;
        } else if (t.kind() == TokenKind.POSSESSIVE) {
            s = site.speakers.phraseEndingAt(site.view, owner, start);
            if (s != null && (s.start() - 1 <= start || !site.token(s.start() - 1).is("by"))) {
                s = null;
            }
        } else {
            s = null;
        }
        return s == null || (s.speaker() == null && s.mention() == null) ? null
                : new Attribution(s.speaker(), s.mention(), null, OWNED_WORDS, false, s.start(), site.at);
    }

    /**
     * {@code The family said in a statement that ... and asked that ...}: a determiner and a lower-case noun right
     * before the cue, or opening the sentence right before its first cue (an adverb such as {@code also} may stand
     * between), are the clause's own subject, so the previous quotation's speaker does not carry over to it;
     * {@code null} when no such pair stands there, as in a bare {@code And explained that}.
     */
    private static String unnamedSubject(QuoteSite site, int start, int cueAt) {
        String before = determinedNoun(site, start, cueAt);
        if (before != null) {
            return before;
        }
        int verb = start + 2;
        while (verb < cueAt && site.token(verb).isWord() && site.token(verb).word().verbModifier) {
            verb++;
        }
        return verb < cueAt && site.cue(verb) != null ? determinedNoun(site, start, verb) : null;
    }

    /** The words {@code the family} when they stand right before {@code verb}, adverbs skipped; else {@code null}. */
    private static String determinedNoun(QuoteSite site, int start, int verb) {
        int noun = verb - 1;
        while (noun > start && site.token(noun).isWord() && site.token(noun).word().verbModifier) {
            noun--;
        }
        if (noun - 1 < start) {
            return null;
        }
        Token t = site.token(noun);
        if (!t.isWord() || t.isCapitalised() || Words.PRONOUNS.contains(t.lower())
                || !Words.isDeterminer(site.token(noun - 1))) {
            return null;
        }
        return MentionFinder.span(site.view.text, site.view.tokens, noun - 1, noun + 1);
    }

    /** The previous quotation's speaker, when it stands in this paragraph or the one before. */
    private static Attribution sharedSubject(QuoteSite site) {
        QuoteResult previous = site.previous;
        if (previous == null || !previous.speech() || site.view.index - previous.span().paragraph() > 1) {
            return null;
        }
        Attribution a = previous.attribution();
        return a.speaker() == null && a.mention() == null ? null : a;
    }
}
