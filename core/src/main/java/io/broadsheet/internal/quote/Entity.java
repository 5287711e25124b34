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
    private boolean given;
    /** Document-wide sentence of the latest mention, for choosing among namesakes. */
    int lastSentence = -1;

    /**
     * @param surname   {@link #surnameOf} the name, when the caller has worked it out already
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
     */
    static Entity organisation(String name, int order) {
        return new Entity(name, surnameOf(name), null, SpeakerKind.ORGANISATION, Gender.UNKNOWN, order, false);
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

    void markSpoke() {
        spoke = true;
    }

    void offerName(String candidate) {
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

    boolean hasRoleLike(String normalisedRole) {
        if (normalisedRoles == null) {
            return false;
        }
        int n = normalisedRole.length();
        for (String r : normalisedRoles) {
            if (r.equals(normalisedRole) || (r.length() > n && ((r.startsWith(normalisedRole) && r.charAt(n) == ' ')
                    || (r.endsWith(normalisedRole) && r.charAt(r.length() - n - 1) == ' ')))) {
                return true;
            }
        }
        return false;
    }

    Speaker asSpeaker() {
        return new Speaker(name, roles.size() == 0 ? Optional.empty() : Optional.of(roles.first()), kind);
    }

    Person asPerson() {
        return new Person(name, roles.toList(), mentions.toList(), kind);   // Person's own copy is then free
    }

    static String surnameOf(String name) {
        // The loops read an array: String.charAt's Latin-1/UTF-16 test made C2 deoptimise and compile this again
        // whenever a name with a letter beyond Latin-1 came after the first compile.
        char[] chars = name.toCharArray();
        int end = chars.length;
        int lastStart = -1;
        int lastEnd = -1;
        while (end > 0) {               // words from the end, without splitting: this runs for every mention
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
            if (lastStart < 0) {
                lastStart = start;
                lastEnd = end;
            }
            String w = asciiLowerWithoutPeriods(chars, start, end);
            if (w == null) {
                w = lowerWithoutPeriods(name, start, end);
            }
            if (!w.equals("jr") && !w.equals("sr") && !w.equals("ii") && !w.equals("iii") && !w.isEmpty()) {
                return w;
            }
            end = start;
        }
        return lastStart < 0 ? "" : Tokenizer.lower(name.substring(lastStart, lastEnd));
    }

    /**
     * {@code chars[start, end)} lower-cased without its periods, in one pass and one string; {@code null} if it is
     * not plain ASCII, which {@link #lowerWithoutPeriods} then handles out of this hot loop.
     */
    private static String asciiLowerWithoutPeriods(char[] chars, int start, int end) {
        char[] out = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                return null;
            }
            if (c != '.') {
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
        }
        return new String(out, 0, n);
    }

    /** {@code name[start, end)} {@linkplain Tokenizer#lower lower-cased} with full case mapping, without periods. */
    private static String lowerWithoutPeriods(String name, int start, int end) {
        String w = Tokenizer.lower(name.substring(start, end));
        return w.indexOf('.') >= 0 ? w.replace(".", "") : w;
    }

    /** The given name, lower case: the first word of a name of two or more, unless it is a particle ("Von der Leyen"). */
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
        return Lexicon.isParticle(first) ? null : first;
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
        char[] chars = name.toCharArray();     // an array, as in surnameOf: no deoptimising on a UTF-16 name
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
