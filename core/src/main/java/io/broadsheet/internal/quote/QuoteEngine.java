package io.broadsheet.internal.quote;

import io.broadsheet.Document;
import io.broadsheet.Person;
import io.broadsheet.Quote;
import io.broadsheet.QuoteKind;
import io.broadsheet.Span;
import io.broadsheet.SpeakerKind;
import io.broadsheet.internal.WorkCounter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and attributes the quotations of a document. Stages, each linear in the document's size:
 * <ol>
 *   <li>{@link MarkScanner} finds the marked spans, repairing lost marks;</li>
 *   <li>{@link Tokenizer} and {@link MentionFinder} read each paragraph's reporter text;</li>
 *   <li>the {@link Registry} links the mentions into people and organisations;</li>
 *   <li>for each quotation in reading order the {@link AttributionRule}s are tried in turn over a bounded window,
 *       with pronouns and cue-less quotes resolved through {@link Salience};</li>
 *   <li>{@link SpeechFilter} drops titles and scare quotes.</li>
 * </ol>
 * Immutable and thread-safe; all per-document state lives in one call.
 */
public final class QuoteEngine {

    private static final List<AttributionRule> RULES = List.of(
            new AfterQuoteRule(),
            new MultiParagraphRule(),
            new SharedAttributionRule(),
            new CueBeforeRule(),
            new ColonIntroRule(),
            new ContinuationRule());

    /** An apposition describing a name ({@code , the country's largest union,}) is a few words. */
    private static final int MAX_APPOSITION = 8;
    /** Nouns for family members, before the name of one: {@code her son, Anders Solberg}. */
    private static final Set<String> KIN = Set.of("son", "daughter", "wife", "husband", "brother", "sister",
            "father", "mother", "widow", "widower", "grandson", "granddaughter", "grandfather", "grandmother",
            "nephew", "niece", "cousin", "stepson", "stepdaughter", "son-in-law", "daughter-in-law");

    private final Lexicon lexicon;
    private final MentionFinder finder;

    private QuoteEngine(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.finder = new MentionFinder(lexicon);
    }

    /** @return an engine with the shipped word lists */
    public static QuoteEngine standard() {
        return new QuoteEngine(Lexicon.standard());
    }

    /**
     * @param cueVerbs      extra reporting-verb lines, each {@code lemma form form...}
     * @param organisations extra organisation names
     * @param roles         extra role titles
     * @return an engine with the shipped word lists plus these
     */
    public static QuoteEngine extended(Collection<String> cueVerbs, Collection<String> organisations,
                                       Collection<String> roles) {
        return new QuoteEngine(Lexicon.extended(cueVerbs, organisations, roles));
    }

    /**
     * @param document a document
     * @return the document with its quotes and people filled
     */
    public Document attribute(Document document) {
        Objects.requireNonNull(document, "document");
        List<String> paragraphs = document.paragraphs();
        Word.Table words = lexicon.wordTable();
        List<MarkedSpan> spans = new ArrayList<>();
        MarkScanner marks = new MarkScanner(paragraphs, words);

        List<ParagraphView> views = new ArrayList<>(paragraphs.size());
        int[] firstSpan = new int[paragraphs.size() + 1];
        int s = 0;
        int sentence = 0;
        long work = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            firstSpan[p] = s;
            String text = paragraphs.get(p);
            // marks found right before tokenizing: the word table's buffer still holds the paragraph's characters
            int count = marks.scan(p, spans);
            Token[] tokens = Tokenizer.tokenize(lexicon, words, text, spans, s, count, sentence);
            sentence = (tokens.length == 0 ? sentence : tokens[tokens.length - 1].sentence()) + 1;
            List<Mention> mentions = finder.find(p, text, tokens);
            work += text.length() + tokens.length;
            views.add(new ParagraphView(p, text, tokens, mentions, s, count));
            s += count;
        }
        firstSpan[paragraphs.size()] = s;
        WorkCounter.add(work);     // characters scanned, tokens made; once per document: the counter is a thread-local

