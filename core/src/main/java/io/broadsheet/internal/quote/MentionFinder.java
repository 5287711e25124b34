package io.broadsheet.internal.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the people and organisations a paragraph's reporter text mentions: titles with names
 * ({@code NATO Secretary General, Jens Stoltenberg}), honorifics ({@code Mr. Smith}), bare names, organisations,
 * role and organisation descriptions ({@code the secretary general}, {@code the newspaper}) and pronouns. Then
 * marks each one's grammatical role. One left-to-right pass; every look-ahead is bounded by the lexicon's longest
 * entry or a small constant.
 */
final class MentionFinder {

    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_COMPLEMENT_WORDS = 6;
    private static final int MAX_APPOSITIVE = 25;
    /** Lower-case words between a determiner and a title: {@code the opposition party leader}. */
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> DESCRIPTION_DETERMINERS = words("the", "a", "an", "one", "another", "its",
            "his", "her", "their", "our", "two", "three", "several", "some", "many");
    /** Lower-case titles whose capitalised first word opening a sentence is a portfolio: {@code Floods minister}. */
    private static final Set<String> PORTFOLIO_TITLES = words("minister", "secretary");
    private static final Set<String> DEFINITE = words("the", "its", "his", "her", "their", "our");
    /**
     * Organisation nouns that a qualifier does not make a name ({@code the hospital trust}, {@code the football
     * club}), unlike {@code the commerce ministry}: only a name the text gave ({@code Severn Valley Relief Trust})
     * is the one they mean.
     */
    private static final Set<String> NAMED_BODY_NOUNS = words("association", "trust", "charity", "foundation",
            "federation", "institute", "university", "club");
    private static final Set<String> COMPLEMENT_TAILS = words("affairs", "security", "development", "services",
            "resources", "staff", "defense", "defence", "state", "treasury", "justice", "health", "energy",
            "education", "labor", "labour", "agriculture", "transportation", "transport", "interior", "commerce",
            "finance", "trade", "economy", "environment", "industry", "housing", "culture", "sport", "sports",
            "tourism", "welfare", "immigration", "information", "communications", "technology", "science",
            "research", "policy", "relations", "cooperation", "integration", "operations", "intelligence", "rights");

    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> find(int paragraph, String text, Token[] tokens) {
        List<Mention> mentions = new ArrayList<>();
        int n = tokens.length;
        int i = datelineEnd(tokens);
        int qualifierStart = -1;
        while (i < n) {
            Token t = tokens[i];
            if (!t.isWord() || (t.word().opensNoMention
                    && (i == 0 || tokens[i - 1].kind() != TokenKind.POSSESSIVE))) {
                qualifierStart = -1;    // most words: nothing below could start at them
                i++;
                continue;
            }
            int next = tryAt(paragraph, text, tokens, i, qualifierStart, mentions);
            if (next < 0) {
                // i was a qualifier in front of a title: remember where the phrase began
                if (qualifierStart < 0) {
                    qualifierStart = i;
                }
                i = -next;
            } else {
                qualifierStart = -1;
                i = next;
            }
        }
        markRoles(tokens, mentions);
        return mentions;
    }

