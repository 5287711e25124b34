package io.broadsheet.internal.quote;

import io.broadsheet.Person;
import io.broadsheet.SpeakerKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people and organisations of one document. Names link by surname (the last name word), so that
 * {@code Secretary Blinken} and {@code Blinken} join {@code Secretary of State Antony J. Blinken}, unless the
 * first names differ; each entity keeps the fullest form of its name as its canonical name. Lookups are hash-map
 * reads, so registering and linking stay linear in the number of mentions.
 */
final class Registry {

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Map<String, Entity> organisations = new HashMap<>();
    /**
     * Each organisation name as written to the entity it linked to. A name's key, and so its entity, never changes
     * once linked, so a repeated name (most are) skips normalising and the key lookups.
     */
    private final Map<String, Entity> organisationsByName = new HashMap<>();
    /** Organisations of several words by their first word, as written; {@code null} until a document has one. */
    private Map<String, Entity> organisationsByFirstWord;
    /** Organisations by the common nouns their text described them with: "union" for Unite. */
    private final Map<String, List<Entity>> organisationsByDescription = new HashMap<>();
    private final Map<String, List<Entity>> organisationsByLastWord = new HashMap<>();
    private final Map<String, Set<Entity>> byRoleWord = new HashMap<>();
    /** {@link #rememberFullName}'s names by surname; {@code null} until a document has one. */
    private Map<String, Mention> fullNames;
    /**
     * People by a word of their name other than the surname that may be a family name they go by ({@code xi} for
     * Xi Jinping, {@code lula} for Luiz Inácio Lula da Silva), for a later mention by it alone; {@code null} until a
     * document has one.
     */
    private Map<String, List<Entity>> familyFirst;
    private final Lexicon lexicon;
    /** The calling thread's words: a surname is the cached lower-case form of a name's last word. */
    private final Word.Table words;
    /**
     * A name's characters: the loops read an array, since String.charAt's Latin-1/UTF-16 test made C2 deoptimise
     * and compile again whenever a name beyond Latin-1 came after the first compile. Grows to the longest name.
     */
    private char[] scratch = new char[64];

