package io.broadsheet.internal.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists attribution runs on: reporting verbs, role titles, honorifics, organisations and first names
 * with their usual gender. Loaded once from resources next to this class; immutable after construction.
 */
final class Lexicon {

    /** Shared by every lexicon: the caller's extensions never add first names. Declared before STANDARD uses it. */
    private static final FirstNameTable FIRST_NAMES = FirstNameTable.read("first-names.tsv");
    /** {@link #organisationPhrase}: some organisation's name starts with the phrase. */
    static final int ORGANISATION_PREFIX = 1;
    /** {@link #organisationPhrase}: the phrase is an organisation's name. */
    static final int ORGANISATION_NAME = 2;

    /** Shared by every lexicon, like the first names; declared before STANDARD, whose words may ask it. */
    private static final Places PLACES = Places.read("places.txt");

    private static final Lexicon STANDARD = new Lexicon(List.of(), List.of(), List.of());

    /** Words that look like a capitalised name but never start one. */
    private static final Set<String> NOT_NAMES = words(
            "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "with", "after",
            "before", "during", "but", "and", "or", "so", "if", "when", "while", "as", "since", "although",
            "though", "because", "also", "yet", "still", "meanwhile", "however", "then", "now", "here", "there",
            "what", "why", "how", "who", "where", "which", "today", "yesterday", "tomorrow", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "first",
            "second", "third", "finally", "last", "next", "some", "many", "most", "all", "both", "each", "every",
            "no", "not", "one", "two", "three", "according", "asked", "said", "says", "speaking", "under", "over",
            "about", "against", "between", "without", "within", "amid", "despite", "following", "instead", "once",
            "earlier", "later", "there's", "it's", "that's", "we're", "they're", "let", "please", "thank",
            "thanks", "yes", "well", "dear", "more", "less", "other", "such", "only", "even", "just", "do", "does",
            "did", "is", "are", "was", "were", "will", "would", "should", "can", "could", "has", "have", "had",
            "to", "of", "up", "out", "whether", "unlike", "like", "through", "across", "among", "toward",
            "towards", "until", "unless", "whose", "whom", "nor", "neither", "either", "any", "none", "several",
            "another", "outside", "inside", "behind", "beyond", "afterwards", "afterward", "elsewhere", "nearby",
            "overnight", "upstairs", "downstairs", "abroad",
            "new", "old", "former", "acting", "interim", "top", "senior", "deputy", "chief", "u.s.", "us", "eu",
            "un", "uk");

    /** More plural nouns for groups of people who speak, beyond the plurals of role titles. */
    private static final Set<String> PLURAL_SPEAKERS = words("observers", "monitors", "backbenchers", "activists",
            "campaigners", "advocates", "voters", "opponents", "economists", "operatives", "insiders", "allies",
            "members", "lawyers", "attorneys", "doctors", "scientists", "researchers", "demonstrators", "workers",
            "executives", "negotiators", "delegates", "aides", "advisers", "advisors", "strategists", "pollsters",
            "historians", "scholars", "conservatives", "liberals", "progressives", "republicans", "democrats",
            "environmentalists", "economists", "traders", "bankers", "investors", "parents", "teachers",
            "students", "farmers", "veterans", "survivors", "relatives", "neighbours", "neighbors", "colleagues");

    /** Name particles written in lower case inside a name: {@code von der Leyen}, {@code de Gaulle}. */
    private static final Set<String> PARTICLES = words("von", "van", "der", "den", "de", "del", "della", "di", "da",
            "du", "des", "le", "la", "bin", "ibn", "al", "el", "ten", "ter", "dos", "das", "zu", "af", "y",
            // Spanish and Filipino: "Ramon de los Santos", "Bartolomé de las Casas"
            "los", "las");

    private static final Set<String> SURNAME_PREFIXES = words("mac", "mc", "nic", "ní", "ó", "ua", "uí", "mhic");

