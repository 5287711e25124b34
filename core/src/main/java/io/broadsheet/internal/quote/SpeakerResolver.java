package io.broadsheet.internal.quote;

import io.broadsheet.SpeakerKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the noun phrase that names a speaker next to a reporting verb and resolves it to an entity: names through
 * the {@link Registry}, pronouns and bare descriptions through {@link Salience}. Every read looks at a bounded
 * number of tokens.
 */
final class SpeakerResolver {

    private static final int MAX_MODIFIERS = 4;
    private static final int MAX_DESCRIPTION = 6;
    /** How far back a "they" looks in its paragraph for the unnamed group it may mean. */
    private static final int MAX_GROUP_DISTANCE = 30;
    /** How far back in its paragraph a pronoun may find the unnamed person it means. */
    private static final int MAX_UNNAMED_DISTANCE = 80;
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
    /**
     * Nouns for ordinary people an article may quote without naming ({@code a woman}, {@code one villager}); with
     * {@link #ANONYMOUS_ROLES}, what an indefinite description of an unnamed speaker ends in.
     */
    private static final Set<String> ORDINARY_PEOPLE = Set.of("woman", "man", "girl", "boy", "villager", "farmer",
            "miner", "neighbour", "neighbor", "mother", "father", "passenger", "driver", "shopkeeper", "pensioner",
            "voter", "student", "nurse", "teacher", "survivor", "protester", "supporter", "fan", "veteran", "parent",
            "relative");
    /** A relative clause between a speaker and the verb, with the commas of its own asides. */
    private static final int MAX_RELATIVE_CLAUSE = 40;
    /** The sentences of a document's lead, where a description may stand for a name that comes later. */
    private static final int LEAD_SENTENCES = 3;
    /** How many sentences after a lead's "the prime minister" its name may come. */
    private static final int LEAD_NAMING_DISTANCE = 2;
    /** Roles that unnamed sources hold: "the official said" refers back to "a senior official", not to a name. */
    private static final Set<String> ANONYMOUS_ROLES = Set.of("official", "source", "spokesman",
            "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "diplomat", "analyst", "expert",
            "strategist", "lawmaker", "observer", "delegate", "negotiator", "officer", "staffer", "insider",
            "operative", "witness", "resident", "person", "member", "worker", "employee", "executive", "commander");
    /**
     * Nouns for what someone says or writes, whose owner is the speaker: {@code Smith's reply was short: "..."},
     * {@code the ministry's statement was blunt: "..."}.
     */
    private static final Set<String> SAID_NOUNS = Set.of("response", "reply", "answer", "reaction", "verdict",
            "message", "advice", "warning", "comment", "comments", "view", "assessment", "explanation", "argument",
            "words", "statement", "retort", "conclusion", "prediction", "promise", "plea", "position", "reasoning",
            "diagnosis", "instruction", "instructions", "demand", "appeal", "report", "letter", "communique",
            "communiqué", "release", "filing", "memo", "notice", "declaration", "readout", "post", "note", "email",
            "e-mail", "remarks", "remark", "claim", "pledge", "vow", "assurance", "insistence", "description");
    /**
     * Nouns a report calls someone it has named by instead of repeating the name ({@code the forward}, {@code the
     * teenager}): with an age ({@code the 28-year-old}) or a demonym ({@code the Spaniard}), a definite epithet
     * means a person the text has just named, as "he" would, and not an unnamed source.
     */
    private static final Set<String> EPITHETS = Set.of("forward", "striker", "midfielder", "defender", "winger",
            "goalkeeper", "keeper", "full-back", "centre-back", "playmaker", "teenager",
            "youngster", "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "scot", "welshman",
            "irishman", "dutchman", "dutchwoman", "swede", "dane", "pole", "croat", "serb", "argentine",
            "argentinian", "brazilian", "norwegian", "belgian", "uruguayan", "colombian", "nigerian",
            "ghanaian", "moroccan", "australian", "canadian", "italian", "german",
            "american");
    /** Longest epithet phrase after its "the": {@code the former Barcelona and Spain midfielder}. */
    private static final int MAX_EPITHET = 5;
    /**
     * Whom an epithet can mean: a person known by no title, since the text calls a titled one by the title ("the
     * manager"), and the player a manager talks about is the one the next "the 28-year-old" describes.
     */
    private static final Predicate<Entity> UNTITLED_PERSON = e -> e.kind() != SpeakerKind.ORGANISATION
            && !e.hasRole();
    /** Who writes a firm's notes to clients: {@code analysts at Jefferies}, {@code economists at the bank}. */
    private static final Set<String> RESEARCH_DESKS = Set.of("analysts", "economists", "strategists");
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("for", "of", "from", "at",
            "with", "in");

    private final Lexicon lexicon;
    private final Registry registry;
    private final Salience salience;

    SpeakerResolver(Lexicon lexicon, Registry registry, Salience salience) {
        this.lexicon = lexicon;
        this.registry = registry;
        this.salience = salience;
    }