    /**
     * @param lexicon the lexicon the document is read with
     * @param words   {@code lexicon}'s word table of the calling thread, to which this registry is confined
     */
    Registry(Lexicon lexicon, Word.Table words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    /** Seeds the registry with people a format provider already found, such as a transcript's speakers. */
    void addGiven(Person person) {
        Entity e = person(person.name(), person.kind() == null ? SpeakerKind.PERSON : person.kind(), Gender.UNKNOWN);
        person.roles().forEach(role -> addRole(e, role));
        person.mentions().forEach(e::addMention);
        e.markGiven();
    }

    /**
     * Keeps a name of several words that nothing linked ({@code Tunde Okafor's header}, {@code Tunde Okafor scored}),
     * so that a person later named by the surname alone gets it: the first mention gives the full name. The first
     * such name per surname wins.
     */
    void rememberFullName(Mention m) {
        if (fullNames == null) {
            fullNames = new HashMap<>();
        }
        fullNames.putIfAbsent(personSurnameOf(m.name), m);
    }

    /** Links a mention of a person by name, creating the person on first sight. */
    Entity linkPerson(Mention m) {
        String surname = personSurnameOf(m.name);
        Word first = firstWord(m.name);
        // a family name written first in capitals ("KISHIDA Fumio") is no given name to tell namesakes apart by
        String given = first == null || surname.equals(first.lower) ? null : Entity.givenName(first);
        Entity e = findPerson(surname, given, true);
        if (e == null && given != null && familyFirst != null) {
            e = latestWithSurname(familyFirst.get(given), surname);   // "Lula da Silva" after "Luiz Inácio Lula da Silva"
        }
        if (e == null && first == null && fullNames != null && fullNames.containsKey(surname)) {
            Mention full = fullNames.remove(surname);
            e = linkPerson(full);       // "Okafor said" after "Tunde Okafor's header": one person, by the full name
        }
        if (e == null && first == null && familyFirst != null) {
            e = latest(familyFirst.get(surname), null);    // "President Xi" after "Xi Jinping"
        }
        if (e == null) {
            e = person(m.name, surname, given, SpeakerKind.PERSON, m.gender);
        } else {
            e.offerName(m.name);
            e.offerGender(m.gender);
            e.offerKind(SpeakerKind.PERSON);
        }
        if (first != null && first.firstName != null) {
            e.offerGender(first.firstName);
        }
        addRole(e, m.role);
        e.addMention(m.text);
        e.seenIn(m);
        m.entity = e;
        return e;
    }

    /**
     * Links a bare name to a known organisation of that name or a known person with that surname; returns
     * {@code null} when neither is known.
     */
    Entity linkKnown(Mention m) {
        Entity organisation = organisationsByName.get(m.name);
        if (organisation != null) {
            return mentioned(organisation, m);     // "Greenpeace" again, after "the campaign group Greenpeace"
        }
        // "Margarethe Solberg" is not her son "Anders Solberg": a given name rules a namesake out; a short word or a
        // title may be no given name ("Cr Akers" after "Mayor Colin Akers")
        Word first = m.end - m.start >= 2 ? firstWord(m.name) : null;
        String given = first != null && (first.firstName != null
                || (first.text.length() > 4 && !first.startsRole && first.honorific == null))
                ? Entity.givenName(first) : null;
        Entity e = findPerson(surnameOf(m.name), given, given != null);
        if (e != null && e.relative() && fullNames != null && fullNames.containsKey(e.surname())) {
            // "Solberg studied" after "Margarethe Solberg, the composer," and "her son, Anders Solberg": the
            // person the text is about, whose full name nothing had linked yet
            e = linkPerson(fullNames.remove(e.surname()));
        }
        if (e == null && !m.place && familyFirst != null && m.end - m.start == 1) {
            e = latest(familyFirst.get(surnameOf(m.name)), null);   // "Xi said" after "Xi Jinping"
        }
        if (e == null && organisationsByFirstWord != null && m.end - m.start == 1) {
            organisation = organisationsByFirstWord.get(m.name);
            if (organisation != null) {
                return mentioned(organisation, m);                 // "Meridian said" after "Meridian Health Systems"
            }
        }
        if (e != null) {
            e.addMention(m.text);
            e.seenIn(m);
            m.entity = e;
        }
        return e;
    }

    /**
     * Links a bare name that its text describes with a common noun for an organisation ({@code the campaign group
     * Greenpeace}, {@code Unite, the country's largest union}) as that organisation, so that {@code the group} and
     * {@code it} can mean it later.
     */
    Entity linkDescribedOrganisation(Mention m, String noun) {
        Entity e = linkOrganisation(m);
        describe(e, noun);
        return e;
    }

    /**
     * Lets a common noun mean {@code e}: the union for Unite, or the statement for whoever issued it ({@code the
     * alliance said in a statement ... "...," the statement said}).
     */
    void describe(Entity e, String noun) {
        List<Entity> described = organisationsByDescription.computeIfAbsent(noun, k -> new ArrayList<>(1));
        if (!described.contains(e)) {
            described.add(e);
        }
    }

    /** Links a mention of an organisation by name. Shorter forms join longer ones: The Post, The Washington Post. */
    Entity linkOrganisation(Mention m) {
        Entity known = organisationsByName.get(m.name);
        if (known != null) {
            // offering the same name again would change nothing: the entity's name is at least as full already
            return mentioned(known, m);
        }
        String key = organisationKey(m.name);
        Entity e = organisations.get(key);
        if (e == null) {
            e = findOrganisationByLastWord(key);
        }
        if (e == null) {
            String name = stripArticle(m.name);
            e = Entity.organisation(name, surnameOf(name), entities.size());
            entities.add(e);
            organisationsByLastWord.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
            indexFirstWord(name, e);
        } else {
            e.offerName(stripArticle(m.name));
        }
        organisations.put(key, e);
        organisationsByName.put(m.name, e);
        return mentioned(e, m);
    }

    /**
     * Lets a company's distinctive first word name it later: {@code Meridian said} after {@code Meridian Health
     * Systems}. Only a capitalised word of a name of several words, and only when no person has it as surname.
     */
    private void indexFirstWord(String name, Entity e) {
        int space = name.indexOf(' ');
        if (space < 3 || !Character.isUpperCase(name.charAt(0)) || !Character.isLowerCase(name.charAt(1))) {
            return;
        }
        Word first = words.get(lexicon, name, 0, space);
        if (first.placeName || first.nationality || first.direction || first.notName || first.startsPlaceName) {
            return;             // "European Commission", "North Korean army": the word names no one body
        }
        if (organisationsByFirstWord == null) {
            organisationsByFirstWord = new HashMap<>();
        }
        organisationsByFirstWord.putIfAbsent(name.substring(0, space), e);
    }

    private static Entity mentioned(Entity e, Mention m) {
        e.addMention(m.text);
        e.seenIn(m);
        m.entity = e;
        return e;
    }

    /**
     * The organisation whose name ends with {@code noun} (the ministry, the newspaper) mentioned last up to
     * {@code sentence}: in {@code North Korea's foreign ministry said ... The ministry added} it is North Korea's,
     * even when another country's ministry comes up later. Failing that, the one mentioned last anywhere.
     */
    Entity organisationByNoun(String noun, boolean publication, int sentence) {
        // "the newspaper" is the Post or the Times; "the company" or "the group" the Foods or the Holdings
        List<String> kindHeads = publication ? PUBLICATION_WORDS
                : BUSINESS_NOUNS.contains(noun) ? lexicon.businessHeads() : List.of();
        Entity best = latestUpTo(organisationsByLastWord.get(noun), null, sentence);
        best = latestUpTo(organisationsByDescription.get(noun), best, sentence);
        for (int w = 0; w < kindHeads.size(); w++) {
            best = latestUpTo(organisationsByLastWord.get(kindHeads.get(w)), best, sentence);
        }
        if (best == null && noun.equals("club")) {
            best = clubNamedBefore(sentence);
        }
        if (best != null) {
            return best;
        }
        best = latest(organisationsByLastWord.get(noun), null);
        best = latest(organisationsByDescription.get(noun), best);
        for (int w = 0; w < kindHeads.size(); w++) {
            best = latest(organisationsByLastWord.get(kindHeads.get(w)), best);
        }
        return best;
    }

    /**
     * The club a sports report's {@code the club said} means when no name of the text ends as clubs' names do: the
     * organisation or bare one-word name seen last, within {@link #CLUB_DISTANCE} sentences, as {@code Porto said it
     * would not comment. "...," the club said.} A club named after its city reads as a bare name, and the finder
     * took it for a person; it speaks as a body from now on.
     */
    private Entity clubNamedBefore(int sentence) {
        Entity best = null;
        int bestSentence = sentence - CLUB_DISTANCE - 1;
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            int seen = e.lastSentence > sentence ? e.lastSentenceUpTo(sentence) : e.lastSentence;
            // in one sentence, the one that was some clause's subject: "Lyon said ... it had asked UEFA to ..."
            if ((seen > bestSentence || (seen == bestSentence && best != null && !best.wasSubject()
                    && e.wasSubject())) && (e.kind() == SpeakerKind.ORGANISATION || isBareName(e))) {
                best = e;
                bestSentence = seen;
            }
        }
        if (best != null && best.kind() != SpeakerKind.ORGANISATION) {
            best.markOrganisation();
        }
        return best;
    }