    /** Abbreviations whose trailing period belongs to the word and does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov",
            "gen", "lt", "col", "sgt", "capt", "maj", "adm", "prof", "st", "jr", "sr", "rev", "hon", "no", "vs",
            "inc", "corp", "ltd", "co", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "pres",
            "sec", "atty", "supt", "cmdr", "cpl", "pvt", "brig", "messrs", "mme", "gens", "sens", "govs", "dept",
            "approx", "est", "fig", "etc");

    private final Map<String, Cue> cues = new HashMap<>();
    private final Map<String, Gender> roleGender = new HashMap<>();
    private final Set<String> roleFirstWords = new HashSet<>();
    private final Set<String> roleLaterWords = new HashSet<>();
    /**
     * Every organisation's name and every leading run of its words, each with its {@link #ORGANISATION_PREFIX}
     * and {@link #ORGANISATION_NAME} bits: one lookup answers both questions.
     */
    private final Map<String, Integer> organisationPhrases = new HashMap<>();
    private final Map<String, Gender> honorifics = new HashMap<>();
    /** Names the US records miss or read differently; they win over {@link #FIRST_NAMES}. */
    private final Map<String, Gender> extraFirstNames = new HashMap<>();
    private final Set<String> organisationFirstWords = new HashSet<>();
    private final Set<String> organisationLaterWords = new HashSet<>();
    private final Set<String> organisationHeads = new HashSet<>();
    /** The heads of businesses' names, lower case, in the list's order. */
    private final List<String> businessHeads = new ArrayList<>();
    private final Set<String> organisationNouns = new HashSet<>();
    private int longestRole;
    private int longestOrganisation;
    /** The role titles and organisation names again, as a trie that phrases walk word by word. */
    private final Phrases phrases;
    /** An anonymous subclass rather than {@code withInitial(Word.Table::new)}: see {@link #Lexicon}. */
    private final ThreadLocal<Word.Table> words = new ThreadLocal<>() {
        @Override
        protected Word.Table initialValue() {
            return new Word.Table();
        }
    };

    /*
     * The standard lexicon is built once per process, before the first document, mostly in the interpreter. So
     * loading uses plain loops: each lambda or method reference would link an invokedynamic call site, about a
     * millisecond apiece at start-up, and a regular-expression split would compile a pattern per line.
     */
    private Lexicon(Collection<String> extraCues, Collection<String> extraOrganisations,
                    Collection<String> extraRoles) {
        for (String line : lines("cue-verbs.txt")) {
            addCueLine(line);
        }
        for (String line : lines("role-titles.txt")) {
            int tab = line.indexOf('\t');
            addRole(tab < 0 ? line : line.substring(0, tab), tab < 0 ? Gender.UNKNOWN : genderAfter(line, tab));
        }
        for (String line : lines("honorifics.tsv")) {
            putGendered(honorifics, line);
        }
        for (String line : lines("given-names-extra.tsv")) {
            putGendered(extraFirstNames, line);
        }
        readOrganisations(lines("organisations.txt"));
        for (String cue : extraCues) {
            addCueLine(cue.strip().toLowerCase(Locale.ROOT));
        }
        for (String organisation : extraOrganisations) {
            addOrganisation(organisation);
        }
        for (String role : extraRoles) {
            addRole(role, Gender.UNKNOWN);
        }
        this.phrases = buildPhrases();
    }

    /**
     * Reads {@code organisations.txt}: lines under {@code [names]}, {@code [heads]}, {@code [business heads]} (heads
     * too) and {@code [nouns]}.
     */
    private void readOrganisations(List<String> lines) {
        String section = "";
        for (String line : lines) {
            if (line.startsWith("[")) {
                section = line;
                continue;
            }
            switch (section) {
                case "[names]" -> addOrganisation(line);
                case "[heads]" -> organisationHeads.add(line.strip().toLowerCase(Locale.ROOT));
                case "[business heads]" -> {
                    String head = line.strip().toLowerCase(Locale.ROOT);
                    organisationHeads.add(head);
                    businessHeads.add(head);
                }
                case "[nouns]" -> organisationNouns.add(line.strip().toLowerCase(Locale.ROOT));
                default -> throw new IllegalStateException("organisations.txt: line outside a section: " + line);
            }
        }
    }

    /** @return the trie of every role title and organisation name, once all are added */
    private Phrases buildPhrases() {
        Phrases.Builder trie = new Phrases.Builder();
        for (String role : roleGender.keySet()) {
            trie.add(role, Phrases.ROLE_PREFIX, Phrases.ROLE);
        }
        for (Map.Entry<String, Integer> phrase : organisationPhrases.entrySet()) {
            if ((phrase.getValue() & ORGANISATION_NAME) != 0) {
                trie.add(phrase.getKey(), Phrases.ORGANISATION_PREFIX, Phrases.ORGANISATION_NAME);
            }
        }
        return trie.build();
    }