        Registry registry = new Registry(lexicon, words);
        document.people().forEach(registry::addGiven);
        link(views, registry);

        Salience salience = new Salience();
        SpeakerResolver speakers = new SpeakerResolver(lexicon, registry, salience);
        List<QuoteResult> results = new ArrayList<>(spans.size());
        QuoteResult previous = null;
        for (ParagraphView view : views) {
            speakers.linkTitles(view);
            for (int k = firstSpan[view.index]; k < firstSpan[view.index + 1]; k++) {
                MarkedSpan span = spans.get(k);
                int at = view.tokenOfQuote(k);
                if (at < 0) {
                    continue;
                }
                QuoteSite site = new QuoteSite(view, at, span, k, previous, speakers, finder, lexicon,
                        view.index > 0 ? views.get(view.index - 1) : null);
                QuoteResult result = attribute(site);
                results.add(result);
                if (result.speech()) {
                    Entity speaker = result.attribution().speaker();
                    if (speaker != null) {
                        speaker.markSpoke();
                        salience.addSpeaker(speaker, view.tokens.get(at).sentence());
                    }
                    previous = result;
                }
            }
            salience.addParagraph(view);
        }
        WorkCounter.add((long) QuoteSite.WINDOW * results.size());
        return build(document, results, registry);
    }

    private static QuoteResult attribute(QuoteSite site) {
        Attribution attribution = null;
        for (AttributionRule rule : RULES) {
            attribution = rule.apply(site);
            if (attribution != null) {
                break;
            }
        }
        QuoteKind kind = kindOf(site, attribution);
        boolean speech = SpeechFilter.isSpeech(site, attribution, kind);
        return new QuoteResult(site.span, site.spanIndex, attribution, kind, speech);
    }

    /** Unopened when the start was repaired; partial when the words are woven into the reporter's sentence. */
    private static QuoteKind kindOf(QuoteSite site, Attribution attribution) {
        if (site.span.unopened()) {
            return QuoteKind.UNOPENED;
        }
        String rule = attribution.rule();
        if (site.span.continued() || rule.equals(SharedAttributionRule.INTERRUPTED)
                || rule.equals(MultiParagraphRule.NAME)) {
            return QuoteKind.DIRECT;
        }
        String text = site.text();
        boolean startsLower = Character.isLowerCase(text.codePointAt(0));
        if (site.at == 0) {
            return QuoteKind.DIRECT;
        }
        Token before = site.token(site.at - 1);
        if (before.sentence() != site.quote().sentence()) {
            return startsLower && rule.equals(ContinuationRule.NAME) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
        }
        if (before.isWord() || before.kind() == TokenKind.POSSESSIVE) {
            if (startsLower) {
                return QuoteKind.PARTIAL;
            }
            for (int k = site.at - 1; k >= 0 && site.at - k <= 3; k--) {
                if (site.cue(k) != null && !site.cue(k).naming()) {
                    return QuoteKind.DIRECT;
                }
            }
            return QuoteKind.PARTIAL;
        }
        if (startsLower && before.isPunct(',') && resumesQuote(site)) {
            return QuoteKind.DIRECT;      // "Look," he said, "nobody wants ...": the second half of one utterance
        }
        return startsLower && !before.isPunct(':') ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    }

    /** Whether a quotation earlier in the same sentence stands just before, separated only by its attribution. */
    private static boolean resumesQuote(QuoteSite site) {
        int sentence = site.quote().sentence();
        for (int k = site.at - 1; k >= 0 && site.at - k <= 12; k--) {
            Token t = site.token(k);
            if (t.sentence() != sentence) {
                return false;
            }
            if (t.isQuote()) {
                return true;
            }
        }
        return false;
    }

    /** Links names and organisations first, then bare names to the people those introduced. */
    private void link(List<ParagraphView> views, Registry registry) {
        for (ParagraphView view : views) {
            List<Mention> mentions = view.mentions;
            for (int k = 0; k < mentions.size(); k++) {     // indexed: no iterator per paragraph in C1 code
                Mention m = mentions.get(k);
                if (m.kind == MentionKind.PERSON) {
                    Entity person = registry.linkPerson(m);
                    if (introducedAsRelative(view.tokenArray, m.phraseStart)) {
                        person.markRelative();
                    }
                    if (k + 1 < mentions.size() && m.end < view.tokenArray.length
                            && view.tokenArray[m.end].isPunct(',')) {
                        linkAppositiveTitle(view, m, mentions.get(k + 1), person, registry);
                    }
                    String counsel = courtCounsel(view.tokenArray, m.end);
                    if (counsel != null) {
                        registry.addRole(person, counsel);
                    }
                } else if (m.kind == MentionKind.ORGANISATION) {
                    registry.linkOrganisation(m);
                } else if (m.role != null && m.end - m.start > 3
                        && view.tokenArray[m.end - 1].word().organisationHead) {
                    linkComplement(view, m, registry);
                }
            }
        }
        for (ParagraphView view : views) {
            List<Mention> mentions = view.mentions;
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                if (m.kind == MentionKind.DESCRIPTION) {
                    if (m.role == null && m.phraseStart < m.start && issuedStatement(view, m)) {
                        linkIssuer(mentions, k, m, registry);
                    } else if (m.role != null && m.end - m.start == 1 && m.phraseStart == m.start
                            && view.tokenArray[m.start].isCapitalised()) {
                        registry.linkKnown(m);   // "King said" after "Martin Luther King Jr.": a surname, no title
                    }
                    continue;
                }
                if (m.kind == MentionKind.PROPER && m.entity == null) {
                    String noun = organisationNounDescribing(view, m);
                    if (noun != null) {
                        registry.linkDescribedOrganisation(m, noun);
                        continue;
                    }
                }
                if (m.kind != MentionKind.PROPER || registry.linkKnown(m) != null
                        || (m.end - m.start == 1 && view.tokenArray[m.start].word().pluralSpeakerNoun)) {
                    continue;          // "Critics said" names nobody
                }
                if (m.place) {
                    if (m.grammaticalRole == GrammaticalRole.SPEAKER) {
                        registry.linkOrganisation(m);     // "Beijing said": a government speaks
                    }
                } else if (m.grammaticalRole == GrammaticalRole.SPEAKER || followedByWho(view, m)
                        || isFirstNameInApposition(view, m) || isFamilyNameFirst(view, m)) {
                    Entity person = registry.linkPerson(m);
                    person.offerKind(SpeakerKind.PERSON);
                    if (titleInApposition(view, mentions, k)) {
                        addAppositiveRole(view, mentions.get(k + 1), person, registry);
                    }
                } else if (m.end - m.start >= 2 && titleInApposition(view, mentions, k)) {
                    // "said Ishiba Shigeru, the prime minister of Japan": a name with no known first name is a
                    // person by the title in apposition after it, which is its role as for any other name
                    Entity person = registry.linkPerson(m);
                    person.offerKind(SpeakerKind.PERSON);
                    addAppositiveRole(view, mentions.get(k + 1), person, registry);
                } else if (m.end - m.start >= 2 && (m.grammaticalRole == GrammaticalRole.POSSESSIVE
                        || (m.phraseStart == 0 && describedInApposition(view.tokenArray, m.end)))) {
                    // "Tunde Okafor's header": the full name of the "Okafor" who speaks later; not any capitalised
                    // words before a verb, which may be a headline's ("Late Okafor header sends Rovers ...")
                    registry.rememberFullName(m);
                }
            }
        }
    }

    /**
     * Links the organisation that a title's complement names, {@code chief executive of the Severn Valley Relief
     * Trust}, which the finder read inside the title: a later {@code the trust said} means it.
     */
    private static void linkComplement(ParagraphView view, Mention title, Registry registry) {
        Token[] tokens = view.tokenArray;
        for (int k = title.start + 1; k < title.end - 1; k++) {
            if (tokens[k].is("of")) {
                int start = tokens[k + 1].is("the") ? k + 2 : k + 1;
                if (start < title.end && tokens[start].isCapitalised()) {
                    String name = MentionFinder.span(view.text, tokens, start, title.end);
                    registry.linkOrganisation(new Mention(MentionKind.ORGANISATION, title.paragraph, start,
                            title.end, k + 1, title.sentence, name, name, null, Gender.UNKNOWN));
                }
                return;
            }
        }
    }

    /**
     * The role an English court report gives counsel between commas after the name ending at {@code end}: {@code
     * Rebecca Thornbury KC, prosecuting,} is the prosecutor and {@code Nicholas Brand, defending,} the defence
     * lawyer, whom a later {@code the prosecutor said} means; {@code null} for any other words.
     */
    private static String courtCounsel(Token[] tokens, int end) {
        int k = end < tokens.length && tokens[end].word().postNominal ? end + 1 : end;
        if (k + 2 >= tokens.length || !tokens[k].isPunct(',') || !tokens[k + 2].isPunct(',')) {
            return null;
        }
        Token t = tokens[k + 1];
        return t.is("prosecuting") ? "prosecutor" : t.is("defending") ? "defence lawyer" : null;
    }

    /**
     * Whether a description in apposition follows the name ending at {@code end}: {@code Margarethe Solberg, the
     * Norwegian-born composer whose ...}, as a story opens about a person, and no headline does.
     */
    private static boolean describedInApposition(Token[] tokens, int end) {
        return end + 1 < tokens.length && tokens[end].isPunct(',')
                && (tokens[end + 1].is("the") || tokens[end + 1].is("a") || tokens[end + 1].is("an"));
    }

    /**
     * Whether a kinship noun stands right before the name whose phrase starts at {@code phraseStart}, with or
     * without a comma: {@code her son, Anders Solberg}, {@code his widow Mary}. Obituaries and profiles name the
     * family of the person they are about, and keep the bare surname for that person.
     */
    private static boolean introducedAsRelative(Token[] tokens, int phraseStart) {
        int k = phraseStart - 1;
        if (k > 0 && tokens[k].isPunct(',')) {
            k--;
        }
        return k >= 0 && tokens[k].isWord() && !tokens[k].isCapitalised() && KIN.contains(tokens[k].lower());
    }

    /**
     * Whether a description is {@code a statement} issued by its clause's subject: {@code said in a statement},
     * {@code issued a preliminary statement}. Tested on the word itself first: most descriptions are no statement.
     */
    private static boolean issuedStatement(ParagraphView view, Mention m) {
        Token[] tokens = view.tokenArray;
        Token head = tokens[m.end - 1];
        Token determiner = tokens[m.phraseStart];
        return head.word().first == 's' && head.lower().equals("statement")
                && (determiner.is("a") || determiner.is("an"));
    }

    /**
     * Makes the speaker that issued {@code a statement}, the nearest subject before it in its sentence, known as
     * "statement", so that a later {@code "...," the statement said} is theirs.
     */
    private static void linkIssuer(List<Mention> mentions, int k, Mention statement, Registry registry) {
        for (int j = k - 1; j >= 0; j--) {
            Mention issuer = mentions.get(j);
            if (issuer.sentence != statement.sentence) {
                return;
            }
            if (issuer.kind != MentionKind.PRONOUN && issuer.entity != null
                    && (issuer.grammaticalRole == GrammaticalRole.SPEAKER
                    || issuer.grammaticalRole == GrammaticalRole.SUBJECT)) {
                registry.describe(issuer.entity, "statement");
                return;
            }
        }
    }

    /**
     * A title in apposition after a name ({@code Jane Roe, the foreign minister,}, {@code Tom Hale, an analyst at
     * Bernstein,}, {@code Linda Osei, the port's executive director,}) is that person's role. The apposition opens
     * with a determiner right after the comma, and only a possessive owner may stand between it and the title, so
     * that {@code Jane Roe, the daughter of the former president,} gives her no title; or it is a bare title
     * that a comma or full stop closes ({@code Eva Lind, prime minister of Sweden.}).
     */
    private static void linkAppositiveTitle(ParagraphView view, Mention name, Mention title, Entity person,
                                            Registry registry) {
        if (isAppositiveTitle(view, name, title)) {
            addAppositiveRole(view, title, person, registry);
        }
    }

    /** Gives {@code person} the title in apposition after their name, with the words that rank it. */
    private static void addAppositiveRole(ParagraphView view, Mention title, Entity person, Registry registry) {
        Token[] tokens = view.tokenArray;
        // the words that rank the title name the office held: "the Conservative shadow chancellor" is no chancellor
        int rank = MentionFinder.rankStart(tokens, title.start);
        registry.addRole(person, rank < title.start ? MentionFinder.span(view.text, tokens, rank, title.end)
                : title.role);
        title.entity = person;
    }

    /** Whether the mention after mention {@code k}, which a comma follows, is a title in apposition to it. */
    private static boolean titleInApposition(ParagraphView view, List<Mention> mentions, int k) {
        Mention m = mentions.get(k);
        return k + 1 < mentions.size() && m.end < view.tokenArray.length && view.tokenArray[m.end].isPunct(',')
                && isAppositiveTitle(view, m, mentions.get(k + 1));
    }

    /** {@link #linkAppositiveTitle}'s test: whether {@code title} is a title in apposition after {@code name}. */
    private static boolean isAppositiveTitle(ParagraphView view, Mention name, Mention title) {
        Token[] tokens = view.tokenArray;
        int open = name.end + 1;
        if (title.kind != MentionKind.DESCRIPTION || title.role == null || title.entity != null
                || open >= tokens.length || title.start < open || title.start - open > MAX_APPOSITION) {
            return false;
        }
        if (title.start == open) {
            // "said Eva Lind, prime minister of Sweden.": a bare title, as news copy writes an office its holder
            // alone holds, when the apposition closes right after it
            return title.phraseStart == open && closesApposition(tokens, title.end, title.end);
        }
        if (!Words.isDeterminer(tokens[open])) {
            return false;
        }
        boolean owned = tokens[title.start - 1].kind() == TokenKind.POSSESSIVE;
        for (int k = open + 1; k < title.start; k++) {
            Token t = tokens[k];
            if ((!t.isWord() && t.kind() != TokenKind.POSSESSIVE) || (t.isWord() && t.word().preposition && !owned)) {
                return false;
            }
        }
        return closesApposition(tokens, title.end, open + MAX_APPOSITION + 4);
    }

    /**
     * Whether the title's end at {@code i} is followed by a comma or the sentence's full stop, perhaps after a
     * prepositional phrase ({@code at Bernstein}); not after other words, which show the title was read short
     * ({@code chief} of {@code chief scientific officer}).
     */
    private static boolean closesApposition(Token[] tokens, int i, int limit) {
        if (i >= tokens.length || tokens[i].sentence() != tokens[i - 1].sentence()) {
            return true;        // "..., the chief executive of Acme Corp.": the abbreviation's point ends it
        }
        for (int k = i; k < tokens.length && k <= limit; k++) {
            Token t = tokens[k];
            if (t.isPunct(',') || t.isPunct('.')) {
                return true;    // "..., said Tom Reyes, a spokesman for the Red Cross." ends with the sentence
            }
            if ((!t.isWord() && t.kind() != TokenKind.POSSESSIVE) || t.word().cue != null
                    || k == i && !t.word().preposition) {
                return false;   // a word right after the title that opens no phrase: the title was read short
            }
        }
        return false;
    }

    /**
     * The common noun for an organisation that describes a bare name: in front of it ({@code the campaign group
     * Greenpeace}) or in apposition after it ({@code Unite, the country's largest union,}); {@code null} if none.
     */
    private static String organisationNounDescribing(ParagraphView view, Mention m) {
        Token[] tokens = view.tokenArray;
        if (m.start > 0 && isOrganisationNoun(tokens[m.start - 1])) {
            return tokens[m.start - 1].word().norm;
        }
        if (m.end + 2 >= tokens.length || !tokens[m.end].isPunct(',') || !Words.isDeterminer(tokens[m.end + 1])) {
            return null;
        }
        for (int k = m.end + 2; k < tokens.length && k - m.end <= MAX_APPOSITION; k++) {
            Token t = tokens[k];
            if (!t.isWord() && t.kind() != TokenKind.POSSESSIVE) {
                return null;
            }
            if (isOrganisationNoun(t) && k + 1 < tokens.length && tokens[k + 1].isPunct(',')) {
                return t.word().norm;
            }
        }
        return null;
    }

    private static boolean isOrganisationNoun(Token t) {
        return t.isWord() && !t.isCapitalised() && t.word().organisationNoun;
    }

    /** {@code Her son, Luis, 28, works nights}: a lone known first name between commas is someone a pronoun may mean. */
    /**
     * Whether a name of two words is a family name and a hyphenated given name, as Korean names are written ({@code
     * Park Ji-won}): a person, whom the text later calls by the family name alone ({@code Park said}).
     */
    private static boolean isFamilyNameFirst(ParagraphView view, Mention m) {
        if (m.end - m.start != 2) {
            return false;
        }
        Token given = view.tokenArray[m.start + 1];
        int hyphen = given.text().indexOf('-');
        return hyphen > 0 && hyphen + 1 < given.text().length()
                && Character.isLowerCase(given.text().charAt(hyphen + 1))
                && Words.FAMILY_NAMES_FIRST.contains(view.tokenArray[m.start].lower());
    }

    /**
     * {@code Her sister, Sofia, 12,}, {@code His wife, Lali, 58,}: a lone capitalised word between commas is a first
     * name when the table knows it, or when a kinship noun introduces it, as local and foreign stories name
     * relatives by first names the table has never seen.
     */
    private static boolean isFirstNameInApposition(ParagraphView view, Mention m) {
        Token[] tokens = view.tokenArray;
        return m.end - m.start == 1 && m.start > 0 && tokens[m.start - 1].isPunct(',') && m.end < tokens.length
                && tokens[m.end].isPunct(',')
                && (tokens[m.start].word().firstName != null || introducedAsRelative(tokens, m.start));
    }

    private static boolean followedByWho(ParagraphView view, Mention m) {
        Token[] tokens = view.tokenArray;
        int i = m.end;
        if (i < tokens.length && tokens[i].isPunct(',')) {
            i++;
        }
        return i < tokens.length && tokens[i].is("who");
    }

    private static Document build(Document document, List<QuoteResult> results, Registry registry) {
        List<Quote> quotes = new ArrayList<>();
        for (QuoteResult r : results) {
            if (!r.speech()) {
                continue;
            }
            MarkedSpan span = r.span();
            String text = document.paragraphs().get(span.paragraph()).substring(span.begin(), span.end());
            Attribution a = r.attribution();
            quotes.add(new Quote(text, Optional.ofNullable(a.speaker()).map(Entity::asSpeaker),
                    Optional.ofNullable(a.mention()), Optional.ofNullable(a.cue()), r.kind(),
                    new Span(span.paragraph(), span.begin(), span.end()), a.rule(), Optional.empty()));
        }
        List<Person> people = new ArrayList<>();
        for (Entity e : registry.entities()) {
            if (e.given()) {
                people.add(e.asPerson());
            }
        }
        for (Entity e : registry.entities()) {
            if (!e.given() && (e.spoke() || (e.hasRole() && e.kind() == SpeakerKind.PERSON))) {
                people.add(e.asPerson());
            }
        }
        return document.toBuilder().quotes(quotes).people(people).build();
    }
}