    /** A name of one word that no first name, title or "he" or "she" has made a person's. */
    private static boolean isBareName(Entity e) {
        return e.firstName() == null && !e.hasRole() && e.gender() == Gender.UNKNOWN
                && Entity.wordCount(e.name()) == 1;
    }

    private static Entity latestUpTo(List<Entity> candidates, Entity best, int sentence) {
        if (candidates != null) {
            int bestSentence = best == null ? -1 : best.lastSentenceUpTo(sentence);
            for (Entity e : candidates) {
                int s = e.lastSentenceUpTo(sentence);
                if (s >= 0 && s > bestSentence) {
                    best = e;
                    bestSentence = s;
                }
            }
        }
        return best;
    }

    /**
     * The person first named within {@code within} sentences after {@code sentence}, who holds no other role: in
     * {@code The prime minister has insisted ... . Speaking in Derby, Helen Carver said ...} the lead's description
     * is Carver. A generic {@code leader} or {@code head} fits any role, and a shorter title with the same head
     * fits a longer description: the lead's {@code Britain's opposition leader} is the {@code Conservative leader
     * Helen Marsh} named next. With {@code paragraph} not negative, only someone first named in that paragraph.
     */
    Entity personNamedAfter(int sentence, int within, Gender gender, String normalisedRole, int paragraph) {
        boolean generic = normalisedRole.equals("leader") || normalisedRole.equals("head")
                || normalisedRole.equals("boss");
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind() == SpeakerKind.PERSON && e.firstSentence > sentence && e.firstSentence <= sentence + within
                    && (paragraph < 0 || e.firstParagraph() == paragraph)
                    && (best == null || e.firstSentence < best.firstSentence)
                    && (generic || !e.hasRole() || e.hasRoleLike(normalisedRole)
                        || e.hasRoleEnding(normalisedRole))
                    && (gender == Gender.UNKNOWN || e.gender() == Gender.UNKNOWN || e.gender() == gender)) {
                best = e;
            }
        }
        return best;
    }

    /** Whether someone holds a title with this word, normalised: a cheap test before {@link #personByRole}. */
    boolean holdsRoleWord(String word) {
        return byRoleWord.containsKey(word);
    }

    /** The most recently mentioned person who holds a role like {@code normalisedRole}. */
    Entity personByRole(String normalisedRole, int sentence) {
        String[] words = normalisedRole.split(" ");
        Set<Entity> holders = byRoleWord.get(words[words.length - 1]);
        Entity best = null;
        Entity recent = null;
        int recentSentence = sentence - RECENT_HOLDER - 1;
        if (holders != null) {
            for (Entity e : holders) {
                if (e.kind() == SpeakerKind.ORGANISATION || !e.hasRoleLike(normalisedRole)) {
                    continue;
                }
                if (best == null || e.lastSentence > best.lastSentence) {
                    best = e;
                }
                int seen = e.lastSentence > sentence ? e.lastSentenceUpTo(sentence) : e.lastSentence;
                if (seen > recentSentence) {
                    recent = e;
                    recentSentence = seen;
                }
            }
        }
        // a holder named just before the title, not the one the story comes back to at its end: "Delorme will be
        // without Benaissa ... "...," the coach said" in a report that quotes two coaches; with none named lately,
        // the one the text names last ("the President" of a briefing that recalled a predecessor an hour earlier)
        return recent != null ? recent : best;
    }

    private static Entity latestWithSurname(List<Entity> candidates, String surname) {
        Entity best = null;
        if (candidates != null) {
            for (Entity e : candidates) {
                if (e.surname().equals(surname) && (best == null || e.lastSentence > best.lastSentence)) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static Entity latest(List<Entity> candidates, Entity best) {
        if (candidates != null) {
            for (Entity e : candidates) {
                if (best == null || e.lastSentence > best.lastSentence) {
                    best = e;
                }
            }
        }
        return best;
    }

    /** Gives a person a role the text states, such as a title in apposition after the name. */
    void addRole(Entity e, String role) {
        if (role == null || role.isBlank() || e.hasRole(role.strip())) {
            return;             // known already: its words are indexed and nothing else would change
        }
        String normalised = Lexicon.normalise(role);
        if (normalised.length() <= MAX_TITLE_CALLED) {
            // "Gov." is "the governor", "Mr Justice Harwood" is "the judge"
            normalised = TITLES_CALLED.getOrDefault(normalised, normalised);
        }
        if (e.hasRoleLike(normalised)) {
            e.addRole(role, normalised);
            return;
        }
        e.addRole(role, normalised);
        int start = 0;
        while (true) {              // the words between single spaces, as a normalised phrase has them
            int space = normalised.indexOf(' ', start);
            int end = space < 0 ? normalised.length() : space;
            byRoleWord.computeIfAbsent(normalised.substring(start, end), k -> new LinkedHashSet<>()).add(e);
            if (space < 0) {
                return;
            }
            start = space + 1;
        }
    }

    /**
     * The surname a name links by: its last word that is no suffix ({@code Jr.}, {@code III}), lower case, without
     * periods. Each word's lower-case form comes from the word table, where the name's tokens put it already: for
     * the usual name no copy of the name or its words is made.
     */
    private String surnameOf(String name) {
        int n = name.length();
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        char[] chars = scratch;
        name.getChars(0, n, chars, 0);
        int end = n;
        String last = null;
        while (end > 0) {
            while (end > 0 && Character.isWhitespace(chars[end - 1])) {
                end--;
            }
            int start = end;
            while (start > 0 && !Character.isWhitespace(chars[start - 1])) {
                start--;
            }
            if (start == end) {
                break;
            }
            String lower = words.get(lexicon, chars, start, end).lower;
            if (last == null) {
                last = lower;
            }
            String w = lower.indexOf('.') >= 0 ? lower.replace(".", "") : lower;
            if (!w.isEmpty() && !isSuffix(w)) {
                return w;
            }
            end = start;
        }
        return last == null ? "" : last;
    }

    /** {@code jr}, {@code sr}, or a number in Roman numerals ({@code ii}, {@code xiv}) but {@code xi}. */
    private static boolean isSuffix(String lower) {
        return lower.equals("jr") || lower.equals("sr") || Words.isRegnalNumber(lower);
    }


    /** A new entity for a speaker nothing else names, such as a bare surname used with a cue. */
    Entity newPerson(String name, SpeakerKind kind) {
        return person(name, kind, Gender.UNKNOWN);
    }

    /** The person the text names first, whom an article is most likely about; {@code null} if it names nobody. */
    Entity protagonist() {
        Entity first = null;
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            if (e.kind() == SpeakerKind.PERSON && e.firstSentence >= 0
                    && (first == null || e.firstSentence < first.firstSentence)) {
                first = e;
            }
        }
        return first;
    }

    List<Entity> entities() {
        return entities;
    }

    private Entity person(String name, SpeakerKind kind, Gender gender) {
        String surname = personSurnameOf(name);
        String given = Entity.givenName(name);
        return person(name, surname, surname.equals(given) ? null : given, kind, gender);
    }

    private Entity person(String name, String surname, String firstName, SpeakerKind kind, Gender gender) {
        Entity e = new Entity(name, surname, firstName, kind, gender, entities.size());
        entities.add(e);
        bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
        if (firstName != null && writesFamilyNameFirst(name, firstName)) {
            knownAlsoBy(firstName, e);
        }
        int space = firstName == null ? -1 : name.indexOf(' ');
        if (space > 0 && name.indexOf(' ', space + 2) > 0) {
            indexInnerNames(name, e);       // three words or more
        }
        return e;
    }

    private void knownAlsoBy(String lowerWord, Entity e) {
        if (familyFirst == null) {
            familyFirst = new HashMap<>();
        }
        List<Entity> holders = familyFirst.computeIfAbsent(lowerWord, k -> new ArrayList<>(1));
        if (!holders.contains(e)) {
            holders.add(e);
        }
    }

    /**
     * Makes each inner word of a name of three words or more a name its holder may go by alone: Iberian and
     * Brazilian names carry several family names, and the press calls {@code Luiz Inácio Lula da Silva} "Lula"
     * and {@code Andrés Manuel López Obrador} "López Obrador". Only used when no one has that word as surname.
     */
    private void indexInnerNames(String name, Entity e) {
        int start = 0;
        int n = name.length();
        while (start < n && !Character.isWhitespace(name.charAt(start))) {
            start++;                // the given name is indexed already
        }
        while (start < n) {
            while (start < n && Character.isWhitespace(name.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(name.charAt(end))) {
                end++;
            }
            if (end < n && end - start >= 3 && Character.isUpperCase(name.charAt(start))
                    && name.charAt(end - 1) != '.') {
                Word w = words.get(lexicon, name, start, end);
                if (!w.particle) {
                    knownAlsoBy(w.lower, e);   // not the last word: that is the surname, which links anyway
                }
            }
            start = end;
        }
    }

    /**
     * Whether a name's first word, lower case, may be its family name, by which the text calls its holder later
     * ({@code Xi Jinping}, then {@code Xi}): a family name that Chinese, Korean and Vietnamese names put first, or a
     * word that is no known given name ({@code Ishiba Shigeru}), from {@code name}'s first word {@code first}.
     */
    private boolean writesFamilyNameFirst(String name, String first) {
        if (Words.FAMILY_NAMES_FIRST.contains(first)) {
            return true;
        }
        if (first.length() <= 2 || !Character.isLetter(first.charAt(first.length() - 1))) {
            return false;       // an initial, "J." or "J.D."
        }
        Word word = firstWord(name);    // the word table's, which knows whether it is a given name already
        return word != null && word.firstName == null;
    }

    /**
     * {@link #surnameOf} for a person's name, which may give its family name first in capitals as Japanese
     * and other East Asian governments write it ({@code KISHIDA Fumio}, {@code Prime Minister LI Qiang}): then that
     * word is the surname. Tested on the first two characters first: nearly no name opens with two capitals.
     */
    private String personSurnameOf(String name) {
        if (name.length() >= 4 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            String family = familyNameInCapitals(name);
            if (family != null) {
                return family;
            }
        }
        return surnameOf(name);
    }

    /**
     * The first word of {@code name} lower case when it is written in capitals and a later word is not, as in
     * {@code KISHIDA Fumio}; {@code null} otherwise, and for initials ({@code JD Vance}): two capitals count only
     * with a vowel second ({@code LI}, {@code XI}).
     */
    private static String familyNameInCapitals(String name) {
        int end = 0;
        while (end < name.length() && Character.isUpperCase(name.charAt(end))) {
            end++;
        }
        if (end == name.length() || !Character.isWhitespace(name.charAt(end))
                || (end == 2 && "AEIOUY".indexOf(name.charAt(1)) < 0)) {
            return null;
        }
        for (int i = end + 1; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                return name.substring(0, end).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * @param first  the given name of the name looked for, {@link Entity#givenName}; unused unless {@code strict};
     *               {@code null} for a surname alone: {@link #isLikelierBySurname}
     * @param strict whether a different given name rules a namesake out
     */
    private Entity findPerson(String surname, String first, boolean strict) {
        List<Entity> namesakes = bySurname.get(surname);
        if (namesakes == null) {
            return null;
        }
        Entity best = null;
        for (Entity e : namesakes) {
            if (strict && first != null && e.firstName() != null && !sameFirstName(first, e.firstName())) {
                continue;
            }
            if (best == null || (first == null ? isLikelierBySurname(e, best) : e.lastSentence > best.lastSentence)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Whether a surname alone means {@code e} rather than {@code best}: the latest namesake, unless one was named
     * before the other was introduced as a relative, as an obituary names its subject and then "her son".
     */
    private static boolean isLikelierBySurname(Entity e, Entity best) {
        if (e.relative() != best.relative()) {
            Entity principal = e.relative() ? best : e;
            Entity relative = e.relative() ? e : best;
            if (principal.firstSentence < relative.firstSentence) {
                return principal == e;
            }
        }
        return e.lastSentence > best.lastSentence;
    }

    /** Whether two given names are the same, or one is the other's initial, periods aside: {@code J.}, {@code john}. */
    private static boolean sameFirstName(String a, String b) {
        int x = lengthWithoutPeriods(a);
        int y = lengthWithoutPeriods(b);
        if (x == y) {
            return startsWithIgnoringPeriods(a, b);     // of equal length: the same
        }
        return (x == 1 && startsWithIgnoringPeriods(b, a)) || (y == 1 && startsWithIgnoringPeriods(a, b));
    }

    private static int lengthWithoutPeriods(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '.') {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code s} without its periods starts with {@code prefix} without its periods. */
    private static boolean startsWithIgnoringPeriods(String s, String prefix) {
        int i = 0;
        for (int k = 0; k < prefix.length(); k++) {
            char c = prefix.charAt(k);
            if (c == '.') {
                continue;
            }
            while (i < s.length() && s.charAt(i) == '.') {
                i++;
            }
            if (i == s.length() || s.charAt(i) != c) {
                return false;
            }
            i++;
        }
        return true;
    }

    /**
     * The first word of a name of two or more words, from the word table, which caches its lower-case form and
     * first-name gender; {@code null} for a single word, which is a surname.
     */
    private Word firstWord(String name) {
        int start = 0;
        while (start < name.length() && Character.isWhitespace(name.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < name.length() && !Character.isWhitespace(name.charAt(end))) {
            end++;
        }
        return Entity.hasWordFrom(name, end) ? words.get(lexicon, name, start, end) : null;
    }

    private Entity findOrganisationByLastWord(String key) {
        List<Entity> sameLast = organisationsByLastWord.get(key.substring(key.lastIndexOf(' ') + 1));
        if (sameLast == null) {
            return null;
        }
        for (Entity e : sameLast) {
            String other = keyOf(e);
            if (containsAllWords(other, key) || containsAllWords(key, other)) {
                return e;
            }
        }
        return null;
    }

    /** {@link #organisationKey} of an organisation's current name, worked out once per name. */
    private static String keyOf(Entity e) {
        if (e.keyName != e.name()) {        // identity: the name only changes by being replaced
            e.key = organisationKey(e.name());
            e.keyName = e.name();
        }
        return e.key;
    }

    /** Whether every space-separated word of {@code words} is a whole word of {@code phrase}. */
    private static boolean containsAllWords(String phrase, String words) {
        int start = 0;
        while (true) {
            int end = words.indexOf(' ', start);
            if (end < 0) {
                end = words.length();
            }
            if (!containsWord(phrase, words, start, end)) {
                return false;
            }
            if (end == words.length()) {
                return true;
            }
            start = end + 1;
        }
    }

    /** Whether {@code words[start, end)} stands in {@code phrase} between spaces or the phrase's ends. */
    private static boolean containsWord(String phrase, String words, int start, int end) {
        int n = end - start;
        for (int k = 0; k + n <= phrase.length(); k++) {
            if ((k == 0 || phrase.charAt(k - 1) == ' ') && (k + n == phrase.length() || phrase.charAt(k + n) == ' ')
                    && phrase.regionMatches(k, words, start, n)) {
                return true;
            }
        }
        return false;
    }

    private static String organisationKey(String name) {
        String key = Lexicon.normalise(name);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static String stripArticle(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    /**
     * Titles written before a name that a later "the ..." calls by another word, normalised: abbreviations, and a
     * judge's {@code Justice}.
     */
    private static final Map<String, String> TITLES_CALLED = Map.ofEntries(Map.entry("gov", "governor"),
            Map.entry("lt gov", "lieutenant governor"), Map.entry("sen", "senator"), Map.entry("rep", "representative"),
            Map.entry("supt", "superintendent"), Map.entry("insp", "inspector"), Map.entry("det", "detective"),
            Map.entry("sgt", "sergeant"), Map.entry("prof", "professor"), Map.entry("atty gen", "attorney general"),
            Map.entry("cmdr", "commander"), Map.entry("capt", "captain"), Map.entry("col", "colonel"),
            Map.entry("justice", "judge"));
    /** The longest title in {@link #TITLES_CALLED}: {@code atty gen}. */
    private static final int MAX_TITLE_CALLED = 8;

    /** How many sentences back a title's holder counts as just named: {@code Delorme will be ... the coach said}. */
    private static final int RECENT_HOLDER = 3;
    /** How many sentences back {@code the club said} looks for the club: its own and the two before. */
    private static final int CLUB_DISTANCE = 2;

    /** What a story calls a business it has named: {@code Calder Foods ... the group said}. */
    private static final Set<String> BUSINESS_NOUNS = Set.of("company", "group", "firm", "business", "retailer",
            "carmaker", "automaker", "manufacturer", "maker", "supplier", "insurer", "lender", "airline", "carrier",
            "chain", "conglomerate", "startup", "operator", "developer", "producer", "brewer", "miner", "utility");

    private static final List<String> PUBLICATION_WORDS = List.of("post", "times", "journal", "herald", "tribune",
            "gazette", "chronicle", "news", "telegraph", "guardian", "independent", "economist", "observer", "mail",
            "express", "mirror", "globe", "examiner", "inquirer", "monde", "spiegel", "politico", "axios");
}
