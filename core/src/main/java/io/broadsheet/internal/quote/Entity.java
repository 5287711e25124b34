package io.broadsheet.internal.quote;

import io.broadsheet.Person;
import io.broadsheet.Speaker;
import io.broadsheet.SpeakerKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One person or organisation of a document, gathering its mentions. Mutable while a document is attributed and
 * confined to that one call.
 */
final class Entity {
    private String name;
    private int nameWords;
    private SpeakerKind kind;
    private Gender gender;
    private final String surname;
    private String firstName;
    /** False for organisations, whose {@link #firstName} nobody asks. */
    private final boolean keepsFirstName;
    /** {@link Registry}'s lookup key for {@link #name}, and the name it was worked out for. */
    String keyName;
    String key;
    /** Roles as written, stripped, in the order first seen. Most entities have none. */
    private final DistinctStrings roles = new DistinctStrings();
    /** {@link #roles} normalised, worked out once per role rather than on every comparison; null while none. */
    private List<String> normalisedRoles;
    private final DistinctStrings mentions = new DistinctStrings();
    private final int order;
    private boolean spoke;
    private boolean subject;
    private int firstParagraph = -1;
    private boolean given;
    /** Introduced as someone's relative ({@code her son, Anders Solberg}): the surname alone means another namesake. */
    private boolean relative;
    /** Document-wide sentence of the latest mention, for choosing among namesakes. */
    int lastSentence = -1;
    /** Document-wide sentence of the earliest mention, for a lead that names its speaker only later. */
    int firstSentence = -1;

    /**
     * The sentences of the mentions in the order recorded (reading order, so ascending but for a repeat); {@link
     * #sentenceCount} of them are set. Entities are linked before any quote is read, so {@link #lastSentence} may
     * lie after the quote that asks: this answers which was the latest mention up to it.
     */
    private int[] sentences = new int[4];
    private int sentenceCount;

    /** Records a mention in document-wide sentence {@code sentence}. */
    /**
     * {@link #seenIn(int)} for a mention, remembering the paragraph of the first and whether any was a clause's
     * subject or a speaker.
     */
    void seenIn(Mention m) {
        if (m.grammaticalRole == GrammaticalRole.SUBJECT || m.grammaticalRole == GrammaticalRole.SPEAKER) {
            subject = true;
        }
        if (firstSentence < 0 || m.sentence < firstSentence) {
            firstParagraph = m.paragraph;
        }
        seenIn(m.sentence);
    }

    /** The paragraph of the first mention {@link #seenIn(Mention)} was given, or -1. */
    int firstParagraph() {
        return firstParagraph;
    }

    /** Whether some mention made it a clause's subject or a speaker, as bodies that act are and their objects not. */
    boolean wasSubject() {
        return subject;
    }

    void seenIn(int sentence) {
        lastSentence = Math.max(lastSentence, sentence);
        if (firstSentence < 0 || sentence < firstSentence) {
            firstSentence = sentence;
        }
        if (sentenceCount > 0 && sentences[sentenceCount - 1] == sentence) {
            return;             // mentioned again in the same sentence
        }
        if (sentenceCount == sentences.length) {
            sentences = java.util.Arrays.copyOf(sentences, sentenceCount * 2);
        }
        sentences[sentenceCount++] = sentence;
    }

    /** The sentence of the latest mention in or before {@code sentence}, or -1 when it was first mentioned later. */
    int lastSentenceUpTo(int sentence) {
        int best = -1;
        for (int k = 0; k < sentenceCount; k++) {
            int s = sentences[k];
            if (s <= sentence && s > best) {
                best = s;
            }
        }
        return best;
    }

    /**
     * @param surname   the lower-case last word of the name that is no suffix such as {@code Jr.}, without periods
     * @param firstName {@link #givenName} the name, likewise
     */
    Entity(String name, String surname, String firstName, SpeakerKind kind, Gender gender, int order) {
        this(name, surname, firstName, kind, gender, order, true);
    }

    private Entity(String name, String surname, String firstName, SpeakerKind kind, Gender gender, int order,
                   boolean keepsFirstName) {
        this.name = name;
        this.nameWords = wordCount(name);
        this.kind = kind;
        this.gender = gender;
        this.surname = surname;
        this.firstName = firstName;
        this.keepsFirstName = keepsFirstName;
        this.order = order;
    }

    /**
     * An organisation: its "surname" is the last word of its name, and it has no given name, which only tells
     * namesake people apart.
     *
     * @param surname the last word of the name, lower case, without periods
     */
    static Entity organisation(String name, String surname, int order) {
        return new Entity(name, surname, null, SpeakerKind.ORGANISATION, Gender.UNKNOWN, order, false);
    }

    String name() {
        return name;
    }

    SpeakerKind kind() {
        return kind;
    }

    Gender gender() {
        return gender;
    }

    String surname() {
        return surname;
    }

    String firstName() {
        return firstName;
    }

    int order() {
        return order;
    }

    boolean spoke() {
        return spoke;
    }

    boolean hasRole() {
        return roles.size() > 0;
    }

    /** @param role a role as written, stripped */
    boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Marks an entity that came with the incoming document, which is always listed. */
    void markGiven() {
        given = true;
    }

    boolean given() {
        return given;
    }

    /** Marks a person the text introduces as a relative of someone: {@code her son, Anders Solberg}. */
    void markRelative() {
        relative = true;
    }

    boolean relative() {
        return relative;
    }

    void markSpoke() {
        spoke = true;
    }