    /**
     * The token after a dateline that opens a paragraph ({@code WASHINGTON (AP) —}, {@code BRUSSELS, March 12
     * (Reuters) -}), whose place and agency name nobody who speaks; 0 when there is none.
     */
    private static int datelineEnd(Token[] tokens) {
        if (tokens.length == 0 || !tokens[0].isWord() || !tokens[0].word().upperCase) {
            return 0;
        }
        for (int k = 1; k < tokens.length && k < 16; k++) {
            Token t = tokens[k];
            if (t.isPunct('\u2014')) {
                return k + 1;
            }
            if (t.isQuote() || t.isPunct('.') && k + 1 < tokens.length && tokens[k + 1].sentence() != t.sentence()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Reads one mention at {@code i}. Returns the index after it; or, negated, the index of a title that the
     * tokens at {@code i} qualify ({@code European Council} before {@code President Charles Michel}).
     */
    private int tryAt(int p, String text, Token[] tokens, int i, int qualifierStart, List<Mention> out) {
        Token t = tokens[i];
        Word w = t.word();
        if (w.subjectPronoun) {
            out.add(pronoun(p, t, i));
            return i + 1;
        }
        if (w.honorific != null && t.isCapitalised()) {
            int end = honorific(p, text, tokens, i, qualifierStart, out);
            if (end > i) {
                return end;
            }
        }
        // an owner's body before a title: "the European Union's observer mission" is the mission, not an observer
        if (!t.isCapitalised() && i > 0 && tokens[i - 1].kind() == TokenKind.POSSESSIVE && !out.isEmpty()) {
            int end = ownedOrganisation(p, text, tokens, i, out);
            if (end > i) {
                return end;
            }
        }
        int roleEnd = roleEnd(tokens, i);
        if (roleEnd > i) {
            int later = laterTitle(tokens, roleEnd, t);
            // "chief" in "the chief medical officer" only qualifies the officer's title, which is read from there
            return later > 0 ? later : title(p, text, tokens, i, roleEnd, qualifierStart, out);
        }
        return organisationOrName(p, text, tokens, i, qualifierStart, out);
    }

    private static Mention pronoun(int p, Token t, int i) {
        String lower = t.lower();
        return new Mention(MentionKind.PRONOUN, p, i, i + 1, i, t.sentence(), t.text(), "", null,
                lower.equals("he") ? Gender.MALE : lower.equals("she") ? Gender.FEMALE : Gender.UNKNOWN);
    }

    /** {@code Mr. Smith}: a person named after an honorific at {@code i}; returns the end, or {@code i}. */
    private int honorific(int p, String text, Token[] tokens, int i, int qualifierStart, List<Mention> out) {
        Token t = tokens[i];
        int nameEnd = nameRun(tokens, i + 1);
        if (nameEnd <= i + 1) {
            return i;
        }
        Gender honorific = t.word().honorific;
        if (nameEnd > i + 2 && tokens[i + 1].word().first == 'J' && tokens[i + 1].is("justice")) {
            // "Mr Justice Harwood", as English judges are styled: Harwood, a judge; "Justice" is no given name
            out.add(new Mention(MentionKind.PERSON, p, i, nameEnd, phraseStart(tokens, i, qualifierStart),
                    t.sentence(), span(text, tokens, i, nameEnd), span(text, tokens, i + 2, nameEnd), "Justice",
                    honorific));
            return nameEnd;
        }
        String name = span(text, tokens, i + 1, nameEnd);
        Gender gender = honorific != Gender.UNKNOWN ? honorific : firstNameGender(tokens, i + 1, nameEnd);
        out.add(new Mention(MentionKind.PERSON, p, i, nameEnd, phraseStart(tokens, i, qualifierStart),
                t.sentence(), span(text, tokens, i, nameEnd), name, null, gender));
        return nameEnd;
    }

    /**
     * {@code China's commerce ministry}, {@code Dalton's campaign}: an organisation named by its owner, the mention
     * just before the possessive at {@code i - 1}; returns the end, or {@code i}.
     */
    private int ownedOrganisation(int p, String text, Token[] tokens, int i, List<Mention> out) {
        Mention owner = out.get(out.size() - 1);
        if (owner.end != i - 1 || owner.kind == MentionKind.PRONOUN) {
            return i;
        }
        int end = organisationNounEnd(tokens, i);
        if (end > i) {
            String name = text.substring(tokens[owner.start].begin(), tokens[end - 1].end());
            out.add(new Mention(MentionKind.ORGANISATION, p, i, end, owner.phraseStart, tokens[i].sentence(),
                    name, name, null, Gender.UNKNOWN));
        }
        return end;
    }

    /**
     * A known organisation, a run of name words or a description at {@code i}; returns the index after it, or,
     * negated, the index of a title the words qualify.
     */
    private int organisationOrName(int p, String text, Token[] tokens, int i, int qualifierStart,
                                   List<Mention> out) {
        Token t = tokens[i];
        int orgEnd = organisationEnd(tokens, i);
        int end;
        if (orgEnd > i) {
            end = orgEnd;
        } else if (isNameStart(t) || t.word().particle) {
            end = nameRun(tokens, i);
            if (end == i) {
                return i + 1;   // a particle that opens no name: "de facto"
            }
            if (end < tokens.length && tokens[end].word().upperCase && countryCodeEndsName(tokens, i, end)) {
                orgEnd = ++end;         // "Water UK", "Age UK": a national body, not a person called "Water"
            }
        } else if (t.word().opensDescription) {
            return description(p, text, tokens, i, out);
        } else {
            return i + 1;
        }
        int joined = slashJoinedEnd(text, tokens, i, end);
        if (joined > 0) {
            orgEnd = joined;           // "Greens/EFA", "EPP/ECR": a group whose parts a slash joins
            end = joined;
        }
        int named = organisationComplementEnd(tokens, end);
        if (named > end) {
            orgEnd = named;            // "Ministry of Defence", "Bank of England": the complement is part of the name
            end = named;
        }
        // one title test for both: "European Commission President ...", "Kenya's President ..."
        int after = end < tokens.length && tokens[end].kind() == TokenKind.POSSESSIVE ? end + 1 : end;
        if (roleEnd(tokens, after) > after && (after == end || organisationNounEnd(tokens, after) == after)) {
            return -after;      // not "the European Union's observer mission", the owner of a body: tryAt reads it
        }
        if (after + 1 < tokens.length && isOrganisationModifier(tokens[after])) {
            int title = titleOfBody(tokens, after);
            if (title > 0) {
                return -title;    // "ECR group leader", "The RMT union's general secretary": the body's office
            }
        }
        if (after == end && end + 2 < tokens.length && tokens[end].is("and")) {
            int title = pairBeforeTitle(text, tokens, i, end);
            if (title > 0) {
                return -title;        // "Trinidad and Tobago Prime Minister ...": one country of two names
            }
        }
        if (orgEnd <= i && end == i + 1 && end < tokens.length && !tokens[end].isCapitalised()) {
            int described = describedPerson(p, text, tokens, i, out);
            if (described > 0) {
                return described;   // "Local fisherman Mick Dunn": the capitalised word only describes him
            }
        }
        if (orgEnd > i) {
            String name = span(text, tokens, i, orgEnd);
            out.add(new Mention(MentionKind.ORGANISATION, p, i, orgEnd, phraseStart(tokens, i, qualifierStart),
                    t.sentence(), name, name, null, Gender.UNKNOWN));
        } else if (end - i < 2 || !tokens[end - 1].word().placeHead) {
            out.add(classifyName(p, text, tokens, i, end, qualifierStart));
        }
        // else a sea, a street or a transit line ("East China Sea", "Gold Line Extension"): nobody to mention
        return end;
    }

    /**
     * {@code Local fisherman Mick Dunn}, {@code Retired teacher Ann Boyd}, {@code Former shop owner Jo Hale}: a
     * sentence's capitalised first word, one or two lower-case words ending in a noun for a person, then a name
     * with a known given name. The first word only describes the person: it is no name of its own, and with the
     * noun it is the person's role. Returns the index after the name and adds the mention, or -1 (and adds
     * nothing) when the words at {@code i} are not so.
     */
    private int describedPerson(int p, String text, Token[] tokens, int i, List<Mention> out) {
        Token first = tokens[i];
        if ((i > 0 && tokens[i - 1].sentence() == first.sentence()) || first.word().firstName != null
                || isPlace(text, tokens, i, i + 1)) {
            return -1;
        }
        int noun = i + 1;
        if (noun + 1 < tokens.length && isLowerWord(tokens[noun + 1]) && !isPersonNoun(tokens[noun])) {
            noun++;             // "Former shop owner"
        }
        int nameStart = noun + 1;
        if (nameStart >= tokens.length || !isLowerWord(tokens[noun]) || !isPersonNoun(tokens[noun])
                || tokens[nameStart].word().firstName == null || !isNameStart(tokens[nameStart])) {
            return -1;
        }
        int nameEnd = nameRun(tokens, nameStart);
        if (nameEnd - nameStart < 2) {
            return -1;
        }
        String name = span(text, tokens, nameStart, nameEnd);
        out.add(new Mention(MentionKind.PERSON, p, noun, nameEnd, i, first.sentence(), span(text, tokens, i, nameEnd),
                name, span(text, tokens, i, nameStart), tokens[nameStart].word().firstName));
        return nameEnd;
    }

    private static boolean isLowerWord(Token t) {
        return t.isWord() && !t.isCapitalised() && Character.isLetter(t.word().first);
    }

    /**
     * Whether a lower-case word names a person by what they do or are: the nouns of {@link
     * SpeakerResolver#isPersonNoun}, or an agent noun's ending ({@code fisherman}, {@code campaigner},
     * {@code activist}); not a season ({@code Last summer Ann Boyd ...}).
     */
    private static boolean isPersonNoun(Token t) {
        String w = t.lower();
        if (w.length() < 4 || w.equals("summer") || w.equals("winter") || w.equals("later") || w.equals("after")) {
            return false;
        }
        return SpeakerResolver.isPersonNoun(w) || w.endsWith("er") || w.endsWith("or") || w.endsWith("ist")
                || w.endsWith("man") || w.endsWith("woman") || w.endsWith("ian");
    }

    /**
     * The title after two names joined by the {@code and} at {@code and}, as countries of two parts are named
     * before their leader's title ({@code Trinidad and Tobago Prime Minister}, {@code Saint Kitts and Nevis Prime
     * Minister}, {@code Bosnia and Herzegovina Foreign Minister}); -1 when no title follows, when the second name
     * is itself a title ({@code Merkel and Foreign Minister Maas}) or either opens with a given name ({@code Biden
     * and Harris}, two people).
     */
    private int pairBeforeTitle(String text, Token[] tokens, int i, int and) {
        Token second = tokens[and + 1];
        if (!isNameStart(second) || second.sentence() != tokens[i].sentence() || roleEnd(tokens, and + 1) > and + 1
                || second.word().firstName != null
                || (tokens[i].word().firstName != null && !isPlace(text, tokens, i, and))) {
            return -1;          // "Saint Kitts" is a place, though "Saint" is a given name too
        }
        int end = nameRun(tokens, and + 1);
        return end > and + 1 && roleEnd(tokens, end) > end ? end : -1;
    }

    /**
     * Whether the country code at {@code end} ({@code UK}, {@code US}) closes the capitalised name {@code [i, end)}
     * as part of it, as national bodies are named ({@code Water UK}, {@code Cancer Research UK}): only when a verb
     * (a cue or any verb in the past), a clause's punctuation or a title follows, since a code before a noun
     * qualifies that noun ({@code told Reuters US officials had ...}).
     */
    private static boolean countryCodeEndsName(Token[] tokens, int i, int end) {
        Token code = tokens[end];
        if (!Words.COUNTRY_CODES.contains(code.text()) || code.sentence() != tokens[i].sentence()
                || tokens[i].word().upperCase || tokens[i].word().placeName || tokens[i].word().direction) {
            return false;
        }
        if (end + 1 >= tokens.length || tokens[end + 1].sentence() != code.sentence()) {
            return true;
        }
        Token after = tokens[end + 1];
        if (!after.isWord()) {
            return !after.isQuote();
        }
        Word w = after.word();
        return !after.isCapitalised() && (w.cue != null || w.verbModifier || w.relativePronoun || w.notVerb
                || w.roleNode >= 0 || isPastTense(after.lower()));
    }

    /** {@code welcomed}, {@code estimated}: a verb in the past, as a noun after a country code seldom is. */
    private static boolean isPastTense(String lower) {
        int n = lower.length();
        return n >= 5 && lower.charAt(n - 1) == 'd' && lower.charAt(n - 2) == 'e';
    }

    /**
     * The end of a name whose words a slash joins with no space, as a parliament's political groups are written
     * ({@code Greens/EFA}, {@code EPP/ECR}, {@code Reuters/Ipsos}); -1 when no slash joins the words at
     * {@code [i, end)} to each other or to a capitalised word after them. Such a name is an organisation: two
     * places ({@code Russia/Ukraine}) are left alone.
     */
    private static int slashJoinedEnd(String text, Token[] tokens, int i, int end) {
        boolean joined = false;
        int j = i + 1;
        while (j < tokens.length && j - i <= MAX_NAME_WORDS) {
            Token before = tokens[j - 1];
            Token t = tokens[j];
            if (before.end() + 1 != t.begin() || text.charAt(before.end()) != '/') {
                if (j >= end) {
                    break;
                }
                j++;
                continue;
            }
            if (!t.isWord() || !(t.isCapitalised() || t.isAcronym()) || t.sentence() != before.sentence()) {
                break;
            }
            joined = true;
            j++;
            if (j > end) {
                end = j;
            }
        }
        return joined && !tokens[i].word().placeName && !tokens[i].word().direction ? end : -1;
    }

    /**
     * The end of the complement of an organisation's head word ({@code Ministry of Defence}, {@code Department of
     * Health and Human Services}, {@code Committee on Foreign Affairs}, {@code Office for National Statistics}):
     * capitalised words after {@code of} or {@code for}, or after {@code on} for a committee; {@code end} when
     * none follow. A title ends it, so that {@code Bank of England Governor Andrew Bailey} stays a person.
     */
    private int organisationComplementEnd(Token[] tokens, int end) {
        Token head = tokens[end - 1];
        if (end + 1 >= tokens.length || !head.isCapitalised() || !head.word().organisationHead) {
            return end;
        }
        Token link = tokens[end];
        if (!link.is("of") && !link.is("for") && !(link.is("on") && Words.DELIBERATIVE_HEADS.contains(head.lower()))) {
            return end;
        }
        int j = tokens[end + 1].is("the") ? end + 2 : end + 1;
        int last = end;
        while (j < tokens.length && j - end <= MAX_COMPLEMENT_WORDS && tokens[j].isWord()
                && tokens[j].sentence() == head.sentence()) {
            Token w = tokens[j];
            if (w.isCapitalised() && !Words.isCalendarWord(w) && roleEnd(tokens, j) == j) {
                j++;
                last = j;
            } else if (w.is("and") && last == j && j + 1 < tokens.length && tokens[j + 1].isCapitalised()) {
                j++;
            } else {
                break;
            }
        }
        return last;
    }

    /** A title at {@code [i, roleEnd)}: with a name after it a person, otherwise a description. */
    private int title(int p, String text, Token[] tokens, int i, int roleEnd, int qualifierStart,
                      List<Mention> out) {
        Token t = tokens[i];
        // most titles have no "of" or "for" complement: only the few that do call out for it
        int end = roleEnd + 1 < tokens.length && (tokens[roleEnd].is("of") || tokens[roleEnd].is("for"))
                ? complementEnd(tokens, roleEnd) : roleEnd;
        if (end == roleEnd && roleEnd + 1 < tokens.length && tokens[roleEnd].isWord()
                && tokens[roleEnd].word().preposition && !tokens[roleEnd + 1].isCapitalised()) {
            end = portfolioEnd(tokens, roleEnd);
        }
        int second = end == roleEnd ? roleEnd(tokens, end) : end;
        int nameStart = end;
        if (second > end) {
            if (isRankOfAddress(text, tokens, i, end, second)) {
                nameStart = second;   // "press secretary Maj. Gen. Daniel Ortega": the rank is how he is addressed
            } else {
                end = second;     // "High Representative/Vice-President Kaja Kallas": two titles, one holder
                nameStart = end;
            }
        }
        if (end + 3 < tokens.length && tokens[end].is("at") && tokens[end + 1].is("the") && tokens[end + 2].is("time")
                && tokens[end + 3].isPunct(',')) {
            nameStart = end + 3;  // "the Vice President at the time, Joe Biden": the name's apposition after it
        }
        boolean complemented = false;
        if (nameStart == end && end + 3 < tokens.length && tokens[end].word().preposition) {
            int comma = complementBeforeName(text, tokens, i, end);
            if (comma > end) {
                end = comma;      // "the head of the agency, Tomas Lindqvist": the complement says which head
                nameStart = comma;
                complemented = true;
            }
        }
        boolean apposition = false;
        int addressed = -1;     // the honorific of a name in apposition
        if (nameStart + 1 < tokens.length && tokens[nameStart].isPunct(',')) {
            int appositive = appositiveNameStart(tokens, nameStart + 1);
            if (appositive > 0) {
                addressed = appositive > nameStart + 1 ? nameStart + 1 : -1;
                nameStart = appositive;
                apposition = true;
            }
        }
        int roleStart = i;
        int roleStop = end;
        if (apposition) {
            int inner = roleEnd(tokens, nameStart);
            if (inner > nameStart && inner < tokens.length && isNameStart(tokens[inner])) {
                // "The committee's chairman, Senator Paul Whitley,": the title next to the name is what he goes by
                roleStart = nameStart;
                roleStop = inner;
                nameStart = inner;
            }
        }
        // "chief executive Dr Rowan Estcourt": the honorific is how the holder is addressed, as after "said", not
        // part of the name
        int nameFrom = nameStart + 1 < tokens.length && tokens[nameStart].word().honorific != null
                && tokens[nameStart].isCapitalised() && isNameStart(tokens[nameStart + 1]) ? nameStart + 1 : nameStart;
        int nameEnd = nameRun(tokens, nameFrom);
        int phrase = phraseStart(tokens, i, qualifierStart);    // once: every branch below wants it
        if (nameEnd > nameStart && nameStart == end
                && tokens[nameEnd - 1].word().organisationHead) {
            // "General News Agency", "Foreign Ministry": a title word opening an organisation's name
            out.add(titledOrganisation(p, text, tokens, i, nameEnd, phrase));
            return nameEnd;
        }
        String role = span(text, tokens, i, end);
        Gender roleGender = lexicon.roleGender(roleEnd == i + 1 ? t.norm()    // a one-word title: normalised already
                : normalisedSpan(text, tokens, i, roleEnd));
        boolean lowerTitle = !t.isCapitalised();
        if (nameEnd > nameStart && !(lowerTitle && nameStart == end && !precededByDeterminer(tokens, i)
                && !hasFirstName(tokens, nameStart, nameEnd) && nameEnd - nameStart < 2)) {
            int rankStart = i;
            if (roleStart != i) {
                role = span(text, tokens, roleStart, roleStop);
                roleGender = lexicon.roleGender(normalisedSpan(text, tokens, roleStart, roleStop));
            } else if (complemented) {
                // the words that qualify the title belong to the office too: "EU Ambassador to Brazil"
                role = span(text, tokens, qualifiedStart(tokens, i, phrase), end);
            } else {
                rankStart = rankStart(tokens, lowerTitle ? describedTitleStart(tokens, i) : i);
                if (rankStart < i) {
                    // "Shadow rapporteur", "former foreign minister", "ports minister": the office held
                    role = span(text, tokens, rankStart, end);
                }
            }
            String name = span(text, tokens, nameFrom, nameEnd);
            Gender gender = roleGender != Gender.UNKNOWN ? roleGender
                    : nameFrom > nameStart && tokens[nameStart].word().honorific != Gender.UNKNOWN
                    ? tokens[nameStart].word().honorific : firstNameGender(tokens, nameFrom, nameEnd);
            // a name in apposition is a noun phrase of its own, with its own title if it has one: "Marta Quintela",
            // "Senator Paul Whitley"; a title right before the name goes with its qualifiers: "DWD meteorologist"
            int textStart = !apposition ? Math.min(rankStart, qualifiedStart(tokens, i, qualifierStart))
                    : roleStart != i ? roleStart : addressed >= 0 ? addressed : nameStart;
            int personPhrase = modifiedPhraseStart(tokens, phrase);
            if (apposition && personPhrase == phrase && phrase > 0 && tokens[phrase - 1].word().opensDescription
                    && tokens[phrase - 1].sentence() == t.sentence()) {
                personPhrase--;   // "said a spokeswoman, Olga Petrova": the article opens the phrase the name ends
            }
            out.add(new Mention(MentionKind.PERSON, p, i, nameEnd, personPhrase,
                    t.sentence(), span(text, tokens, textStart, nameEnd), name, role, gender));
            return nameEnd;
        }
        out.add(describedTitle(p, text, tokens, i, end, phrase, role, roleGender));
        return end;
    }

    /**
     * Where the office of a lower-case title begins, over up to three lower-case words before it that say which
     * office it is, and a capitalised word opening the sentence before them: {@code the ports minister}, {@code
     * Shadow transport secretary}, {@code the chief medical officer}, {@code Floods minister}. Only after a
     * determiner, an owner, a name or the sentence's start, so that a verb or a place is never part of it;
     * {@code i} when no such words stand there. The lexicon's titles hold only the offices it knows, so that
     * {@code the ports minister} would otherwise be any minister.
     */
    private static int describedTitleStart(Token[] tokens, int i) {
        Token title = tokens[i];
        int k = i;
        while (k > 0 && i - k < 3 && isTitleModifier(tokens[k - 1], title)) {
            k--;
        }
        if (k == 0) {
            return k;
        }
        Token before = tokens[k - 1];
        if (before.sentence() != title.sentence()) {
            return k;           // "transport minister ..." opening the sentence
        }
        if ((k < i || PORTFOLIO_TITLES.contains(title.lower())) && opensSentencePlainly(tokens, k - 1)) {
            // "Shadow transport secretary", "Floods minister"; but "Labour leader", "Kremlin spokesman" name a body
            return k - 1;
        }
        if (k == i) {
            return i;
        }
        return before.kind() == TokenKind.POSSESSIVE || (before.isWord() && (before.word().determiner
                || before.isCapitalised())) ? k : i;
    }

    /** Whether the word at {@code k} opens its sentence and is capitalised only for that: no name, place or acronym. */
    private static boolean opensSentencePlainly(Token[] tokens, int k) {
        Token t = tokens[k];
        if (!t.isWord() || !t.isCapitalised() || (k > 0 && tokens[k - 1].sentence() == t.sentence())) {
            return false;
        }
        Word w = t.word();
        return !w.notNameExact && w.firstName == null && !w.placeName && !w.startsPlaceName && !w.nationality
                && !w.upperCase && !w.direction && !w.organisationHead && !w.organisationName && !w.determiner;
    }

    /**
     * A lower-case title that up to two title modifiers from {@code from} lead to, as after {@code chief} in {@code
     * chief medical officer}: the first title then only qualifies it. Returns its index, or -1.
     */
    private int laterTitle(Token[] tokens, int from, Token first) {
        if (from >= tokens.length || first.isCapitalised() || !isTitleModifier(tokens[from], first)) {
            return -1;
        }
        for (int k = from; k < tokens.length && k - from < 3; k++) {
            Token t = tokens[k];
            if (k > from && !t.isCapitalised() && roleEnd(tokens, k) > k) {
                return k;
            }
            if (!isTitleModifier(t, first)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word before a lower-case title can say which office it is: a plain lower-case noun or adjective. */
    private static boolean isTitleModifier(Token t, Token title) {
        if (!t.isWord() || t.sentence() != title.sentence() || t.isCapitalised()) {
            return false;
        }
        Word w = t.word();
        if (!Character.isLetter(w.first) || w.determiner || w.preposition || w.pronoun || w.notVerb
                || w.organisationNoun       // "council leader", "party chair": the body led, which rankStart reads
                || w.verbModifier || w.clauseOpener || w.relativePronoun || w.cue != null || w.particle
                || t.text().length() < 3) {
            return false;
        }
        String lower = t.lower();
        return !(lower.endsWith("ed") || lower.endsWith("ly") || lower.endsWith("ing"))
                || Words.RANK_QUALIFIERS.contains(lower);
    }

    /**
     * Where a name in apposition after a title's comma starts, at {@code i} or after a doctor's title there ({@code
     * The chief medical officer, Dr Kofi Mensah,}: "Dr" says no office, so the title before is the doctor's); -1 if
     * no name stands there.
     */
    private int appositiveNameStart(Token[] tokens, int i) {
        Gender honorific = tokens[i].word().honorific;
        if (honorific == null) {
            return isNameStart(tokens[i]) && looksLikeNameAfterComma(tokens, i) ? i : -1;
        }
        return honorific == Gender.UNKNOWN && tokens[i].isCapitalised() && i + 1 < tokens.length
                && isNameStart(tokens[i + 1]) && looksLikeNameAfterComma(tokens, i + 1) ? i + 1 : -1;
    }

    /** {@link #title}'s description: its office keeps the words that say which it is ({@code the ports minister}). */
    private Mention describedTitle(int p, String text, Token[] tokens, int i, int end, int phrase, String role,
                                   Gender roleGender) {
        Token t = tokens[i];
        int described = phrase == i ? describedFrom(tokens, i) : phrase;
        String descriptionText = described == i ? role : span(text, tokens, described, end);
        if (!t.isCapitalised() && i > 0 && isTitleModifier(tokens[i - 1], t)) {
            int office = describedTitleStart(tokens, i);
            if (office < i) {
                role = span(text, tokens, office, end);   // "the ports minister" holds no other minister's office
                if (phrase == i && described < i) {
                    phrase = described;     // and the phrase is all of "the shadow transport secretary"
                }
            }
        }
        return new Mention(MentionKind.DESCRIPTION, p, i, end, phrase, t.sentence(), descriptionText, role, role,
                roleGender);
    }

    /**
     * Where the words that describe an unnamed title's holder begin, for the mention's text: the article before up
     * to three lower-case words that qualify the title ({@code A council leader}, {@code a senior police officer});
     * {@code title} when there is none. Only the text: what the title's phrase is for attribution stays as it was.
     */
    private int describedFrom(Token[] tokens, int title) {
        int sentence = tokens[title].sentence();
        for (int k = title - 1; k >= 0 && k >= title - 4; k--) {
            Token t = tokens[k];
            if (!t.isWord() || t.sentence() != sentence) {
                return title;
            }
            Word w = t.word();
            if (w.opensDescription) {
                return k < title - 1 ? k : title;
            }
            if (t.isCapitalised() || w.determiner || w.preposition || w.pronoun || isCueAt(tokens, k)) {
                return title;
            }
        }
        return title;
    }

    /**
     * The comma that closes a title's prepositional complement when a person's name follows it, as in {@code said
     * the ambassador to Brazil, Marguerite Devaux} or {@code The head of the agency, Tomas Lindqvist, said}; -1
     * otherwise. The complement is {@code of}, {@code to}, {@code for} or {@code at} and a short noun phrase; the
     * name must look like one and be no place ({@code the ambassador to Brazil, Brasilia}) nor an organisation.
     * Only a title that opens its clause or follows a reporting verb or "according to" is read so, where such an
     * apposition names who speaks.
     * Rare, so it is its own method, out of {@link #title}'s compiled code.
     */
    private int complementBeforeName(String text, Token[] tokens, int i, int preposition) {
        Token link = tokens[preposition];
        if (!(link.is("of") || link.is("to") || link.is("for") || link.is("at"))) {
            return -1;
        }
        int sentence = link.sentence();
        int j = preposition + 1;
        int limit = Math.min(tokens.length - 1, j + MAX_COMPLEMENT_WORDS + 2);   // "of the board of the bank"
        while (j < limit && tokens[j].sentence() == sentence && isComplementWord(tokens, j, preposition + 1)) {
            j++;
        }
        if (j == preposition + 1 || j >= limit || !tokens[j].isPunct(',') || tokens[j - 1].word().determiner) {
            return -1;
        }
        int name = j + 1;
        if (!isNameStart(tokens[name]) || tokens[name].sentence() != sentence || tokens[name].word().honorific != null
                || !looksLikeNameAfterComma(tokens, name) || !opensClauseOrFollowsCue(tokens, i)) {
            return -1;
        }
        int nameEnd = nameRun(tokens, name);
        if (isPlace(text, tokens, name, nameEnd) || tokens[nameEnd - 1].word().organisationHead
                || organisationEnd(tokens, name) > name
                || (nameEnd < tokens.length && tokens[nameEnd].isWord() && !isCueAt(tokens, nameEnd))) {
            // "Brazil, Chile, and Peru"; "the agency, International Atomic Energy Agency"; "the agency, Vienna
            // Airport staff said": no holder's name
            return -1;
        }
        return j;
    }

    /**
     * Whether the token at {@code j} can be part of a title's short complement starting at {@code first}: a noun
     * phrase's word or an owner's mark ({@code the country's nuclear agency}), not a verb nor a clause's word.
     */
    private boolean isComplementWord(Token[] tokens, int j, int first) {
        Token t = tokens[j];
        if (t.kind() == TokenKind.POSSESSIVE) {
            return j > first;
        }
        if (!t.isWord()) {
            return false;
        }
        Word w = t.word();
        if (w.relativePronoun || w.pronoun || w.verbModifier || w.clauseOpener || isCueAt(tokens, j)) {
            return false;
        }
        if (w.determiner) {
            return j == first || tokens[j - 1].is("of") || tokens[j - 1].is("for");   // "head of the office of the"
        }
        return !w.preposition || (j > first && (t.is("of") || t.is("for")));
    }

    /**
     * Whether the noun phrase of the title at {@code i} opens its clause ({@code The head of ...}, {@code ," the
     * head of ...}) or follows a reporting verb ({@code said the head of ...}, {@code according to the head of}).
     */
    private boolean opensClauseOrFollowsCue(Token[] tokens, int i) {
        int phrase = phraseStart(tokens, i, -1);
        if (phrase > 0 && tokens[phrase - 1].word().opensDescription) {
            phrase--;             // "a spokeswoman for the ministry": the phrase opens at its article
        }
        if (phrase == 0) {
            return true;
        }
        Token before = tokens[phrase - 1];
        return before.sentence() != tokens[i].sentence() || before.isQuote() || before.word().clauseOpener
                || isCueAt(tokens, phrase - 1)
                || (phrase > 1 && before.is("to") && tokens[phrase - 2].is("according"));
    }

    /**
     * Where a person's title starts with the words that rank it, right before the title at {@code i}: {@code
     * Shadow} rapporteur, {@code former} foreign minister, {@code Acting} Mayor, {@code Former party} chair;
     * {@code i} when none do. They say which office the person holds, so they belong to the role; a description
     * keeps its bare title, by which a later "the minister" finds its holder.
     */
    static int rankStart(Token[] tokens, int i) {
        int k = i;
        while (k > 0 && i - k < 2 && tokens[k - 1].isWord() && tokens[k - 1].sentence() == tokens[i].sentence()
                && (Words.RANK_QUALIFIERS.contains(tokens[k - 1].lower())
                || (k == i && isOrganisationModifier(tokens[k - 1])))) {
            k--;
        }
        return k;
    }

    /**
     * The title after the organisation noun at {@code noun}, directly or after its possessive: {@code group leader},
     * {@code union's general secretary}; -1 if none follows.
     */
    private int titleOfBody(Token[] tokens, int noun) {
        int title = tokens[noun + 1].kind() == TokenKind.POSSESSIVE ? noun + 2 : noun + 1;
        return roleEnd(tokens, title) > title ? title : -1;
    }

    /**
     * Whether a word right before a title names the body the title leads, so that it belongs to the title: the
     * lower-case organisation noun of {@code group leader}, {@code party chair}, {@code union leader}.
     */
    private static boolean isOrganisationModifier(Token t) {
        return t.isWord() && !t.isCapitalised() && t.word().organisationNoun;
    }

    /**
     * Where the mention of a titled name starts: at the words that qualify its title ({@code Vice} in {@code Vice
     * Finance Minister}, {@code DWD} in {@code DWD meteorologist}), after any determiner or owner in front of them
     * ({@code the}, {@code Kenya's}); at the title {@code i} when nothing qualifies it.
     */
    private static int qualifiedStart(Token[] tokens, int i, int qualifierStart) {
        if (qualifierStart < 0 || qualifierStart >= i) {
            return i;
        }
        int start = qualifierStart;
        for (int k = qualifierStart; k < i; k++) {
            Token q = tokens[k];
            if (q.kind() == TokenKind.POSSESSIVE || !q.isWord()
                    || (k == start && (q.word().determiner || isLeadingAside(tokens, k)))) {
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * Whether the capitalised word at {@code k} only stands in front of the noun phrase: a sentence's opening
     * adverb ({@code Apparently}) or a time zone after a number, as a live blog's clock time ({@code 22:15 BST}).
     */
    private static boolean isLeadingAside(Token[] tokens, int k) {
        Token q = tokens[k];
        boolean opensSentence = k == 0 || tokens[k - 1].sentence() != q.sentence();
        if (opensSentence && q.lower().endsWith("ly") && !q.word().placeName) {
            return true;
        }
        return k > 0 && q.word().upperCase && Character.isDigit(tokens[k - 1].word().first);
    }

    /**
     * Reaches a person's noun phrase back over a few lower-case modifiers to its determiner: {@code the delegation
     * leader, Amaka Obi}, so that the phrase is read as one subject. Returns {@code phrase} when no determiner
     * opens such modifiers.
     */
    private static int modifiedPhraseStart(Token[] tokens, int phrase) {
        int sentence = tokens[phrase].sentence();
        for (int k = phrase - 1; k >= 0 && phrase - k <= MAX_MODIFIERS + 1; k--) {
            Token t = tokens[k];
            if (!t.isWord() || t.sentence() != sentence) {
                return phrase;
            }
            if (t.word().determiner) {
                return k < phrase - 1 && t.word().opensDescription ? k : phrase;
            }
            if (t.isCapitalised() || t.word().notVerb || t.word().preposition || t.word().verbModifier
                    || t.word().clauseOpener || t.word().cue != null || t.word().pronoun || t.lower().endsWith("ed")) {
                return phrase;      // "the court sentenced leader X": a verb, not a modifier
            }
        }
        return phrase;
    }

    /**
     * Whether the second of two titles in a row, {@code [end, second)}, is a military or judicial rank after an
     * office that is none ({@code press secretary Maj. Gen.}, {@code chairperson Justice}): the rank says how the
     * holder is addressed, the office what they do.
     * Rare, so it is its own method, out of {@link #title}'s compiled code.
     */
    private static boolean isRankOfAddress(String text, Token[] tokens, int i, int end, int second) {
        return Words.RANKS_OF_ADDRESS.contains(normalisedSpan(text, tokens, end, second))
                && !Words.RANKS_OF_ADDRESS.contains(normalisedSpan(text, tokens, i, end));
    }

    /** A title of several words normalised; its own method, so that {@link #title}'s compiled code stays small. */
    private static String normalisedSpan(String text, Token[] tokens, int from, int to) {
        return Lexicon.normalise(span(text, tokens, from, to));
    }

    /** {@link #title}'s rare organisation, such as {@code Foreign Ministry}: kept out of that method's code. */
    private static Mention titledOrganisation(int p, String text, Token[] tokens, int i, int nameEnd, int phrase) {
        String name = span(text, tokens, i, nameEnd);
        return new Mention(MentionKind.ORGANISATION, p, i, nameEnd, phrase, tokens[i].sentence(), name, name, null,
                Gender.UNKNOWN);
    }

    /** {@code the newspaper}, {@code a spokesman}, {@code officials}: a determiner, up to three modifiers, a head. */
    private int description(int p, String text, Token[] tokens, int i, List<Mention> out) {
        int limit = Math.min(tokens.length, i + 5);
        for (int j = i + 1; j < limit; j++) {
            Token t = tokens[j];
            if (!t.isWord() || t.sentence() != tokens[i].sentence()) {
                return i + 1;
            }
            String norm = t.norm();
            if (!t.isCapitalised() && t.word().organisationNoun
                    && !(j + 1 < tokens.length && roleEnd(tokens, j + 1) > j + 1)
                    && !(j + 1 < tokens.length && tokens[j + 1].word().pluralSpeakerNoun)
                    && !ownsTitle(tokens, j + 1)) {
                // not "the nine committee members", "the party officials": the people, not the body, are meant;
                // nor "the union's leader": the title loop reads its holder, as with "the country's president"
                int end = j + 1;
                if (end < tokens.length && tokens[end].is("agency") && norm.equals("news")) {
                    end++;
                }
                if (j > i + 1 && DEFINITE.contains(tokens[i].lower()) && !NAMED_BODY_NOUNS.contains(norm)) {
                    // "the Ukrainian presidency", "the state party": qualified, it names one organisation; "the
                    // Unite union" is the union called Unite
                    int nameEnd = isUnionNamed(tokens, i + 1, j) ? j : end;
                    out.add(new Mention(MentionKind.ORGANISATION, p, i + 1, end, i, t.sentence(),
                            span(text, tokens, i, end), span(text, tokens, i + 1, nameEnd), null, Gender.UNKNOWN));
                    return end;
                }
                out.add(new Mention(MentionKind.DESCRIPTION, p, j, end, i, t.sentence(), span(text, tokens, i, end),
                        span(text, tokens, j, end), null, Gender.UNKNOWN));
                return end;
            }
            if (t.word().startsRoleAsWritten || t.word().startsRoleSingular) {
                int roleEnd = roleEnd(tokens, j);
                if (roleEnd > j) {
                    return j;    // the title loop reads it, as a description or with a name, or the title it qualifies
                }
                if (t.word().roleSingular) {
                    out.add(new Mention(MentionKind.DESCRIPTION, p, j, j + 1, i, t.sentence(),
                            span(text, tokens, i, j + 1), t.text(), t.text(), Gender.UNKNOWN));
                    return j + 1;
                }
            }
            if (t.word().preposition || t.word().determiner) {
                return i + 1;
            }
        }
        return i + 1;
    }

    /** Whether a possessive at {@code i} hands its owner a title: {@code the union's leader}. */
    private boolean ownsTitle(Token[] tokens, int i) {
        return i + 1 < tokens.length && tokens[i].kind() == TokenKind.POSSESSIVE && roleEnd(tokens, i + 1) > i + 1;
    }

    /**
     * The end of a lower-case organisation noun after up to two lower-case qualifiers starting at {@code i}
     * ({@code commerce ministry}, {@code campaign}), or {@code i}.
     */
    private int organisationNounEnd(Token[] tokens, int i) {
        int sentence = tokens[i].sentence();
        for (int j = i; j < tokens.length && j < i + 3; j++) {
            Token t = tokens[j];
            if (!t.isWord() || t.isCapitalised() || t.sentence() != sentence || t.word().notVerb
                    || t.word().preposition || t.word().cue != null) {
                return i;
            }
            if (t.word().organisationNoun) {
                return j + 1 < tokens.length && roleEnd(tokens, j + 1) > j + 1 ? i : j + 1;
            }
        }
        return i;
    }

    /**
     * Whether the words {@code [from, union)} before a lower-case {@code union} are its name ({@code the Unite
     * union}, {@code the RMT union}): capitalised, and no nationality ({@code the European union} is no name).
     */
    private static boolean isUnionNamed(Token[] tokens, int from, int union) {
        if (!tokens[union].is("union")) {
            return false;
        }
        for (int k = from; k < union; k++) {
            if (!tokens[k].isCapitalised() || tokens[k].word().nationality) {
                return false;
            }
        }
        return true;
    }

    private static String singular(String norm) {
        return norm.endsWith("s") && norm.length() > 3 ? norm.substring(0, norm.length() - 1) : norm;
    }

    /**
     * The end of the longest role title starting at {@code i}, or {@code i}. Most words start no title on their
     * own, which their {@link Word} answers; only the rest go on to {@link #longestRoleEnd}.
     */
    int roleEnd(Token[] tokens, int i) {
        if (i >= tokens.length || tokens[i].word().roleNode < 0) {
            return i;           // marks and quotations carry a word that starts no title either
        }
        return longestRoleEnd(tokens, i, tokens[i]);
    }

    /** {@link #roleEnd} for a word that is a title or the start of one. */
    private int longestRoleEnd(Token[] tokens, int i, Token first) {
        boolean capitalised = first.isCapitalised();
        // the first word alone: its Word already knows, so no phrase is built or hashed for it
        int best = first.word().role ? i + 1 : i;
        int limit = Math.min(tokens.length, i + lexicon.longestRole());
        if (i + 1 < limit) {
            best = longerRoleEnd(tokens, i, limit, capitalised, best);
        }
        if (best == i + 1 && first.text().length() <= 4 && !capitalised
                && (first.text().length() <= 3 || Lexicon.isAbbreviation(first.lower()))) {
            return i;           // "rep", "gen", "capt" in lower case are not titles; "boss" and "aide" are
        }
        return best;
    }

    /**
     * Extends a title word at {@code i} over the words after it while some title goes on like them, one step of
     * the lexicon's phrase trie per word: no phrase string is built.
     */
    private int longerRoleEnd(Token[] tokens, int i, int limit, boolean capitalised, int best) {
        Token first = tokens[i];
        Lexicon.Phrases phrases = lexicon.phrases();
        int node = first.word().roleNode;
        for (int j = i + 1; j < limit; j++) {
            Token t = tokens[j];
            if (!t.isWord() || t.sentence() != first.sentence()) {
                break;
            }
            if (capitalised && !t.isCapitalised() && !t.is("of")) {
                break;          // "Secretary General" but not "President said"
            }
            if (!t.word().continuesRole) {
                break;          // no title could go on with this word: spare the lookup
            }
            node = phrases.next(node, t.word().phraseWords, Lexicon.Phrases.ROLE_PREFIX);
            if (node < 0) {
                break;          // no title goes on like this
            }
            if (phrases.has(node, Lexicon.Phrases.ROLE)) {
                best = j + 1;
            }
        }
        return best;
    }

    /**
     * Extends a title over an "of" or "for" complement: {@code of State}, {@code of the European Commission},
     * {@code for Foreign Affairs}, {@code for Environment, Oceans and Fisheries}.
     */
    private int complementEnd(Token[] tokens, int roleEnd) {
        if (roleEnd + 1 >= tokens.length || !(tokens[roleEnd].is("of") || tokens[roleEnd].is("for"))) {
            return roleEnd;
        }
        int j = roleEnd + 1;
        boolean indefinite = tokens[j].is("a") || tokens[j].is("an");
        boolean article = indefinite || tokens[j].is("the");
        if (article) {
            j++;
        }
        int runStart = j;
        int inner = tokens[roleEnd].is("for") ? roleEnd(tokens, runStart) : runStart;
        if (inner > runStart && inner < tokens.length && isNameStart(tokens[inner])
                && !COMPLEMENT_TAILS.contains(tokens[runStart].lower())) {
            return roleEnd;        // "a spokesman for Chancellor Olaf Scholz": the complement is a titled person
        }
        int sentence = tokens[roleEnd].sentence();
        boolean list = false;
        while (j < tokens.length && j - runStart < MAX_COMPLEMENT_WORDS + 4 && tokens[j].sentence() == sentence
                && (tokens[j].isCapitalised() || tokens[j].isAcronym()
                || (j > runStart && (tokens[j].is("and") || tokens[j].is("for"))
                    && j + 1 < tokens.length && tokens[j + 1].isCapitalised()
                    && roleEnd(tokens, j + 1) == j + 1)      // "... Security Policy and Vice President": a second title
                || (j > runStart && tokens[j].isPunct(',') && listGoesOn(tokens, j))
                || (j > runStart && j + 1 < tokens.length && tokens[j + 1].isCapitalised()
                    && (tokens[j].is("of") && tokens[j - 1].word().organisationHead    // "of the Bank of Spain"
                        || tokens[j].word().particle && tokens[j - 1].isCapitalised())))) {  // "Rio de Janeiro"
            Token t = tokens[j];
            if (j > runStart && t.word().firstName != null && j + 1 < tokens.length
                    && isNameStart(tokens[j + 1]) && !COMPLEMENT_TAILS.contains(t.lower())
                    && !nameInAppositionAfter(tokens, j)) {
                break;          // "Secretary of State Antony J. Blinken": the name starts at Antony
            }
            list |= t.isPunct(',') || t.is("and");
            j++;
        }
        if (j == runStart) {
            return roleEnd;
        }
        boolean runsIntoName = j < tokens.length && (tokens[j].isCapitalised());
        boolean nameInApposition = j + 1 < tokens.length && tokens[j].isPunct(',')
                && appositiveNameAt(tokens, j + 1);            // "MP for Sunderland Central, Jordan Pike,"
        if (indefinite && !runsIntoName && !nameInApposition) {
            return roleEnd;        // "a spokesman for a Senate committee": the title ends at "for"
        }
        if (tokens[roleEnd].is("of") && !article && !runsIntoName && !list && !nameInApposition && j - runStart >= 2
                && !COMPLEMENT_TAILS.contains(tokens[j - 1].lower())
                && !tokens[j - 1].word().placeName && !tokens[runStart].word().startsPlaceName
                && !namesOrganisation(tokens, runStart + 1, j)) {
            return runStart + 1;   // "Secretary of State Blinken": the complement is one word, the rest a name
        }
        return j;
    }

    /**
     * The end of a title's portfolio in lower case after {@code of} or {@code for} at {@code link}, as news copy
     * writes it: {@code minister of finance}, {@code minister of foreign affairs}, {@code minister of transport of
     * Oman}; up to three words that a portfolio's noun ends, then perhaps the country's name. {@code link} when
     * there is none. Rare, so it is its own method, out of {@link #title}'s compiled code.
     */
    private int portfolioEnd(Token[] tokens, int link) {
        if (!tokens[link].is("of") && !tokens[link].is("for")) {
            return link;
        }
        int sentence = tokens[link].sentence();
        int end = link;
        for (int j = link + 1; j < tokens.length && j <= link + 3; j++) {
            Token t = tokens[j];
            if (!t.isWord() || t.isCapitalised() || t.sentence() != sentence || t.word().determiner
                    || t.word().preposition || t.word().notVerb || t.word().verbModifier || isCueAt(tokens, j)) {
                break;
            }
            if (COMPLEMENT_TAILS.contains(t.lower())) {
                end = j + 1;
            }
        }
        if (end == link) {
            return link;
        }
        if (end + 1 < tokens.length && tokens[end].is("of") && tokens[end + 1].isCapitalised()
                && tokens[end + 1].sentence() == sentence && tokens[end + 1].word().placeName) {
            end += 2;           // "of transport of Oman": the country whose minister
        }
        return end;
    }

    /**
     * Whether one of the words {@code [from, to)} is an organisation's head word, as {@code Army} in {@code commander
     * of U.S. Army Europe}: then they name the organisation the title serves, not the holder.
     */
    private static boolean namesOrganisation(Token[] tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens[k].word().organisationHead) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the capitalised words at {@code i} are followed by a comma and a name, as in {@code for the European
     * Green Deal, Maria Jensen}: then they belong to the title, even when one of them is also a first name.
     */
    private boolean nameInAppositionAfter(Token[] tokens, int i) {
        int end = nameRun(tokens, i);
        return end + 1 < tokens.length && tokens[end].isPunct(',') && appositiveNameAt(tokens, end + 1);
    }

    /**
     * Whether the capitalised words at {@code i}, after a title and a comma, can be its holder's name: a known first
     * name, two words or more, or one word that another comma closes ({@code , Peskov,}); not the subject of a new
     * clause ({@code the UN High Commissioner for Human Rights, MEPs hold}).
     */
    private boolean looksLikeNameAfterComma(Token[] tokens, int i) {
        if (tokens[i].word().firstName != null) {
            return true;
        }
        int end = nameRun(tokens, i);
        return end - i >= 2 || (end < tokens.length && tokens[end].isPunct(','));
    }

    /**
     * Whether a person's name in apposition starts at {@code i}: a known first name, or a name of two or more
     * words that a comma closes ({@code , Jordan Pike,}).
     */
    private boolean appositiveNameAt(Token[] tokens, int i) {
        if (!isNameStart(tokens[i])) {
            return false;
        }
        if (tokens[i].word().firstName != null) {
            return true;
        }
        int end = nameRun(tokens, i);
        return end - i >= 2 && end < tokens.length && tokens[end].isPunct(',');
    }

    /**
     * Whether the comma at {@code comma} separates items of a list of portfolios that an "and" closes
     * ({@code Environment, Oceans and Fisheries}), rather than closing a title before its holder's name.
     */
    private boolean listGoesOn(Token[] tokens, int comma) {
        int k = comma + 1;
        if (k >= tokens.length || tokens[k].word().firstName != null) {
            return false;         // "Commissioner for Environment, Paolo Ricci and ...": a name, not an item
        }
        int words = 0;
        while (k < tokens.length && words < 3 && tokens[k].isWord() && tokens[k].isCapitalised()) {
            k++;
            words++;
        }
        // a first name after "and" opens the holder's name, unless a name in apposition follows the words it
        // opens: "for a Fair, Clean and Green Transition, Helena Varga"
        return words > 0 && k + 1 < tokens.length && (tokens[k].is("and") || tokens[k].isPunct(','))
                && tokens[k + 1].isCapitalised()
                && (tokens[k + 1].word().firstName == null || nameInAppositionAfter(tokens, k + 1));
    }

    /** The end of a known organisation name starting at {@code i} ({@code The} allowed in front), or {@code i}. */
    int organisationEnd(Token[] tokens, int i) {
        Token t = tokens[i];
        boolean the = t.is("the");
        int start = the && i + 1 < tokens.length ? i + 1 : i;
        if (!tokens[start].isWord()) {
            return i;
        }
        int best = i;
        boolean known = tokens[start].word().startsOrganisation || t.word().normStartsOrganisation;
        if (start > i && !tokens[start].word().followsTheInOrganisation) {
            known = false;      // "the" before a word no name goes on with
        }
        if (known) {
            best = knownOrganisationEnd(tokens, i);
        }
        if (best > i && !tokens[best - 1].isCapitalised() && !tokens[best - 1].isAcronym()) {
            return i;
        }
        if (best == i && the) {
            return i;
        }
        return best;
    }

    /**
     * The end of the longest organisation name in the lexicon that the words from {@code i} spell, with or
     * without a leading "the"; {@code i} when none.
     */
    private int knownOrganisationEnd(Token[] tokens, int i) {
        Token t = tokens[i];
        Word first = t.word();
        if (!first.organisationPrefix) {
            return i;           // the first word alone is its Word's question: no phrase is built for it
        }
        int best = first.organisationName ? i + 1 : i;
        if (i + 1 >= tokens.length) {
            return best;
        }
        Token second = tokens[i + 1];
        // "the" alone is the only form whose rest after "the" is the empty phrase, the trie's root
        boolean bareThe = first.organisationNodeAfterThe == Lexicon.Phrases.ROOT;
        if (!second.isWord() || second.sentence() != t.sentence()
                || !(second.word().continuesOrganisation || (bareThe && second.word().startsOrganisation))) {
            return best;        // the next word could go on no name: spare building a phrase
        }
        return longerOrganisationEnd(tokens, i, bareThe, best);
    }

    /**
     * Extends an organisation name's first word at {@code i} while some name goes on like the words after it,
     * with or without a leading "the": two walks of the lexicon's phrase trie, one step per word.
     */
    private int longerOrganisationEnd(Token[] tokens, int i, boolean bareThe, int best) {
        Token t = tokens[i];
        Lexicon.Phrases phrases = lexicon.phrases();
        int whole = t.word().organisationNode;
        int afterThe = t.word().organisationNodeAfterThe;
        int limit = Math.min(tokens.length, i + lexicon.longestOrganisation() + 1);
        for (int j = i + 1; j < limit; j++) {
            Token w = tokens[j];
            if (!w.isWord() || w.sentence() != t.sentence()) {
                break;
            }
            if (!w.word().continuesOrganisation && !(j == i + 1 && bareThe && w.word().startsOrganisation)) {
                break;          // no name could go on with this word, with or without "the": spare the lookups
            }
            int[] words = w.word().phraseWords;
            whole = phrases.next(whole, words, Lexicon.Phrases.ORGANISATION_PREFIX);
            afterThe = phrases.next(afterThe, words, Lexicon.Phrases.ORGANISATION_PREFIX);
            if (whole < 0 && afterThe < 0) {
                break;          // no name goes on like this
            }
            if (phrases.has(whole, Lexicon.Phrases.ORGANISATION_NAME)
                    || phrases.has(afterThe, Lexicon.Phrases.ORGANISATION_NAME)) {
                best = j + 1;
            }
        }
        return best;
    }

    private Mention classifyName(int p, String text, Token[] tokens, int i, int end, int qualifierStart) {
        String name = span(text, tokens, i, end);
        Token first = tokens[i];
        Token last = tokens[end - 1];
        int phrase = phraseStart(tokens, i, qualifierStart);
        MentionKind kind;
        Gender gender = Gender.UNKNOWN;
        boolean place = isPlace(text, tokens, i, end);
        if (last.word().organisationHead || (end - i == 1 && first.isAcronym())) {
            kind = MentionKind.ORGANISATION;
        } else if (place) {
            Mention m = new Mention(MentionKind.PROPER, p, i, end, phrase, first.sentence(), name, name, null,
                    Gender.UNKNOWN);
            m.place = true;
            return m;
        } else if (end - i >= 2 && first.word().firstName != null) {
            kind = MentionKind.PERSON;
            gender = first.word().firstName;
        } else if (end - i >= 4 && laterFirstName(tokens, i + 2, end) > 0) {
            // "Coordinator for Strategic Communications Tom Kovac": the name starts at its first name, and the
            // capitalised words before it are the tail of a title, no part of the name nor a title of their own
            int given = laterFirstName(tokens, i + 2, end);
            String personName = span(text, tokens, given, end);
            return new Mention(MentionKind.PERSON, p, given, end, phrase, first.sentence(), personName, personName,
                    null, tokens[given].word().firstName);
        } else if (end - i >= 3 && tokens[i + 1].word().firstName != null && !first.word().placeHead) {
            // "Coach Daniel Reyes", "Treasurer Omar Haddad": an unknown title in front of a known first name; not a
            // place's word, as in "Valley Metro Northwest Phase II"
            Token given = tokens[i + 1];
            String personName = span(text, tokens, i + 1, end);
            return new Mention(MentionKind.PERSON, p, i + 1, end, phrase, first.sentence(), name, personName,
                    first.text(), given.word().firstName);
        } else {
            kind = MentionKind.PROPER;
        }
        if (kind == MentionKind.ORGANISATION && phrase < i && tokens[phrase].is("the")) {
            String withThe = span(text, tokens, phrase, end);
            return new Mention(kind, p, i, end, phrase, first.sentence(), withThe, withThe, null, gender);
        }
        return new Mention(kind, p, i, end, phrase, first.sentence(), name, name, null, gender);
    }

    /**
     * The first token in {@code [from, end - 1)} that is a known first name with a name word after it, when the
     * words before it are no first names either; -1 if there is none.
     */
    private static int laterFirstName(Token[] tokens, int from, int end) {
        if (tokens[from - 1].word().firstName != null) {
            return -1;            // "Coach Daniel Reyes": one title word, read as that
        }
        for (int k = from; k < end - 1; k++) {
            if (tokens[k].word().firstName != null) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the name words {@code [i, end)} name a country, region or capital ({@code China}, {@code Saudi
     * Arabia}) or open with a compass word ({@code North Korea}, {@code South Sudan}); a nation's adjective alone
     * counts too, so that it is never a person ({@code German state official Markus Reiter}).
     */
    private static boolean isPlace(String text, Token[] tokens, int i, int end) {
        Word first = tokens[i].word();
        if (first.direction || (end - i == 1 && (first.placeName || first.nationality))) {
            return true;
        }
        return end - i >= 2 && first.startsPlaceName && Lexicon.isPlaceName(normalisedSpan(text, tokens, i, end));
    }

    private Gender firstNameGender(Token[] tokens, int start, int end) {
        if (end - start < 2) {
            return Gender.UNKNOWN;
        }
        Gender g = tokens[start].word().firstName;
        return g == null ? Gender.UNKNOWN : g;
    }

    private boolean hasFirstName(Token[] tokens, int start, int end) {
        return end - start >= 2 && tokens[start].word().firstName != null;
    }

    private static boolean precededByDeterminer(Token[] tokens, int i) {
        return i > 0 && (Words.isDeterminer(tokens[i - 1]) || tokens[i - 1].kind() == TokenKind.POSSESSIVE);
    }

    /** Whether a token can begin a name: a capitalised word, and not a function word or a title. */
    private static boolean isNameStart(Token t) {
        return t.word().nameStart;      // marks and quotations carry a word that starts nothing
    }

    /** Whether a determiner, in lower case, can open a description such as {@code the spokesman}. */
    static boolean opensDescription(String lowerDeterminer) {
        return DESCRIPTION_DETERMINERS.contains(lowerDeterminer);
    }

    /** An American party-and-state tag such as {@code D-Maine} or {@code R-Ohio}, set off by commas after a name. */
    static boolean isPartyTag(String word) {
        return word.length() >= 3 && (word.charAt(0) == 'D' || word.charAt(0) == 'R' || word.charAt(0) == 'I')
                && word.charAt(1) == '-' && Character.isUpperCase(word.charAt(2));
    }


    /** The end of a run of name words starting at {@code start}: capitalised words, initials and particles. */
    int nameRun(Token[] tokens, int start) {
        if (start >= tokens.length) {
            return start;
        }
        if (!isNameStart(tokens[start])) {
            return opensParticleName(tokens, start) ? particleNameRun(tokens, start) : start;
        }
        int sentence = tokens[start].sentence();
        boolean shouting = tokens[start].word().upperCase;
        int j = start + 1;
        while (j < tokens.length && j - start < MAX_NAME_WORDS) {
            Token t = tokens[j];
            if (!t.isWord() || t.sentence() != sentence) {
                break;
            }
            if (!shouting && t.word().upperCase) {
                if (Words.isRegnalNumber(t.text())) {
                    j++;        // "Pope Leo XIV", "John Smythe III": the number ends the name
                }
                break;          // "Jens Stoltenberg NATO HEADQUARTERS": capitals start something else
            }
            if (t.isCapitalised() && !t.word().notNameExact
                    && (roleEnd(tokens, j) == j || isSuffixAt(tokens, j + 1, sentence))) {
                j++;            // a title word before a suffix is a surname: "Martin Luther King Jr."

            } else if (t.word().particle && j + 1 < tokens.length
                    && (tokens[j + 1].word().particle || tokens[j + 1].isCapitalised())) {
                j++;
            } else {
                break;
            }
        }
        while (j > start + 1 && tokens[j - 1].word().particle) {
            j--;
        }
        return j;
    }


    /**
     * Whether a name's suffix stands at {@code k} in the sentence: {@code Jr.}, {@code Sr.} or a number in Roman
     * numerals ({@code III}).
     */
    private static boolean isSuffixAt(Token[] tokens, int k, int sentence) {
        if (k >= tokens.length || !tokens[k].isWord() || tokens[k].sentence() != sentence) {
            return false;
        }
        Token t = tokens[k];
        char c = t.word().first;
        if (c == 'J' || c == 'S') {
            String text = t.text();
            return text.equals("Jr.") || text.equals("Jr") || text.equals("Sr.") || text.equals("Sr");
        }
        return t.word().upperCase && Words.isRegnalNumber(t.text());
    }

    /**
     * Whether a lower-case name particle at {@code i} opens a surname, as {@code de} in {@code de Wit said} or
     * {@code van der} in {@code told van der Berg}: particles, then a capitalised name word. Not {@code ten} or
     * {@code y}, which are as often an English number and a Spanish "and".
     */
    private boolean opensParticleName(Token[] tokens, int i) {
        Token t = tokens[i];
        if (!t.word().particle || t.isCapitalised() || t.is("ten") || t.is("y")) {
            return false;
        }
        int j = i + 1;
        while (j < tokens.length && j - i < 3 && tokens[j].word().particle && !tokens[j].isCapitalised()) {
            j++;
        }
        return j < tokens.length && tokens[j].sentence() == t.sentence() && isNameStart(tokens[j])
                && roleEnd(tokens, j) == j;
    }

    /** {@link #nameRun} from the particle at {@code start} that {@link #opensParticleName} found to open one. */
    private int particleNameRun(Token[] tokens, int start) {
        int j = start + 1;
        while (!isNameStart(tokens[j])) {
            j++;                // the particles before the first capitalised word
        }
        int end = nameRun(tokens, j);
        return end > j ? end : start;
    }

    /** Where the noun phrase of a mention starting at {@code i} begins, with its determiner and qualifiers. */
    private static int phraseStart(Token[] tokens, int i, int qualifierStart) {
        int start = qualifierStart >= 0 ? qualifierStart : i;
        int sentence = tokens[i].sentence();
        int steps = 0;
        while (start > 0 && steps < 6) {
            Token before = tokens[start - 1];
            if (before.sentence() != sentence) {
                break;
            }
            if (before.kind() == TokenKind.POSSESSIVE && start >= 2 && tokens[start - 2].isWord()
                    && !tokens[start - 2].isCapitalised() && tokens[start - 2].sentence() == sentence) {
                // "the country's president", "the union's leader": the owner and its determiner belong to the phrase
                start -= 2;
                if (start > 0 && tokens[start - 1].sentence() == sentence && Words.isDeterminer(tokens[start - 1])) {
                    start--;
                }
                break;
            }
            boolean qualifier = before.word().phraseQualifier
                    || before.kind() == TokenKind.POSSESSIVE
                    || (before.isCapitalised() && !before.word().notNameExact) || before.isAcronym();
            if (!qualifier) {
                break;
            }
            start--;
            steps++;
        }
        return start;
    }

    static String span(String text, Token[] tokens, int from, int to) {
        return text.substring(tokens[from].begin(), tokens[to - 1].end());
    }

    static String span(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    /** Marks each mention as speaker, subject, object or possessive, from the words around it. */
    private void markRoles(Token[] tokens, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        int[] startsAt = new int[tokens.length + 1];
        java.util.Arrays.fill(startsAt, -1);
        for (int k = 0; k < mentions.size(); k++) {
            startsAt[mentions.get(k).phraseStart] = k;
        }
        for (Mention m : mentions) {
            if (m.kind == MentionKind.PRONOUN) {
                m.grammaticalRole = GrammaticalRole.SUBJECT;
                continue;
            }
            if (m.end < tokens.length && tokens[m.end].kind() == TokenKind.POSSESSIVE) {
                m.grammaticalRole = GrammaticalRole.POSSESSIVE;
                continue;
            }
            boolean opensClause = m.phraseStart == 0
                    || tokens[m.phraseStart - 1].sentence() != m.sentence
                    || tokens[m.phraseStart - 1].word().clauseOpener
                    || tokens[m.phraseStart - 1].isQuote();
            if (!opensClause) {
                m.grammaticalRole = GrammaticalRole.OBJECT;
                continue;
            }
            int verb = verbAfter(tokens, m.end, startsAt, mentions, 2, hasComma(tokens, m.start, m.end));
            if (verb < 0 && m.phraseStart > 0 && tokens[m.phraseStart - 1].isPunct(',')) {
                // "Her neighbour, Ivan Petrov, said": the name is the apposition, and its closing comma leads to the verb
                verb = verbAfter(tokens, m.end, startsAt, mentions, 2, true);
            }
            if (verb < 0) {
                m.grammaticalRole = GrammaticalRole.OBJECT;
            } else if (isCueAt(tokens, verb)) {
                m.grammaticalRole = GrammaticalRole.SPEAKER;
            } else {
                m.grammaticalRole = GrammaticalRole.SUBJECT;
            }
        }
    }

    /**
     * The index of the verb a subject ending at {@code from} governs, or -1 if none follows. Skips a bracket
     * ({@code (D-Mich.)}) and parenthetical clauses between commas; when the mention is itself an apposition
     * ({@code president, Irina Cebotari}), the comma after it closes that apposition.
     */
    private int verbAfter(Token[] tokens, int from, int[] startsAt, List<Mention> mentions, int coordination,
                          boolean appositive) {
        int j = afterBracket(tokens, from);
        if (j < tokens.length && tokens[j].word().postNominal) {
            j++;               // "Jane Smith MP said": the letters after the name stand between it and the verb
        }
        int sentence = from > 0 ? tokens[from - 1].sentence() : 0;
        if (j < tokens.length && tokens[j].isPunct(',')) {
            if (appositive) {
                j++;
            } else {
                j = afterParenthetical(tokens, j);
                if (j < 0) {
                    return -1;
                }
                if (j < tokens.length && tokens[j].isWord() && tokens[j].word().relativePronoun) {
                    j = afterParenthetical(tokens, j - 1);   // "Marchetti, D-Maine, who sits on the panel, said"
                    if (j < 0) {
                        return -1;
                    }
                }
            }
        }
        if (coordination > 0 && j + 1 < tokens.length && (tokens[j].is("and") || tokens[j].is("or"))
                && startsAt[j + 1] >= 0) {
            Mention other = mentions.get(startsAt[j + 1]);
            return verbAfter(tokens, other.end, startsAt, mentions, coordination - 1, false);
        }
        int skipped = 0;
        while (j < tokens.length && skipped < 4 && tokens[j].isWord()
                && tokens[j].word().verbModifier && !isCueAt(tokens, j)) {
            j++;
            skipped++;
        }
        if (j < tokens.length && tokens[j].is("on") && j + 1 < tokens.length
                && tokens[j + 1].word().weekday) {
            j += 2;
        }
        if (j >= tokens.length || tokens[j].sentence() != sentence) {
            return -1;
        }
        Token t = tokens[j];
        if (!t.isWord() || t.isCapitalised() || t.word().notVerb) {
            return -1;
        }
        return j;
    }

    /** The index after a short bracket opening at {@code i}, or {@code i} when there is none. */
    static int afterBracket(Token[] tokens, int i) {
        if (i >= tokens.length || !tokens[i].isPunct('(')) {
            return i;
        }
        for (int k = i + 1; k < tokens.length && k - i <= 10; k++) {
            if (tokens[k].isPunct(')')) {
                return k + 1;
            }
            if (tokens[k].isQuote()) {
                break;
            }
        }
        return i;
    }

    private static boolean hasComma(Token[] tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens[k].isPunct(',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Skips an appositive or relative clause that starts with the comma at {@code comma}: returns the index after
     * its closing comma, or -1 if it does not close within a short distance.
     */
    static int afterParenthetical(Token[] tokens, int comma) {
        int sentence = tokens[comma].sentence();
        int limit = Math.min(tokens.length, comma + MAX_APPOSITIVE);
        for (int j = comma + 1; j < limit; j++) {
            Token t = tokens[j];
            if (t.sentence() != sentence || t.isQuote()) {
                return -1;
            }
            if (t.isPunct(',')) {
                return j + 1 < tokens.length ? j + 1 : -1;
            }
        }
        return -1;
    }

    /** Whether token {@code i} is a reporting verb used as a verb (not a noun after a determiner). */
    boolean isCueAt(Token[] tokens, int i) {
        return isCue(i > 1 ? tokens[i - 2] : null, i > 0 ? tokens[i - 1] : null, tokens[i],
                i + 1 < tokens.length ? tokens[i + 1] : null);
    }

    /** {@link #isCueAt(Token[], int)} for the rules, which read a paragraph's tokens as a list. */
    static boolean isCueAt(List<Token> tokens, int i) {
        return isCue(i > 1 ? tokens.get(i - 2) : null, i > 0 ? tokens.get(i - 1) : null, tokens.get(i),
                i + 1 < tokens.size() ? tokens.get(i + 1) : null);
    }

    /**
     * Whether {@code t}, between {@code before} and {@code after} (either {@code null} at an end), is a cue verb;
     * {@code twoBefore} precedes {@code before}.
     */
    private static boolean isCue(Token twoBefore, Token before, Token t, Token after) {
        if (!t.isWord() || t.isCapitalised()) {
            return false;
        }
        Cue cue = t.word().cue;
        if (cue == null) {
            return false;
        }
        if (before != null && (Words.isDeterminer(before) || before.kind() == TokenKind.POSSESSIVE)
                && !(before.is("one") && !t.lower().equals(cue.lemma()))
                && !(before.word().quantifier && isPastForm(t, cue))
                && !(cue.participle() && before.is("her") && twoBefore != null && isActiveQuoted(twoBefore))) {
            // "the report", "his claims", "two reports"; but "one said", "which one described", "the two said",
            // and "quoted her saying", where "her" is the object, not "her" sayings
            return false;
        }
        if (before != null && before.is("of") && !cue.participle()
                && (t.lower().equals(cue.lemma()) || t.lower().endsWith("s"))) {
            return false;   // "the secretary of state", "heads of state", "a flood of reports": no verb after "of"
        }
        if (before != null && !isPastForm(t, cue) && before.isWord() && before.word().cue != null
                && isPastForm(before, before.word().cue)) {
            return false;   // "said demand had been ...", "said reports ...": no bare verb follows "said"; a noun
        }
        if (!cue.particle().isEmpty()) {
            return after != null && after.is(cue.particle());
        }
        return true;
    }

    /** Whether a word is a form of "quote" that passes words on: {@code quoted}, {@code quotes}, {@code quoting}. */
    static boolean isActiveQuoted(Token t) {
        return t.is("quoted") || t.is("quotes") || t.is("quoting");
    }

    /** A form of a reporting verb that no noun shares: neither the lemma ("report") nor a plural ("reports"). */
    private static boolean isPastForm(Token t, Cue cue) {
        String lower = t.lower();
        return !lower.equals(cue.lemma()) && !lower.endsWith("s") && !cue.participle();
    }

    /** A set of words; duplicates in the list are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