    /**
     * Reads the subject of a verb at {@code verb}, looking back no further than {@code windowStart}: skips
     * adverbs and auxiliaries ({@code also}, {@code has}), an appositive or relative clause between commas, and
     * resolves what is left.
     *
     * @return the subject, or {@code null} if there is none (an elliptical "And explained that ...")
     */
    Subject before(ParagraphView view, int verb, int windowStart) {
        List<Token> tokens = view.tokens;
        int j = verb - 1;
        int skipped = 0;
        while (j >= windowStart && skipped < MAX_MODIFIERS && tokens.get(j).isWord()
                && (tokens.get(j).word().verbModifier || isTimeAfterOn(tokens, j))) {
            j--;
            skipped++;
        }
        if (j >= windowStart + 1 && tokens.get(j).word().weekday && tokens.get(j - 1).is("on")) {
            j -= 2;
        }
        if (j > windowStart + 1 && tokens.get(j).isPunct(',') && tokens.get(j - 1).isPunct(')')) {
            j--;                  // "Pascal Canfin (Renew, FR), said": the comma closes the name's apposition
        }
        if (j > windowStart && tokens.get(j).isPunct(')')) {
            for (int k = j - 1; k >= windowStart && j - k < 12; k--) {   // "Ismail Ertug (S&D, DE) said"
                if (tokens.get(k).isPunct('(')) {
                    j = k - 1;
                    break;
                }
            }
        }
        if (j < windowStart) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.isWord() && t.word().relativePronoun) {
            int k = j - 1;
            if (k >= windowStart && tokens.get(k).isPunct(',')) {
                k--;
            }
            Subject antecedent = k >= windowStart ? phraseEndingAt(view, k + 1, windowStart) : null;
            return antecedent == null ? null
                    : new Subject(antecedent.speaker(), antecedent.mention(), antecedent.start(), verb, true);
        }
        if (t.isPunct(',')) {
            return beforeParenthetical(view, j, windowStart);
        }
        return phraseEndingAt(view, j + 1, windowStart);
    }

    /**
     * Whether a mention is the subject of an aside that credits the telling to someone else: {@code As Northwire
     * reported,} or {@code as the ministry said,} before the sentence's own subject.
     */
    private static boolean reportsAside(List<Token> tokens, Mention m) {
        return m.phraseStart > 0 && m.end + 1 < tokens.size() && tokens.get(m.phraseStart - 1).is("as")
                && tokens.get(m.end + 1).isPunct(',') && MentionFinder.isCueAt(tokens, m.end);
    }

    private static boolean isTimeAfterOn(List<Token> tokens, int j) {
        return tokens.get(j).word().weekday && j > 0 && tokens.get(j - 1).is("on");
    }

    /** {@code X, a spokesman, said} or {@code chief, Josep Borrell, said}: the subject around a closing comma. */
    private Subject beforeParenthetical(ParagraphView view, int closingComma, int windowStart) {
        List<Token> tokens = view.tokens;
        Mention inside = view.endingAt(closingComma);
        int opening = -1;
        for (int k = closingComma - 1; k >= windowStart && closingComma - k < 25; k--) {
            if (tokens.get(k).isPunct(',')) {
                opening = k;
                break;
            }
            if (tokens.get(k).isQuote()) {
                break;
            }
        }
        if (inside != null && (opening < 0 || inside.phraseStart <= opening)) {
            return subjectOf(inside);
        }
        int relative = relativeClauseComma(tokens, opening < 0 ? closingComma : opening, windowStart);
        if (relative > windowStart) {
            // "Lavrov (pictured), who met his counterpart, Maxim Ryzhenkov, in Minsk, said": a relative clause
            // holds commas of its own; the verb after it is its antecedent's
            Subject antecedent = phraseEndingAt(view, beforeBracket(tokens, relative, windowStart), windowStart);
            if (antecedent != null) {
                return antecedent;
            }
        }
        if (opening < 0) {
            return null;
        }
        Subject outer = phraseEndingAt(view, opening, windowStart);
        Subject affiliated = outer == null ? null : affiliationOwner(view, outer.start(), windowStart);
        if (affiliated != null) {
            return affiliated;      // "Prof Lars Nyberg, of the University of Uppsala, who ..., said"
        }
        boolean namedInside = inside != null && opensApposition(tokens, opening, inside.phraseStart)
                && inside.kind != MentionKind.PRONOUN && inside.kind != MentionKind.DESCRIPTION;
        if (namedInside && outer != null && outer.speaker() == null && outer.end() < opening
                && inside.kind == MentionKind.ORGANISATION) {
            return outer;   // "A spokesperson for the provider, Skyline Systems, said": the name is the provider's
        }
        if (namedInside && (outer == null || outer.speaker() == null)) {
            return subjectOf(inside);    // "Her host, Foreign Minister Rui Tavares, told": the name in apposition
        }
        if (outer != null) {
            return outer;
        }
        if (inside != null && inside.phraseStart == opening + 1) {
            return subjectOf(inside);    // "In a statement, Smith, said" is rare; an inner name is the best guess
        }
        return null;
    }

    /**
     * Whether the name whose phrase starts at {@code phraseStart} opens the apposition after the comma at {@code
     * opening}, alone ({@code , Rui Tavares,}) or after a short lower-case description ({@code her teacher, the
     * organist Henrik Dahl,}).
     */
    private static boolean opensApposition(List<Token> tokens, int opening, int phraseStart) {
        if (phraseStart == opening + 1) {
            return true;
        }
        if (phraseStart - opening > 4 || phraseStart <= opening || !Words.isDeterminer(tokens.get(opening + 1))) {
            return false;
        }
        for (int k = opening + 2; k < phraseStart; k++) {
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person whose affiliation the phrase at {@code start} gives, as {@code Prof Lars Nyberg, of the University
     * of Uppsala,} or {@code Ana Ruiz, from the union,}: a person's name, a comma, {@code of}, {@code from} or
     * {@code at}, then the phrase; null when the phrase is no such affiliation. The affiliation is where the person
     * works, never the speaker.
     */
    private Subject affiliationOwner(ParagraphView view, int start, int windowStart) {
        List<Token> tokens = view.tokens;
        int k = start - 1;
        if (k > windowStart && tokens.get(k).is("the")) {
            k--;
        }
        if (k - 1 <= windowStart || !tokens.get(k - 1).isPunct(',') || !tokens.get(k).isWord()
                || !(tokens.get(k).is("of") || tokens.get(k).is("from") || tokens.get(k).is("at"))) {
            return null;
        }
        Mention person = view.endingAt(k - 1);
        return person != null && person.kind == MentionKind.PERSON ? subjectOf(person) : null;
    }

    /**
     * The comma that opens a relative clause ({@code , who}, {@code , whose}, {@code , which}) before {@code from}
     * in the same sentence and with no quotation between, or -1.
     */
    private static int relativeClauseComma(List<Token> tokens, int from, int windowStart) {
        int sentence = tokens.get(from).sentence();
        for (int k = from - 1; k > windowStart && from - k <= MAX_RELATIVE_CLAUSE; k--) {
            Token t = tokens.get(k);
            if (t.isQuote() || t.sentence() != sentence) {
                return -1;
            }
            if (t.isWord() && t.word().relativePronoun && !t.is("whom")) {
                if (tokens.get(k - 1).isPunct(',')) {
                    return k - 1;
                }
                int described = describedBefore(tokens, k, windowStart);
                if (described > 0) {
                    return described;
                }
            }
        }
        return -1;
    }

    /**
     * The comma that opens an apposition ending in a relative clause at {@code relative}, as in {@code Martin Kessler,
     * a toxicologist who advises ...}: a determiner and up to three lower-case words between it and the relative
     * pronoun; -1 when the pronoun follows anything else.
     */
    private static int describedBefore(List<Token> tokens, int relative, int windowStart) {
        for (int k = relative - 1; k > windowStart && relative - k <= 4; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalised()) {
                return -1;
            }
            if (t.word().determiner) {
                return tokens.get(k - 1).isPunct(',') ? k - 1 : -1;
            }
        }
        return -1;
    }

    /** {@code at}, or the opening bracket of a short aside that closes right before it: {@code Lavrov (pictured),}. */
    private static int beforeBracket(List<Token> tokens, int at, int windowStart) {
        if (at - 1 <= windowStart || !tokens.get(at - 1).isPunct(')')) {
            return at;
        }
        for (int k = at - 2; k > windowStart && at - k < 12; k--) {
            if (tokens.get(k).isPunct('(')) {
                return k;
            }
        }
        return at;
    }

    /** The noun phrase whose last token is {@code end - 1}: a mention, a pronoun or a description. */
    Subject phraseEndingAt(ParagraphView view, int end, int windowStart) {
        if (end <= windowStart || end > view.tokens.size()) {
            return null;
        }
        Subject epithet = epithetEndingAt(view, end, windowStart);
        if (epithet != null) {
            return epithet;
        }
        Mention m = view.endingAt(end);
        if (view.tokenArray[end - 1].word().postNominal && end - 1 > windowStart) {
            Mention person = view.endingAt(end - 1);     // "Rebecca Thornbury KC, prosecuting, said": not "KC"
            if (person != null && person.kind == MentionKind.PERSON) {
                return subjectOf(person);
            }
        }
        if (m != null && m.kind != MentionKind.PRONOUN) {
            int before = m.phraseStart - 1;
            if (before > windowStart && view.tokens.get(before).isWord()
                    && COMPLEMENT_PREPOSITIONS.contains(view.tokens.get(before).lower())) {
                // "a spokesman for Sorensen", "Senator Burnett of Kentucky", "observers from the EU": the head speaks;
                // but "a statement from the Elysee" passes on what its source says, as owner() reads it forwards
                Mention headMention = view.endingAt(before);
                Subject desk = researchDesk(view, headMention, view.tokens.get(before), m);
                if (desk != null) {
                    return desk;
                }
                if (headMention == null || !passesOnFrom(headMention, view.tokens.get(before))) {
                    Subject head = phraseEndingAt(view, before, windowStart);
                    if (head != null) {
                        return head;
                    }
                }
            }
            if (m.kind == MentionKind.DESCRIPTION && m.phraseStart >= windowStart) {
                Subject desk = definiteFirmsDesk(view, m);
                if (desk != null) {
                    return desk;
                }
            }
            return subjectOf(m);
        }
        Token t = view.tokens.get(end - 1);
        if (t.isWord() && isPronoun(t.lower())) {
            return pronoun(view, end - 1);
        }
        if (MentionFinder.isPartyTag(t.text()) && end - 2 > windowStart && view.tokens.get(end - 2).isPunct(',')) {
            return phraseEndingAt(view, end - 2, windowStart);     // "Sen. Lisa Marchetti, D-Maine, ... said"
        }
        if (t.is("one") || t.is("another")) {
            return new Subject(null, t.text(), end - 1, end, false);   // "one said", "which one described as"
        }
        return description(view, end, windowStart);
    }

    /** The noun phrase starting at {@code start}, as after an inverted cue ({@code said Secretary Blinken}). */
    Subject phraseStartingAt(ParagraphView view, int start, int limit) {
        if (start >= Math.min(limit, view.tokens.size())) {
            return null;
        }
        Token t = view.tokens.get(start);
        if (t.isWord() && isPronoun(t.lower())) {
            return pronoun(view, start);
        }
        if (t.is("the")) {
            Subject epithet = epithetStartingAt(view, start, limit);
            if (epithet != null) {
                return epithet;
            }
        }
        Mention m = view.startingAt(start);
        if (m == null) {
            m = mentionAfterModifiers(view, start, limit);   // "union leader Grace Okafor"
        }
        if (m != null && m.kind != MentionKind.PRONOUN) {
            Subject desk = m.kind == MentionKind.DESCRIPTION ? definiteFirmsDesk(view, m) : firmsDesk(view, m, start);
            if (desk != null) {
                return desk;
            }
            if (qualifiesUnnamedPerson(view, m)) {
                // "a government source", "police sources": the name only says whom the unnamed speaker serves
                return new Subject(null, MentionFinder.span(view.text, view.tokens, start, m.end + 1), start,
                        m.end + 1, false);
            }
            Mention qualified = personQualifiedBy(view, m, limit);
            if (qualified != null) {
                return subjectOf(qualified);
            }
            return subjectOf(owner(view, m, limit));
        }
        // an unnamed speaker: "a senior official", "one diplomat" up to the next punctuation
        int j = start;
        while (j < limit && j < view.tokens.size() && j - start < MAX_DESCRIPTION && view.tokens.get(j).isWord()
                && !view.tokens.get(j).is("that") && !view.tokens.get(j).is("who")
                && !MentionFinder.isCueAt(view.tokens, j)     // not "State Department" nor "the report", nouns
                && !(j > start && view.tokens.get(j).word().verbModifier)) {    // "a spokeswoman later wrote"
            j++;
        }
        if (j > start && (Words.isDeterminer(t) || t.word().pluralSpeakerNoun
                || view.tokens.get(j - 1).word().pluralSpeakerNoun)) {     // "senior officials", "police sources"
            return new Subject(null, MentionFinder.span(view.text, view.tokens, start, j), start, j, false);
        }
        return null;
    }

    /**
     * Whether an organisation, an organisation noun or a bare name is only the modifier of a lower-case noun for an unnamed person right
     * after it, as {@code government} in {@code a government source} or {@code police} in {@code police sources}.
     */
    private boolean qualifiesUnnamedPerson(ParagraphView view, Mention m) {
        boolean organisationNoun = m.kind == MentionKind.DESCRIPTION && m.role == null;     // "a government"
        if ((m.kind != MentionKind.ORGANISATION && m.kind != MentionKind.PROPER && !organisationNoun)
                || m.end >= view.tokens.size()) {
            return false;
        }
        Token noun = view.tokens.get(m.end);
        if (!noun.isWord() || noun.isCapitalised() || noun.word().cue != null) {
            return false;
        }
        String lower = noun.lower();
        boolean personNoun = ANONYMOUS_ROLES.contains(lower) || noun.word().pluralSpeakerNoun;
        // "a government source, Jane Doe," or "police officer John Smith": a name follows, and the mention
        // finder has read that phrase as a title with its name
        return personNoun && view.startingAt(m.end + 1) == null
                && !(m.end + 2 < view.tokens.size() && view.tokens.get(m.end + 1).isPunct(',')
                && view.startingAt(m.end + 2) != null);
    }

    /**
     * The titled person that an organisation or name only qualifies, over lower-case modifiers: {@code EU climate
     * chief Wopke Hoekstra}, {@code UN refugee agency spokeswoman Olga Sarrado}; {@code null} if none.
     */
    private Mention personQualifiedBy(ParagraphView view, Mention m, int limit) {
        if ((m.kind != MentionKind.ORGANISATION && m.kind != MentionKind.PROPER) || m.end >= view.tokens.size()
                || view.tokens.get(m.end).lower().endsWith("ed")) {
            return null;          // "Google fired engineer John Smith": a verb, not a modifier
        }
        Mention person = mentionAfterModifiers(view, m.end, limit);
        return person != null && person.kind == MentionKind.PERSON && person.role != null ? person : null;
    }

    /** A mention starting after up to three lower-case modifiers that are not verbs or function words. */
    private Mention mentionAfterModifiers(ParagraphView view, int start, int limit) {
        for (int k = start; k < Math.min(limit, start + 3) && k < view.tokens.size(); k++) {
            Token t = view.tokens.get(k);
            if (!t.isWord() || t.isCapitalised() || t.word().notVerb
                    || t.word().preposition || t.word().cue != null) {
                return null;
            }
            Mention m = view.startingAt(k + 1);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The name set off by commas after up to three lower-case words that an owner's possessive opens, as in {@code
     * Odinga's running mate, Martha Karua, told}: the words say who the named person is to the owner; {@code null}
     * if no such name follows.
     */
    private static Mention nameInApposition(ParagraphView view, int start, int limit) {
        for (int k = start; k < Math.min(limit, start + 4) && k < view.tokens.size(); k++) {
            Token t = view.tokens.get(k);
            if (t.isPunct(',') && k > start) {
                Mention m = view.startingAt(k + 1);
                boolean person = m != null && (m.kind == MentionKind.PERSON || (m.kind == MentionKind.PROPER && !m.place));
                return person && m.start == k + 1 && m.end < view.tokens.size() && m.end <= limit
                        && view.tokens.get(m.end).isPunct(',') ? m : null;
            }
            if (!t.isWord() || t.isCapitalised() || t.word().notVerb || t.word().preposition || t.word().cue != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * {@code Analysts at Jefferies wrote in a note}: a firm's research desk speaks for the firm, as {@code Berenberg
     * said in a note} does; {@code null} for any other head and preposition, and for a person's name after "at".
     */
    private Subject researchDesk(ParagraphView view, Mention head, Token preposition, Mention firm) {
        if (head == null || !preposition.is("at") || head.end - head.start != 1
                || !RESEARCH_DESKS.contains(view.tokens.get(head.start).lower())) {
            return null;
        }
        return firmSpeaking(view, firm, head.phraseStart, firm.end);
    }

    /**
     * {@code Jefferies analysts said}, {@code said Goldman Sachs economists}: a named firm right before a research
     * desk's noun speaks for the firm, as {@code analysts at Jefferies} does ({@link #researchDesk}); null when the
     * name is no firm's or no desk follows it.
     */
    private Subject firmsDesk(ParagraphView view, Mention firm, int phraseStart) {
        if (firm.end >= view.tokens.size() || !RESEARCH_DESKS.contains(view.tokens.get(firm.end).lower())) {
            return null;
        }
        return firmSpeaking(view, firm, phraseStart, firm.end + 1);
    }

    /**
     * {@code the Jefferies analysts wrote}: a description whose determiner is "the", whose head is a research desk's
     * noun and whose modifiers are one to three capitalised words, the firm's name, speaks for that firm as {@code
     * Jefferies analysts} does ({@link #firmsDesk}); null for any other description.
     */
    private Subject definiteFirmsDesk(ParagraphView view, Mention m) {
        Token[] tokens = view.tokenArray;
        int head = m.end - 1;
        int firmStart = m.phraseStart + 1;
        if (head - firmStart < 1 || head - firmStart > 3 || !RESEARCH_DESKS.contains(tokens[head].lower())
                || !(tokens[m.phraseStart].is("the") || tokens[m.phraseStart].is("The"))) {
            return null;
        }
        for (int k = firmStart; k < head; k++) {
            if (!tokens[k].isWord() || !tokens[k].isCapitalised() || tokens[k].word().nationality
                    || tokens[k].word().placeName) {
                return null;       // "the German analysts", "the London analysts": no firm's name
            }
        }
        String name = MentionFinder.span(view.text, tokens, firmStart, head);
        Mention firm = new Mention(MentionKind.PROPER, m.paragraph, firmStart, head, firmStart, m.sentence, name,
                name, null, Gender.UNKNOWN);
        return firmSpeaking(view, firm, m.phraseStart, m.end);
    }

    /** The firm a research desk's phrase {@code [start, end)} names, speaking; null when the name is no firm's. */
    private Subject firmSpeaking(ParagraphView view, Mention firm, int start, int end) {
        if (firm.place || (firm.kind != MentionKind.PROPER && firm.kind != MentionKind.ORGANISATION)) {
            return null;
        }
        Entity e = firm.entity != null ? firm.entity : registry.linkOrganisation(firm);
        return e.kind() != SpeakerKind.ORGANISATION ? null
                : new Subject(e, MentionFinder.span(view.text, view.tokens, start, end), start, end, false);
    }

    /**
     * Whether a description with no role ({@code a statement}, {@code the report}) passes on the words of what
     * follows {@code preposition}, as in {@code a statement from the ministry} or {@code a report by the court}.
     */
    private static boolean passesOnFrom(Mention head, Token preposition) {
        return head.kind == MentionKind.DESCRIPTION && head.role == null
                && (preposition.is("from") || preposition.is("by"));
    }

    /**
     * Follows a phrase to the one it introduces: {@code the central bank's governor, Yuki Tanaka} and {@code Labour's
     * shadow chancellor, Rachel Reeves} are the named people, and {@code a statement from the Interior Ministry} is
     * the ministry.
     */
    private Mention owner(ParagraphView view, Mention m, int limit) {
        Mention current = m;
        for (int step = 0; step < 2; step++) {
            int next = current.end;
            if (next < view.tokens.size() && view.tokens.get(next).kind() == TokenKind.POSSESSIVE) {
                Mention owned = view.startingAt(next + 1);
                if (owned == null) {
                    owned = view.startingAt(next);
                }
                if (owned == null) {
                    owned = mentionAfterModifiers(view, next + 1, limit);   // "Labour's shadow chancellor, ..."
                }
                if (owned == null) {
                    owned = nameInApposition(view, next + 1, limit);       // "Odinga's running mate, Martha Karua,"
                }
                if (owned != null && owned != current && owned.end <= limit) {
                    current = owned;
                    continue;
                }
            }
            if (next + 1 < view.tokens.size() && passesOnFrom(current, view.tokens.get(next))) {
                Mention source = view.startingAt(next + 1);
                if (source != null && source.end <= limit && source.kind != MentionKind.PRONOUN) {
                    current = source;
                    continue;
                }
            }
            break;
        }
        return current;
    }

    /**
     * A clause opening with a possessive pronoun, as in {@code Her reason was simple:}, or with a name's word for
     * what was said, as in {@code Mr Holt's verdict was blunt:}, whose owner is the speaker of what the colon
     * introduces; {@code null} for any other opening.
     */
    Subject possessiveOpener(ParagraphView view, int start) {
        if (start >= view.tokens.size()) {
            return null;
        }
        Mention owner = view.startingAt(start);
        if (owner != null && owner.kind != MentionKind.PRONOUN && owner.kind != MentionKind.DESCRIPTION
                && owner.end + 1 < view.tokens.size() && view.tokens.get(owner.end).kind() == TokenKind.POSSESSIVE
                && isSaidNoun(view.tokens.get(owner.end + 1).lower())) {
            return subjectOf(owner);     // "Mr Holt's verdict was blunt:", but not "Mr Holt's lawyer was blunt:"
        }
        Token t = view.tokens.get(start);
        if (!t.is("her") && !t.is("his")) {
            return null;
        }
        Gender g = t.is("her") ? Gender.FEMALE : Gender.MALE;
        Entity e = salience.best(view, start, t.sentence(), Salience.fitsPronoun(t.lower()), g, Salience.PRONOUN);
        return e == null ? null : new Subject(e, t.text(), start, start + 1, false);
    }

    /** The subject of the clause holding a participle cue ({@code X referred to Y, saying ...}). */
    Subject clauseSubject(ParagraphView view, int windowStart, int cue) {
        Mention fallback = null;
        Subject unnamed = null;      // "40 Labour backbenchers signed a letter warning that ..."
        for (Mention m : view.mentions) {
            if (m.phraseStart < windowStart || m.end > cue
                    || (m.phraseStart > 0 && view.tokens.get(m.phraseStart - 1).isPunct('('))) {
                continue;         // "Pascal Canfin (Renew, FR) said:": a party in brackets is nobody's subject
            }
            if (reportsAside(view.tokens, m)) {
                continue;         // "As Northwire reported, Raimondo ... and said": the aside's subject passes it on
            }
            if (m.kind == MentionKind.PRONOUN) {
                if (m.start == windowStart || (m.start > 0 && view.tokens.get(m.start - 1).word().clauseOpener)) {
                    return pronoun(view, m.start);
                }
                continue;
            }
            if (m.grammaticalRole == GrammaticalRole.SUBJECT || m.grammaticalRole == GrammaticalRole.SPEAKER) {
                Subject epithet = m.end - m.start == 1 ? epithetEndingAt(view, m.end, windowStart) : null;
                return epithet != null ? epithet : subjectOf(m);   // "the Ukrainian shook her head: ..."
            }
            if (unnamed == null && fallback == null && qualifiesPlural(view.tokens, m.end)) {
                unnamed = new Subject(null, MentionFinder.span(view.text, view.tokens, m.phraseStart, m.end + 1),
                        m.phraseStart, m.end + 1, false);
                continue;
            }
            if (fallback == null && unnamed == null && m.grammaticalRole != GrammaticalRole.POSSESSIVE
                    && !precededByPreposition(view.tokens, m.phraseStart)) {
                fallback = m;
            }
        }
        return fallback != null ? subjectOf(fallback) : unnamed;
    }

    /**
     * The subject of the clause in {@code [windowStart, end)} when it is someone unnamed, an indefinite description
     * opening the clause ({@code One senior Republican aide, granted anonymity, put the odds at}); null for any other
     * subject. Resolves nothing, so it leaves no entity behind.
     */
    Subject indefiniteSubject(ParagraphView view, int windowStart, int end) {
        List<Mention> mentions = view.mentions;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.phraseStart < windowStart) {
                continue;
            }
            if (m.end > end || m.kind != MentionKind.DESCRIPTION || m.entity != null || m.start - windowStart > 4
                    || !INDEFINITE.contains(view.tokens.get(windowStart).lower())) {
                return null;      // the phrase opening the clause decides
            }
            return new Subject(null, MentionFinder.span(view.text, view.tokens, windowStart, m.end), windowStart,
                    m.end, false);
        }
        return null;
    }

    /** Whether a lower-case noun is one for an ordinary person or an unnamed source's role: {@code teacher}. */
    static boolean isPersonNoun(String lower) {
        return ORDINARY_PEOPLE.contains(lower) || ANONYMOUS_ROLES.contains(lower);
    }

    static boolean isSaidNoun(String word) {
        return SAID_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String lastWord(String phrase) {
        int space = phrase.lastIndexOf(' ');
        return space < 0 ? phrase : phrase.substring(space + 1);
    }

    /** {@code Labour backbenchers}, {@code EU diplomats}: the name only qualifies the people who speak. */
    private boolean qualifiesPlural(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).isWord() && !tokens.get(end).isCapitalised()
                && tokens.get(end).word().pluralSpeakerNoun;
    }

    private static boolean precededByPreposition(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).word().preposition;
    }

    private Subject subjectOf(Mention m) {
        if (m.kind == MentionKind.PROPER && m.entity == null && m.end - m.start == 1
                && isPluralSpeakerNoun(m.name.toLowerCase(Locale.ROOT))) {
            return new Subject(null, m.text, m.phraseStart, m.end, false);   // "Analysts said" opens a sentence
        }
        Entity e = resolve(m);
        return new Subject(e, m.text, m.phraseStart, m.end, false);
    }

    /** The entity a mention refers to, creating one for a bare name used as a speaker. */
    Entity resolve(Mention m) {
        if (m.entity != null) {
            return m.entity;
        }
        switch (m.kind) {
            case PERSON -> {
                return registry.linkPerson(m);
            }
            case ORGANISATION -> {
                return registry.linkOrganisation(m);
            }
            case PROPER -> {
                Entity known = registry.linkKnown(m);
                if (known != null) {
                    return known;
                }
                if (m.place) {
                    return registry.linkOrganisation(m);     // "North Korea said": its government
                }
                Entity e = registry.linkPerson(m);
                e.offerKind(SpeakerKind.PERSON);
                return e;
            }
            case DESCRIPTION -> {
                return resolveDescription(m);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Links each definite title that opens a clause of the paragraph ({@code The Secretary began by ...}) to the
     * person known by that title, so that a pronoun after it ({@code "...," he said}) can mean them. Only a holder
     * named with the title counts; unnamed sources' titles ("the official") stay unlinked.
     */
    void linkTitles(ParagraphView view) {
        List<Mention> mentions = view.mentions;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.kind == MentionKind.DESCRIPTION && m.role != null && m.entity == null && m.phraseStart < m.start
                    && (m.grammaticalRole == GrammaticalRole.SUBJECT || m.grammaticalRole == GrammaticalRole.SPEAKER)
                    && view.tokenArray[m.phraseStart].is("the")) {
                // the title's last word first: most titles name no holder, and then nothing is built or split
                String head = view.tokenArray[m.end - 1].norm();
                if (!ANONYMOUS_ROLES.contains(head) && registry.holdsRoleWord(head)) {
                    m.entity = registry.personByRole(Lexicon.normalise(m.role), m.sentence);
                }
            }
        }
    }

    private Entity resolveDescription(Mention m) {
        boolean definite = m.phraseStart < m.start && (m.text.startsWith("the ") || m.text.startsWith("The ")
                || m.text.startsWith("its ") || m.text.startsWith("their ") || ownedRole(m));
        String head = Lexicon.normalise(m.name);
        if (m.role == null) {
            if (!definite) {
                return null;
            }
            boolean publication = head.equals("newspaper") || head.equals("paper") || head.equals("daily")
                    || head.equals("magazine") || head.equals("outlet") || head.equals("broadcaster");
            return registry.organisationByNoun(head, publication, m.sentence);
        }
        if (!definite && m.phraseStart < m.start) {
            return null;                 // "a spokesman": someone the text does not name
        }
        String role = Lexicon.normalise(m.role);
        Entity holder = registry.personByRole(role, m.sentence);
        if (holder == null && definite && !isAnonymousRole(role)) {
            String owner = ownedRole(m) ? m.text.substring(0, m.text.length() - m.role.length())
                    .toLowerCase(Locale.ROOT) : "";
            // "The prime minister has insisted ...", and she is named in the next sentence or two: news leads name
            // their subject late; later on, a title is named in the very next sentence, as in "..., the chief
            // executive said on a call. Katarina Lindqvist, who took charge in April, said ..."
            boolean lead = m.sentence < LEAD_SENTENCES;
            holder = registry.personNamedAfter(m.sentence, lead ? LEAD_NAMING_DISTANCE : 1, m.gender, role,
                    lead ? -1 : m.paragraph);
            if (holder == null) {
                // "the prime minister said" where she was only ever named: the article's protagonist, if she holds
                // no other title and is in focus; anyone else may hold another one ("the union's leader") or be
                // the title's holder's counterpart, and the title then names nobody the text has introduced
                Entity protagonist = registry.protagonist();
                if (protagonist != null && !protagonist.hasRole()
                        && (protagonist.gender() != Gender.UNKNOWN || Entity.wordCount(protagonist.name()) >= 2)) {
                    holder = salience.best(null, 0, m.sentence, e -> e == protagonist, m.gender, Salience.PRONOUN);
                }
            }
            if (holder != null && owns(owner, holder)) {
                holder = null;
            }
            if (holder != null) {
                registry.addRole(holder, m.role);    // she holds the title from now on
            }
        }
        return holder;
    }

    /**
     * Whether a normalised title is one unnamed sources hold ({@code official}, {@code senior executive}); a chief's
     * title is one person's ({@code chief executive}, {@code chief operating officer}).
     */
    private static boolean isAnonymousRole(String role) {
        return ANONYMOUS_ROLES.contains(lastWord(role)) && !role.startsWith("chief ");
    }

    /** Whether the owner in front of a role ({@code mr holt's }) names {@code e}: nobody is their own lawyer. */
    private static boolean owns(String owner, Entity e) {
        return !owner.isEmpty() && e.surname() != null && owner.contains(e.surname());
    }

    /** {@code Scotland's first minister}: a role its owner makes as definite as "the". */
    private static boolean ownedRole(Mention m) {
        if (m.role == null) {
            return false;
        }
        int roleAt = m.text.length() - m.role.length();
        if (roleAt < 3 || !m.text.endsWith(m.role)) {
            return false;
        }
        char s = m.text.charAt(roleAt - 2);
        char mark = m.text.charAt(roleAt - 3);
        return m.text.charAt(roleAt - 1) == ' ' && (s == 's' || s == 'S') && (mark == '\'' || mark == '\u2019');
    }

    /** A definite epithet ending at {@code end} ({@code the 28-year-old said}), or null. */
    private Subject epithetEndingAt(ParagraphView view, int end, int windowStart) {
        Token[] tokens = view.tokenArray;
        if (!isEpithet(tokens[end - 1])) {
            return null;        // the head first: almost no phrase before a verb ends in one
        }
        for (int k = end - 2; k >= windowStart && end - k <= MAX_EPITHET + 1 && tokens[k].isWord(); k--) {
            if (tokens[k].is("the") || tokens[k].is("The")) {
                return epithet(view, k, end);
            }
        }
        return null;
    }

    /**
     * A definite epithet opening at {@code the}, before a verb or after an inverted one ({@code the teenager said},
     * {@code said the forward, who}), or null. Its head is the first epithet the phrase ends at: a word, a verb or
     * a modifier after it ({@code the German chancellor}, {@code the forward's agent}) makes it something else.
     */
    private Subject epithetStartingAt(ParagraphView view, int the, int limit) {
        Token[] tokens = view.tokenArray;
        int stop = Math.min(limit, tokens.length);
        for (int j = the + 1; j < stop && j - the <= MAX_EPITHET && tokens[j].isWord(); j++) {
            if (isEpithet(tokens[j])) {
                int next = j + 1;
                boolean ends = next >= tokens.length || tokens[next].is("who")
                        || (!tokens[next].isWord() && tokens[next].kind() != TokenKind.POSSESSIVE)
                        || MentionFinder.isCueAt(view.tokens, next)
                        || (tokens[next].isWord() && tokens[next].word().verbModifier);
                return ends ? epithet(view, the, next) : null;
            }
        }
        return null;
    }

    /** The person just named whom the epithet at {@code [start, end)} stands for, as "he" or "she" would. */
    private Subject epithet(ParagraphView view, int start, int end) {
        Token t = view.tokenArray[start];
        Entity e = salience.best(view, start, t.sentence(), UNTITLED_PERSON, Gender.UNKNOWN, Salience.PRONOUN);
        return new Subject(e, MentionFinder.span(view.text, view.tokens, start, end), start, end, false);
    }

    /** {@code forward}, {@code Spaniard}, {@code 28-year-old}: a word for someone already named. */
    private static boolean isEpithet(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        return EPITHETS.contains(w) || (w.endsWith("-year-old") && w.length() > 9 && Character.isDigit(w.charAt(0)))
                || (t.word().nationality && t.isCapitalised() && isSingularNoun(w));
    }

    /**
     * Whether a nation's adjective is also a noun for one person ({@code the Ukrainian}, {@code the Chilean}); {@code
     * the Chinese}, {@code the British}, {@code the Dutch} and {@code the Swiss} mean a whole side.
     */
    private static boolean isSingularNoun(String nationality) {
        return !nationality.endsWith("ese") && !nationality.endsWith("sh") && !nationality.endsWith("ch")
                && !nationality.endsWith("ss");
    }

    /**
     * Whom the pronoun at {@code at} stands for; an unnamed speaker when it can only be someone the text has not
     * named.
     */
    private Subject pronoun(ParagraphView view, int at) {
        return pronoun(view, at, null);
    }

    /**
     * The person the object pronoun of an active "quoted" at {@code at} stands for ({@code The agency quoted her as
     * saying}): never the verb's own subject, which
     * {@code Northwire quoted him} would otherwise offer as the nearest man.
     *
     * @param start where the sentence starts
     * @param verb  the index of "quoted"
     */
    Subject quotedPronoun(ParagraphView view, int at, int start, int verb) {
        Subject subject = clauseSubject(view, start, verb);
        return pronoun(view, at, subject == null ? null : subject.speaker());
    }

    private Subject pronoun(ParagraphView view, int at, Entity excluded) {
        Token t = view.tokens.get(at);
        String p = t.lower();
        if (p.equals("i") || p.equals("we")) {
            return new Subject(null, t.text(), at, at + 1, false);
        }
        if ((p.equals("they") || p.equals("them")) && unnamedGroupBefore(view, at)) {
            return new Subject(null, t.text(), at, at + 1, false);
        }
        Gender g = p.equals("he") || p.equals("him") ? Gender.MALE
                : p.equals("she") || p.equals("her") ? Gender.FEMALE : Gender.UNKNOWN;
        if (g != Gender.UNKNOWN && unnamedPersonBefore(view, at)) {
            return new Subject(null, t.text(), at, at + 1, false);
        }
        Predicate<Entity> fits = Salience.fitsPronoun(p);
        if (excluded != null) {
            fits = fits.and(e -> e != excluded);
        }
        Entity e = salience.best(view, at, t.sentence(), fits, g, Salience.PRONOUN);
        if (e != null) {
            e.offerGender(g);       // "she said" about a name the lists do not know tells her gender from now on
        }
        return new Subject(e, t.text(), at, at + 1, false);
    }

    /**
     * Whether "he" or "she" at {@code at} means someone the paragraph introduced before it only by a description,
     * with nobody named since: {@code One resident, who lives on the estate, said ... She told the BBC}, {@code A
     * woman selling bread shook her head. ... she added}. The description opens its sentence, so that it is the
     * subject and no apposition ({@code Smith, a nurse,}): an indefinite determiner and, within a few words, a noun
     * for a person. A name anywhere after it may be the one meant, and ends the search.
     */
    private static boolean unnamedPersonBefore(ParagraphView view, int at) {
        int named = Math.max(0, at - MAX_UNNAMED_DISTANCE);
        for (int end = at; end > named; end--) {       // bounded: a paragraph of many quotes stays linear
            Mention m = view.endingAt(end);
            if (m != null && m.entity != null && m.kind != MentionKind.PRONOUN) {
                named = end;
                break;
            }
        }
        Token[] tokens = view.tokenArray;
        for (int k = at - 1; k >= named && at - k <= MAX_UNNAMED_DISTANCE; k--) {
            Token t = tokens[k];
            if (t.isWord() && t.word().determiner && (k == 0 || tokens[k - 1].sentence() != t.sentence())
                    && INDEFINITE.contains(t.lower())) {
                for (int j = k + 1; j < tokens.length && j - k <= 4 && tokens[j].isWord(); j++) {
                    String noun = tokens[j].lower();
                    if (ANONYMOUS_ROLES.contains(noun) || ORDINARY_PEOPLE.contains(noun)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a group of unnamed people ({@code Two of the nine committee members}, {@code critics}) stands in the
     * paragraph shortly before a "they" at {@code at}, in its sentence or the one before: they, not a named
     * person or organisation, are meant.
     */
    private static boolean unnamedGroupBefore(ParagraphView view, int at) {
        Token[] tokens = view.tokenArray;
        int sentence = tokens[at].sentence();
        for (int k = at - 1; k >= 0 && at - k <= MAX_GROUP_DISTANCE && sentence - tokens[k].sentence() <= 1; k--) {
            Token t = tokens[k];
            boolean opensSentence = k == 0 || tokens[k - 1].sentence() != t.sentence();
            if (t.isWord() && (!t.isCapitalised() || opensSentence) && t.word().pluralSpeakerNoun) {
                return true;
            }
        }
        return false;
    }

    /** A description ending at {@code end}: {@code officials}, {@code the rebels}, {@code a senior diplomat}. */
    private Subject description(ParagraphView view, int end, int windowStart) {
        List<Token> tokens = view.tokens;
        Token head = tokens.get(end - 1);
        if (!head.isWord() || head.word().notVerb || head.word().preposition) {
            return null;
        }
        int k = end - 1;
        boolean owned = false;
        while (k > windowStart && end - k < MAX_DESCRIPTION) {
            Token before = tokens.get(k - 1);
            if (!before.isWord() && before.kind() != TokenKind.POSSESSIVE) {
                break;
            }
            if (Words.isDeterminer(before)) {
                Subject person = personBeforeComplement(view, k - 1, windowStart);
                return person != null ? person
                        : new Subject(null, MentionFinder.span(view.text, tokens, k - 1, end), k - 1, end, false);
            }
            if (before.isWord() && (before.word().preposition || before.word().notVerb)) {
                break;
            }
            owned |= before.kind() == TokenKind.POSSESSIVE;
            k--;
        }
        if (owned && k == windowStart && tokens.get(k).isWord() && !tokens.get(k).word().notVerb) {
            // "Residents' groups called it ...": an owner opening the sentence makes its noun a description
            return new Subject(null, MentionFinder.span(view.text, tokens, k, end), k, end, false);
        }
        if (head.word().pluralSpeakerNoun && (k == end - 1 || tokens.get(k).isCapitalised())) {
            return new Subject(null, MentionFinder.span(view.text, tokens, k, end), k, end, false);
        }
        return null;
    }

    /**
     * {@code Neil Barrow of the crime unit said}: a named person before the preposition that opens the description
     * at {@code determiner} is the speaker, the description only where the person works, and so is an unnamed
     * source's role ({@code a spokesperson for the provider}); null when no such phrase ends right before {@code of},
     * {@code for}, {@code at}, {@code from}, {@code with} or {@code in}.
     */
    private Subject personBeforeComplement(ParagraphView view, int determiner, int windowStart) {
        int preposition = determiner - 1;
        if (preposition <= windowStart || !view.tokens.get(preposition).isWord()
                || !COMPLEMENT_PREPOSITIONS.contains(view.tokens.get(preposition).lower())) {
            return null;
        }
        Mention m = view.endingAt(preposition);
        if (m == null) {
            return null;
        }
        if (m.kind == MentionKind.DESCRIPTION && m.entity == null && ANONYMOUS_ROLES.contains(lastWord(m.name))) {
            // "a spokesperson for the provider": an unnamed person speaks for it
            return new Subject(null, m.text, m.phraseStart, m.end, false);
        }
        return m.kind == MentionKind.PERSON ? subjectOf(m) : null;
    }

    private boolean isPluralSpeakerNoun(String word) {
        return lexicon.isPluralSpeakerNoun(word);
    }

    /** Whether a word is a person's object pronoun, the one quoted in {@code quoted him as saying}. */
    static boolean isObjectPronoun(String lower) {
        return lower.equals("him") || lower.equals("her") || lower.equals("them");
    }

    private static boolean isPronoun(String lower) {
        return lower.equals("he") || lower.equals("she") || lower.equals("they") || lower.equals("it")
                || lower.equals("we") || lower.equals("i");
    }

    /** The speaker of a quotation with no cue: the last speaker, or a subject mentioned since. */
    Entity continuation(ParagraphView view, int at) {
        Token t = view.tokens.get(at);
        return salience.best(view, at, t.sentence(), e -> true, Gender.UNKNOWN,
                Salience.CONTINUATION);
    }
}