    /** @return the lexicon built from the shipped resources only */
    static Lexicon standard() {
        return STANDARD;
    }

    /**
     * @return the shipped lexicon extended with the caller's words
     */
    static Lexicon extended(Collection<String> cues, Collection<String> organisations, Collection<String> roles) {
        if (cues.isEmpty() && organisations.isEmpty() && roles.isEmpty()) {
            return STANDARD;
        }
        return new Lexicon(cues, organisations, roles);
    }

    /** Reads a {@code word<TAB>gender} line. */
    private static void putGendered(Map<String, Gender> into, String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new IllegalStateException("lexicon line without a tab and a gender: " + line);
        }
        into.put(line.substring(0, tab).strip(), genderAfter(line, tab));
    }

    /** @return the gender in the column after the tab at {@code tab}, which runs to the next tab or the end */
    private static Gender genderAfter(String line, int tab) {
        int end = line.indexOf('\t', tab + 1);
        return Gender.of(line.substring(tab + 1, end < 0 ? line.length() : end).strip());
    }

    private void addCueLine(String line) {
        String[] words = splitAtSpaces(line.strip());
        if (words.length == 0) {
            return;
        }
        boolean naming = words[0].equals("naming");
        int from = naming ? 1 : 0;
        if (words.length <= from) {
            return;
        }
        String lemma = words[from];
        String particle = "";
        boolean object = false;
        for (int i = from; i < words.length; i++) {
            if (words[i].startsWith("+") || words[i].startsWith("~")) {
                particle = words[i].substring(1);
                object = words[i].startsWith("~");
            }
        }
        for (int i = from; i < words.length; i++) {
            String form = words[i];
            if (!form.startsWith("+") && !form.startsWith("~")) {
                cues.put(form, new Cue(lemma, particle, form.endsWith("ing"), naming, object));
            }
        }
    }

    private void addRole(String role, Gender gender) {
        String key = normalise(role);
        if (key.isEmpty()) {
            return;
        }
        roleGender.put(key, gender);
        String[] words = key.split(" ");
        roleFirstWords.add(words[0]);
        roleLaterWords.addAll(java.util.Arrays.asList(words).subList(1, words.length));
        longestRole = Math.max(longestRole, words.length);
    }

    private void addOrganisation(String name) {
        String key = normalise(name);
        if (key.isEmpty()) {
            return;
        }
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
            addOrganisationBits(key.substring(0, space), ORGANISATION_PREFIX);
        }
        addOrganisationBits(key, ORGANISATION_PREFIX | ORGANISATION_NAME);
        String[] words = key.split(" ");
        organisationFirstWords.add(words[0]);
        organisationLaterWords.addAll(java.util.Arrays.asList(words).subList(1, words.length));
        longestOrganisation = Math.max(longestOrganisation, words.length);
    }

    private void addOrganisationBits(String phrase, int bits) {
        organisationPhrases.put(phrase, organisationPhrases.getOrDefault(phrase, 0) | bits);
    }

    /** @return whether a normalised phrase is an organisation's name or the start of one */
    boolean isOrganisationPrefix(String normalisedPhrase) {
        return (organisationPhrases.getOrDefault(normalisedPhrase, 0) & ORGANISATION_PREFIX) != 0;
    }

    /**
     * @param normalisedPhrase a normalised phrase
     * @return {@link #ORGANISATION_PREFIX} if some organisation's name starts so and {@link #ORGANISATION_NAME} if
     *         one is so named, each with or without a leading "the"
     */
    int organisationPhrase(String normalisedPhrase) {
        int bits = organisationPhrases.getOrDefault(normalisedPhrase, 0);
        if (normalisedPhrase.startsWith("the ")) {
            bits |= organisationPhrases.getOrDefault(normalisedPhrase.substring(4), 0);
        }
        return bits;
    }

    /** Lower case, hyphens as spaces, periods dropped, curly apostrophes straightened. */
    static String normalise(String phrase) {
        char[] out = new char[phrase.length()];     // never longer than the phrase; no builder checks per char
        int length = 0;
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '-' || c == '\u2010' || c == '\u2011' || Character.isWhitespace(c)) {
                space = length > 0;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = c == '\u2019' ? '\'' : Character.toLowerCase(c);
        }
        return new String(out, 0, length);
    }

    /** @return the role titles and organisation names as a trie of their normalised words */
    Phrases phrases() {
        return phrases;
    }

    /** @return this thread's cache of {@link Word}s for this lexicon */
    Word.Table wordTable() {
        return words.get();
    }

    /** @return the cue for a lower-case word form, or {@code null} */
    Cue cue(String word) {
        return cues.get(word);
    }

    /** @return whether a normalised phrase is a role title */
    boolean isRole(String normalisedPhrase) {
        return roleGender.containsKey(normalisedPhrase);
    }

    /** @return whether a normalised word stands after the first word of some role title */
    boolean continuesRole(String normalisedWord) {
        return roleLaterWords.contains(normalisedWord);
    }

    /** @return whether a normalised word can start a role title */
    boolean startsRole(String normalisedWord) {
        return roleFirstWords.contains(normalisedWord);
    }

    /** @return the gender a normalised role implies */
    Gender roleGender(String normalisedRole) {
        return roleGender.getOrDefault(normalisedRole, Gender.UNKNOWN);
    }

    int longestRole() {
        return longestRole;
    }

    /** @return the gender an honorific implies, or {@code null} if the word is no honorific */
    Gender honorific(String normalisedWord) {
        return honorifics.get(normalisedWord);
    }

    /**
     * @return the usual gender of a first name, or {@code null} if the name is not in the lexicon, or if the word
     *         names a place ({@code China}, {@code North}) or heads an organisation's name ({@code Council}) far more
     *         often than anyone in the news is called so
     */
    Gender firstName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (PLACES.names.contains(lower) || PLACES.directions.contains(lower) || PLACES.heads.contains(lower)
                || PLACES.nationalities.contains(lower) || organisationHeads.contains(lower)) {
            return null;
        }
        Gender g = firstNameOf(lower);
        return g != null || isAscii(lower) ? g : firstNameOf(foldAccents(lower));
    }

    /** @return whether a normalised phrase names a country, region or capital */
    static boolean isPlaceName(String normalisedPhrase) {
        return PLACES.names.contains(normalisedPhrase);
    }

    /** @return whether a normalised word is the first word of a place's name of two or more words */
    static boolean startsPlaceName(String normalisedWord) {
        return PLACES.firstWords.contains(normalisedWord);
    }

    /** @return whether a normalised word is a compass word, which opens a place's name: {@code North Korea} */
    static boolean isDirection(String normalisedWord) {
        return PLACES.directions.contains(normalisedWord);
    }

    /** @return whether a normalised word is a nation's adjective: {@code German}, {@code Irish} */
    static boolean isNationality(String normalisedWord) {
        return PLACES.nationalities.contains(normalisedWord);
    }

    /** @return whether a normalised word, last in a capitalised phrase, makes it a place: {@code Sea}, {@code Line} */
    static boolean isPlaceHead(String normalisedWord) {
        return PLACES.heads.contains(normalisedWord);
    }

    private Gender firstNameOf(String lower) {
        Gender extra = extraFirstNames.get(lower);
        return extra != null ? extra : FIRST_NAMES.get(lower);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code élise} as {@code elise}: the name lists are unaccented, news copy often is not. */
    static String foldAccents(String word) {
        String decomposed = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    boolean isOrganisationName(String normalisedPhrase) {
        return (organisationPhrases.getOrDefault(normalisedPhrase, 0) & ORGANISATION_NAME) != 0;
    }

    /** @return whether a normalised word stands after the first word of some organisation's name */
    boolean continuesOrganisationName(String normalisedWord) {
        return organisationLaterWords.contains(normalisedWord);
    }

    boolean startsOrganisationName(String normalisedWord) {
        return organisationFirstWords.contains(normalisedWord);
    }

    int longestOrganisation() {
        return longestOrganisation;
    }

    boolean isOrganisationHead(String normalisedWord) {
        return organisationHeads.contains(normalisedWord);
    }

    /** @return the last words of businesses' names, lower case ({@code foods}, {@code inc}, {@code co.}) */
    List<String> businessHeads() {
        return businessHeads;
    }

    boolean isOrganisationNoun(String normalisedWord) {
        return organisationNouns.contains(normalisedWord);
    }

    /** Whether a lower-case word is a plural noun for people who speak: officials, analysts, spokesmen. */
    boolean isPluralSpeakerNoun(String word) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return false;
        }
        String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.substring(0, word.length() - 1);
        return isRole(singular) || word.equals("officials") || word.equals("sources") || word.equals("people")
                || word.equals("critics") || word.equals("analysts") || word.equals("experts")
                || word.equals("protesters") || word.equals("residents") || word.equals("witnesses")
                || word.equals("authorities") || word.equals("organisers") || word.equals("organizers")
                || word.equals("lawmakers") || word.equals("diplomats") || word.equals("prosecutors")
                || word.equals("police") || word.equals("investigators") || word.equals("supporters")
                || PLURAL_SPEAKERS.contains(word);
    }

    static boolean isNotName(String lowerWord) {
        return NOT_NAMES.contains(lowerWord);
    }

    static boolean isParticle(String lowerWord) {
        return PARTICLES.contains(lowerWord);
    }

    /**
     * Whether a lower-case word is a particle or the capitalised first word of an Irish or Scottish surname written
     * apart ({@code Mac Lochlainn}, {@code Ó Ríordáin}, {@code Nic Giolla}, {@code Ní Chuilín}): the first word of a
     * name that is no given name.
     */
    static boolean opensSurname(String lowerWord) {
        return PARTICLES.contains(lowerWord) || SURNAME_PREFIXES.contains(lowerWord);
    }

    static boolean isAbbreviation(String lowerWord) {
        return ABBREVIATIONS.contains(lowerWord);
    }

    /** @return a resource's lines that are neither blank nor {@code #} comments */
    private static List<String> lines(String resource) {
        String text;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            // One bulk decode, not a BufferedReader: at start-up the reader's decoder and readLine run interpreted.
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
        List<String> lines = new ArrayList<>();
        // Lines end where BufferedReader.readLine ends them: at \n, \r or \r\n (whose empty middle is blank).
        int cr = text.indexOf('\r');
        for (int start = 0; start <= text.length(); ) {
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (cr >= 0 && cr < end) {
                end = cr;
            }
            String line = text.substring(start, end);
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * @return the words of a stripped line, split at runs of the white space {@code \s} matches, as
     *         {@code line.split("\\s+")} gives them but without a regular expression, and none for an empty line
     */
    static String[] splitAtSpaces(String line) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean space = i == line.length() || isRegexSpace(line.charAt(i));
            if (space && start >= 0) {
                words.add(line.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words.toArray(new String[0]);
    }

    /** The characters {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A set of words; duplicates in the list are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /**
     * {@code places.txt}: place names, the first words of those of several words, compass words, heads and the
     * adjectives of nations.
     */
    private record Places(Set<String> names, Set<String> firstWords, Set<String> directions, Set<String> heads,
                          Set<String> nationalities) {

        static Places read(String resource) {
            Set<String> names = new HashSet<>();
            Set<String> firstWords = new HashSet<>();
            Set<String> directions = new HashSet<>();
            Set<String> heads = new HashSet<>();
            Set<String> nationalities = new HashSet<>();
            String section = "";
            for (String line : lines(resource)) {
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                String key = normalise(line.strip());
                switch (section) {
                    case "[names]" -> {
                        names.add(key);
                        int space = key.indexOf(' ');
                        if (space > 0) {
                            firstWords.add(key.substring(0, space));
                        }
                    }
                    case "[directions]" -> directions.add(key);
                    case "[heads]" -> heads.add(key);
                    case "[nationalities]" -> nationalities.add(key);
                    default -> throw new IllegalStateException(resource + ": line outside a section: " + line);
                }
            }
            return new Places(Set.copyOf(names), Set.copyOf(firstWords), Set.copyOf(directions), Set.copyOf(heads),
                    Set.copyOf(nationalities));
        }
    }

    /**
     * The role titles and organisation names as a trie over their normalised words, so that a phrase grows by one
     * word with one table lookup and no phrase string is built or hashed. A node stands for a leading run of words
     * of some entry; its bits say which kinds of entry go on like it and which it completes. A {@link Word} carries
     * its words' ids, so stepping by a token needs no string at all. Immutable once built: lexicons are shared by
     * every thread.
     */
    static final class Phrases {
        /** No node: the words spell no entry's start. */
        static final int NONE = -1;
        /** The empty phrase. */
        static final int ROOT = 0;
        /** A role title starts with the node's words. */
        static final int ROLE_PREFIX = 1;
        /** The node's words are a role title. */
        static final int ROLE = 2;
        /** An organisation's name starts with the node's words. */
        static final int ORGANISATION_PREFIX = 4;
        /** The node's words are an organisation's name. */
        static final int ORGANISATION_NAME = 8;
        private static final long EMPTY = -1L;

        /** Each word that occurs in some entry, with its id. */
        private final Map<String, Integer> wordIds;
        private final int[] nodeBits;
        /** Open addressing from {@code parent << 32 | word id} to the child node; {@link #EMPTY} marks a free slot. */
        private final long[] edgeKeys;
        private final int[] edgeChildren;
        private final int slotShift;

        private Phrases(Map<String, Integer> wordIds, int[] nodeBits, Map<Long, Integer> edges) {
            this.wordIds = Map.copyOf(wordIds);
            this.nodeBits = nodeBits;
            int bits = 2;
            while ((1 << bits) < edges.size() * 2) {
                bits++;
            }
            this.slotShift = Long.SIZE - bits;
            this.edgeKeys = new long[1 << bits];
            this.edgeChildren = new int[1 << bits];
            java.util.Arrays.fill(edgeKeys, EMPTY);
            int mask = (1 << bits) - 1;
            for (Map.Entry<Long, Integer> edge : edges.entrySet()) {
                long key = edge.getKey();
                int slot = slotOf(key);
                while (edgeKeys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                edgeKeys[slot] = key;
                edgeChildren[slot] = edge.getValue();
            }
        }

        /**
         * @return the ids of a normalised phrase's words, or {@code null} when it is empty or has a word no entry
         *         uses (then no walk can go through it)
         */
        int[] wordIds(String normalised) {
            if (normalised.isEmpty()) {
                return null;
            }
            int words = 1;
            for (int k = normalised.indexOf(' '); k >= 0; k = normalised.indexOf(' ', k + 1)) {
                words++;
            }
            int[] ids = new int[words];
            int start = 0;
            for (int w = 0; w < words; w++) {
                int space = normalised.indexOf(' ', start);
                int end = space < 0 ? normalised.length() : space;
                Integer id = wordIds.get(normalised.substring(start, end));
                if (id == null) {
                    return null;
                }
                ids[w] = id;
                start = end + 1;
            }
            return ids;
        }

        /**
         * @return the node after walking the words {@code ids} from {@code node}, if it has {@code prefixBit};
         *         otherwise {@link #NONE}. {@code null} ids, from a word no entry uses, lead nowhere.
         */
        int next(int node, int[] ids, int prefixBit) {
            if (ids == null || node < 0) {
                return NONE;
            }
            for (int id : ids) {
                node = child(node, id);
                if (node < 0) {
                    return NONE;
                }
            }
            return (nodeBits[node] & prefixBit) != 0 ? node : NONE;
        }

        /** @return whether {@code node}, which may be {@link #NONE}, has {@code bit} */
        boolean has(int node, int bit) {
            return node >= 0 && (nodeBits[node] & bit) != 0;
        }

        private int child(int node, int id) {
            long key = (long) node << 32 | id;
            int mask = edgeKeys.length - 1;
            for (int slot = slotOf(key); ; slot = (slot + 1) & mask) {
                long k = edgeKeys[slot];
                if (k == key) {
                    return edgeChildren[slot];
                }
                if (k == EMPTY) {
                    return NONE;
                }
            }
        }

        private int slotOf(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> slotShift);
        }

        /** Collects entries; not shared, so it may grow freely before {@link #build} freezes it. */
        static final class Builder {
            private final Map<String, Integer> wordIds = new HashMap<>();
            private final Map<Long, Integer> edges = new HashMap<>();
            private int[] nodeBits = new int[64];
            private int nodes = 1;      // the root

            /** Adds a normalised entry: every node on its path gets {@code prefixBit}, its last one {@code entryBit}. */
            void add(String normalised, int prefixBit, int entryBit) {
                int node = ROOT;
                for (String word : normalised.split(" ")) {
                    Integer id = wordIds.get(word);
                    if (id == null) {
                        id = wordIds.size();
                        wordIds.put(word, id);
                    }
                    long key = (long) node << 32 | id;
                    Integer child = edges.get(key);
                    if (child == null) {
                        child = nodes++;
                        if (child == nodeBits.length) {
                            nodeBits = java.util.Arrays.copyOf(nodeBits, child * 2);
                        }
                        edges.put(key, child);
                    }
                    node = child;
                    nodeBits[node] |= prefixBit;
                }
                nodeBits[node] |= entryBit;
            }

            Phrases build() {
                return new Phrases(wordIds, java.util.Arrays.copyOf(nodeBits, nodes), edges);
            }
        }
    }
}