    void offerName(String candidate) {
        if (candidate.equals(name)) {
            return;             // the usual repeat: as full as the name already
        }
        int words = wordCount(candidate);
        if (words > nameWords || (words == nameWords && candidate.length() > name.length())) {
            name = candidate;
            nameWords = words;
            if (firstName == null && keepsFirstName) {
                firstName = givenName(candidate);
            }
        }
    }

    void offerGender(Gender evidence) {
        if (gender == Gender.UNKNOWN && evidence != Gender.UNKNOWN) {
            gender = evidence;
        }
    }

    /** A bare name the text has shown to be a body's ({@code Porto said ... the club said}), whatever was guessed. */
    void markOrganisation() {
        kind = SpeakerKind.ORGANISATION;
    }

    void offerKind(SpeakerKind evidence) {
        if (kind == SpeakerKind.UNKNOWN) {
            kind = evidence;
        }
    }

    /**
     * @param role       a role as written, not blank
     * @param normalised the role {@linkplain Lexicon#normalise normalised}
     */
    void addRole(String role, String normalised) {
        if (normalisedRoles != null && normalisedRoles.contains(normalised)) {
            return;               // "Rapporteur" after "rapporteur": one role, written as first seen
        }
        if (roles.add(role.strip())) {
            if (normalisedRoles == null) {
                normalisedRoles = new ArrayList<>(2);
            }
            normalisedRoles.add(normalised);
        }
    }

    void addMention(String text) {
        if (text != null && !text.isBlank()) {
            mentions.add(text.strip());
        }
    }

    /**
     * Whether one of this entity's titles is the last words of {@code normalisedRole}, a fuller title of the same
     * office: {@code leader} in {@code opposition leader}, {@code minister} in {@code foreign minister}.
     */
    boolean hasRoleEnding(String normalisedRole) {
        if (normalisedRoles == null) {
            return false;
        }
        int n = normalisedRole.length();
        for (String r : normalisedRoles) {
            if (r.length() < n && normalisedRole.endsWith(r) && normalisedRole.charAt(n - r.length() - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    boolean hasRoleLike(String normalisedRole) {
        if (normalisedRoles == null) {
            return false;
        }
        int n = normalisedRole.length();
        for (String r : normalisedRoles) {
            if (r.equals(normalisedRole) || (r.length() > n && ((r.startsWith(normalisedRole) && r.charAt(n) == ' ')
                    || (r.endsWith(normalisedRole) && r.charAt(r.length() - n - 1) == ' '
                        && !shadows(r, normalisedRole))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code held} is the opposition's shadow of {@code office}, which it ends with: the shadow transport
     * secretary is not "the transport secretary", though the shadow secretary is a secretary.
     */
    private static boolean shadows(String held, String office) {
        return held.startsWith("shadow ") && office.indexOf(' ') > 0 && !office.startsWith("shadow ");
    }

    Speaker asSpeaker() {
        return new Speaker(name, roles.size() == 0 ? Optional.empty() : Optional.of(roles.first()), kind);
    }

    Person asPerson() {
        return new Person(name, roles.toList(), mentions.toList(), kind);   // Person's own copy is then free
    }

    /**
     * The given name, lower case: the first word of a name of two or more, unless it opens a surname ("Von der
     * Leyen", "Mac Lochlainn").
     */
    static String givenName(String name) {
        int start = 0;
        while (start < name.length() && Character.isWhitespace(name.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < name.length() && !Character.isWhitespace(name.charAt(end))) {
            end++;
        }
        if (!hasWordFrom(name, end)) {
            return null;        // a single word is a surname
        }
        String first = name.substring(start, end).toLowerCase(Locale.ROOT);
        return Lexicon.opensSurname(first) ? null : first;
    }

    /**
     * {@link #givenName} of a name whose first word is {@code first}, from the word table's cached lower-case
     * form. That form also turns a typographic apostrophe into a plain one, so a word with one is lower-cased
     * here as {@link #givenName} does.
     */
    static String givenName(Word first) {
        if (first.particle || (first.text.length() <= 4 && Lexicon.opensSurname(first.lower))) {
            return null;        // no particle has an apostrophe, so the cached form tells it apart as well
        }
        return first.text.indexOf('\u2019') < 0 ? first.lower : first.text.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code name} has a word at or after {@code from}. */
    static boolean hasWordFrom(String name, int from) {
        for (int i = from; i < name.length(); i++) {
            if (!Character.isWhitespace(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int wordCount(String name) {
        char[] chars = name.toCharArray();     // an array: String.charAt on a UTF-16 name would deoptimise C2 code
        int count = 0;
        boolean inWord = false;
        for (char c : chars) {
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    @Override
    public String toString() {
        return name + "(" + kind + "," + gender + ")";
    }

    /**
     * Distinct strings in the order first added. An entity has a few roles and mention forms, so a short list
     * searched in place serves, with no set built per entity; a hash index appears only past a handful, which
     * keeps a hostile document with thousands of forms linear.
     */
    private static final class DistinctStrings {
        private static final int INDEX_FROM = 8;
        private List<String> items;
        private Set<String> index;

        int size() {
            return items == null ? 0 : items.size();
        }

        String first() {
            return items.get(0);
        }

        boolean contains(String s) {
            if (items == null) {
                return false;
            }
            return index != null ? index.contains(s) : items.contains(s);
        }

        /** @return whether {@code s} was new */
        boolean add(String s) {
            if (items == null) {
                items = new ArrayList<>(4);
            } else if (index != null ? !index.add(s) : items.contains(s)) {
                return false;
            }
            items.add(s);
            if (index == null && items.size() > INDEX_FROM) {
                index = new HashSet<>(items);
            }
            return true;
        }

        List<String> toList() {
            return items == null ? List.of() : List.copyOf(items);
        }
    }
}
