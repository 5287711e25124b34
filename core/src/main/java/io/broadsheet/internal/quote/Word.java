package io.broadsheet.internal.quote;

import java.util.Locale;

/**
 * One word form as the lexicon reads it, with everything the rules ask of it worked out once: its lower-case and
 * normalised forms, whether it is a reporting verb, an honorific, a first name, the start of a role or
 * organisation, and its shape. {@link Lexicon#wordTable} caches these per thread, so a document's tokens share them and
 * the rules ask a field instead of hashing a fresh string for every question.
 */
final class Word {
    final String text;
    /** The first character, or 0 for the empty word: a mark's one character without {@link String#charAt}. */
    final char first;
    /** {@link #text}'s characters and hash, which {@link Table} compares without going through the string. */
    private final char[] chars;
    private final int hash;
    /** Lower case, curly apostrophes straightened. */
    final String lower;
    /** As the lexicon compares words: lower case, hyphens as spaces, no periods. */
    final String norm;
    /** The reporting verb this form belongs to, or {@code null}. */
    final Cue cue;
    /** The gender an honorific implies, or {@code null} if the word is no honorific. */
    final Gender honorific;
    /** The usual gender of the word as a first name, or {@code null}. */
    final Gender firstName;
    final boolean startsRole;
    /** The first normalised word can start an organisation's name. */
    final boolean startsOrganisation;
    /** The whole normalised form can start an organisation's name. */
    final boolean normStartsOrganisation;
    /** The first normalised word goes on some organisation's name after its first word. */
    final boolean continuesOrganisation;
    /** The normalised form, with or without a leading "the", is an organisation's name or the start of one. */
    final boolean organisationPrefix;
    /** The normalised form, with or without a leading "the", is an organisation's name. */
    final boolean organisationName;
    /** The lower-case form is a plural noun for people who speak: officials, analysts. */
    final boolean pluralSpeakerNoun;
    final boolean organisationHead;
    final boolean organisationNoun;
    /** The normalised form names a country, region or capital: {@code China}, {@code Kyiv}. */
    final boolean placeName;
    /** The normalised form is the first word of a place's name of several words: {@code Saudi}, {@code Hong}. */
    final boolean startsPlaceName;
    /** The first normalised word is a compass word, which opens a place's name: {@code North}, {@code South-East}. */
    final boolean direction;
    /** The normalised form is a nation's adjective, which qualifies and names nobody: {@code German}, {@code Irish}. */
    final boolean nationality;
    /** As the last word of a capitalised phrase, makes it a place that never speaks: {@code Sea}, {@code Line}. */
    final boolean placeHead;
    /** Never starts a name, as written or without its periods. */
    final boolean notName;
    /** Never starts a name, as written. */
    final boolean notNameExact;
    final boolean particle;
    final boolean capitalised;
    /** Capitalised or a number: after a sentence's final mark, it starts the next sentence. */
    final boolean startsSentence;
    final boolean acronym;
    final boolean upperCase;
    final boolean contraction;
    final boolean partyTag;
    /** The normalised form alone is a role title. */
    final boolean role;
    /** After "the", this word can go on an organisation's name: "The Washington Post", "the White House". */
    final boolean followsTheInOrganisation;
    /** The form, or its singular, starts a role title; the singular is a role ("spokesmen" aside). */
    final boolean startsRoleAsWritten;
    final boolean startsRoleSingular;
    final boolean roleSingular;
    /** Membership of the closed word classes in {@link Words}. */
    final boolean determiner;
    /** A determiner that can stand for the people it counts: {@code the two said}, {@code several added}. */
    final boolean quantifier;
    final boolean preposition;
    final boolean notVerb;
    final boolean verbModifier;
    final boolean clauseOpener;
    final boolean relativePronoun;
    final boolean weekday;
    /** Letters written after a name for a rank or an honour, as written: {@code KC}, {@code OBE}. */
    final boolean postNominal;
    final boolean pronoun;
    /** {@code he}, {@code she} or {@code they}: a pronoun that can stand for a speaker. */
    final boolean subjectPronoun;
    /** {@code the}, {@code former}, {@code acting}...: a word that goes on the front of a noun phrase. */
    final boolean phraseQualifier;
    /** Capitalised and able to begin a name: no function word, pronoun, contraction or party tag. */
    final boolean nameStart;
    /** A determiner that can open a description: {@code the}, {@code a}, {@code his}, {@code several}. */
    final boolean opensDescription;
    /**
     * Opens no mention on its own: no name, pronoun, honorific, description, title or organisation could start
     * here. {@link MentionFinder} passes such a word with one test, unless a possessive stands before it.
     */
    final boolean opensNoMention;
    /** The first normalised word goes on some role title after its first word: "general" in "secretary general". */
    final boolean continuesRole;
    /** A period straight after the word is part of it: {@code J.}, {@code U.S.}, {@code Gen.}. */
    final boolean keepsPeriod;
    /**
     * The ids of the normalised form's words in the lexicon's {@link Lexicon.Phrases}, or {@code null} if some
     * word is in no role title or organisation name: what a phrase steps by when this word extends it.
     */
    final int[] phraseWords;
    /** The {@link Lexicon.Phrases} node of the normalised form as a role title's start, or {@code NONE}. */
    final int roleNode;
    /** The {@link Lexicon.Phrases} node of the normalised form as an organisation name's start, or {@code NONE}. */
    final int organisationNode;
    /**
     * When the normalised form starts with the word "the", the node of the rest as an organisation name's start
     * (the root for "the" alone), since names match with or without a leading "the"; otherwise {@code NONE}.
     */
    final int organisationNodeAfterThe;

    /** A punctuation mark or possessive ending: none of the lexicon applies. */
    Word(String text) {
        this.text = text;
        this.first = text.isEmpty() ? 0 : text.charAt(0);
        this.chars = text.toCharArray();
        this.hash = text.hashCode();
        this.lower = text;
        this.norm = text;
        this.cue = null;
        this.honorific = null;
        this.firstName = null;
        this.startsRole = false;
        this.startsOrganisation = false;
        this.normStartsOrganisation = false;
        this.continuesOrganisation = false;
        this.organisationPrefix = false;
        this.organisationName = false;
        this.pluralSpeakerNoun = false;
        this.organisationHead = false;
        this.organisationNoun = false;
        this.placeName = false;
        this.startsPlaceName = false;
        this.direction = false;
        this.nationality = false;
        this.placeHead = false;
        this.notName = true;
        this.notNameExact = true;
        this.particle = false;
        this.capitalised = false;
        this.startsSentence = false;
        this.acronym = false;
        this.upperCase = false;
        this.contraction = false;
        this.partyTag = false;
        this.role = false;
        this.followsTheInOrganisation = false;
        this.startsRoleAsWritten = false;
        this.startsRoleSingular = false;
        this.roleSingular = false;
        this.determiner = false;
        this.quantifier = false;
        this.preposition = false;
        this.notVerb = false;
        this.verbModifier = false;
        this.clauseOpener = Words.CLAUSE_OPENERS.contains(text);
        this.relativePronoun = false;
        this.weekday = false;
        this.postNominal = false;
        this.keepsPeriod = false;
        this.pronoun = false;
        this.subjectPronoun = false;
        this.phraseQualifier = false;
        this.nameStart = false;
        this.opensDescription = false;
        this.opensNoMention = true;
        this.continuesRole = false;
        this.phraseWords = null;
        this.roleNode = Lexicon.Phrases.NONE;
        this.organisationNode = Lexicon.Phrases.NONE;
        this.organisationNodeAfterThe = Lexicon.Phrases.NONE;
    }

    Word(Lexicon lexicon, String text) {
        this.text = text;
        this.first = text.isEmpty() ? 0 : text.charAt(0);
        this.chars = text.toCharArray();
        this.hash = text.hashCode();
        String lowerCase = text.toLowerCase(Locale.ROOT);
        this.lower = lowerCase.indexOf('\u2019') >= 0 ? lowerCase.replace('\u2019', '\'') : lowerCase;
        this.norm = Lexicon.normalise(text);
        int space = norm.indexOf(' ');
        String firstWord = space > 0 ? norm.substring(0, space) : norm;
        this.cue = lexicon.cue(lower);
        this.honorific = lexicon.honorific(norm);
        this.firstName = lexicon.firstName(text);
        this.startsRole = lexicon.startsRole(firstWord);
        this.startsOrganisation = lexicon.startsOrganisationName(firstWord);
        this.normStartsOrganisation = lexicon.startsOrganisationName(norm);
        this.continuesOrganisation = lexicon.continuesOrganisationName(firstWord);
        int organisation = lexicon.organisationPhrase(norm);
        this.organisationPrefix = (organisation & Lexicon.ORGANISATION_PREFIX) != 0;
        this.organisationName = (organisation & Lexicon.ORGANISATION_NAME) != 0;
        this.pluralSpeakerNoun = lexicon.isPluralSpeakerNoun(lower);
        this.organisationHead = lexicon.isOrganisationHead(norm);
        this.organisationNoun = lexicon.isOrganisationNoun(norm);
        this.placeName = Lexicon.isPlaceName(norm);
        this.startsPlaceName = Lexicon.startsPlaceName(norm);
        this.direction = Lexicon.isDirection(firstWord);
        this.nationality = Lexicon.isNationality(norm);
        this.placeHead = Lexicon.isPlaceHead(norm);
        this.notNameExact = Lexicon.isNotName(lower);
        // an initial ("A. B. Smith") is no article, however its letter reads
        this.notName = notNameExact || (!isInitial(text) && Lexicon.isNotName(lower.replace(".", "")));
        this.particle = Lexicon.isParticle(lower);
        this.capitalised = !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || isArticledName(text));
        this.startsSentence = capitalised || (!text.isEmpty() && Character.isDigit(text.charAt(0)));
        this.acronym = isAcronym(text);
        this.upperCase = isUpperCase(text);
        this.contraction = isContraction(lower);
        this.partyTag = MentionFinder.isPartyTag(text);
        this.role = lexicon.isRole(norm);
        this.followsTheInOrganisation = lexicon.isOrganisationPrefix("the " + norm)
                || lexicon.isOrganisationPrefix(norm);
        String singular = norm.endsWith("s") && norm.length() > 3 ? norm.substring(0, norm.length() - 1) : norm;
        this.startsRoleAsWritten = lexicon.startsRole(norm);
        this.startsRoleSingular = lexicon.startsRole(singular);
        this.roleSingular = lexicon.isRole(singular);
        this.determiner = Words.DETERMINERS.contains(lower);
        this.quantifier = Words.QUANTIFIERS.contains(lower);
        this.preposition = Words.PREPOSITIONS.contains(lower);
        this.notVerb = Words.NOT_VERBS.contains(lower);
        this.verbModifier = Words.VERB_MODIFIERS.contains(lower);
        this.clauseOpener = Words.CLAUSE_OPENERS.contains(lower);
        this.relativePronoun = Words.RELATIVE_PRONOUNS.contains(lower);
        this.weekday = Words.WEEKDAYS.contains(lower);
        this.postNominal = upperCase && Words.POST_NOMINALS.contains(text);
        this.keepsPeriod = Tokenizer.keepsPeriod(text);
        this.pronoun = Words.PRONOUNS.contains(lower);
        this.subjectPronoun = lower.equals("he") || lower.equals("she") || lower.equals("they");
        this.phraseQualifier = Words.PHRASE_QUALIFIERS.contains(lower);
        this.continuesRole = lexicon.continuesRole(firstWord);
        this.nameStart = capitalised && !partyTag && !contraction && !notName && !pronoun;
        this.opensDescription = determiner && MentionFinder.opensDescription(lower);
        this.opensNoMention = !nameStart && !opensDescription && !subjectPronoun && !(capitalised && honorific != null)
                && !startsRole && !startsOrganisation && !normStartsOrganisation && !particle;
        Lexicon.Phrases phrases = lexicon.phrases();
        this.phraseWords = phrases.wordIds(norm);
        this.roleNode = phrases.next(Lexicon.Phrases.ROOT, phraseWords, Lexicon.Phrases.ROLE_PREFIX);
        this.organisationNode = phrases.next(Lexicon.Phrases.ROOT, phraseWords,
                Lexicon.Phrases.ORGANISATION_PREFIX);
        this.organisationNodeAfterThe = norm.equals("the") ? Lexicon.Phrases.ROOT
                : norm.startsWith("the ") ? phrases.next(Lexicon.Phrases.ROOT, phrases.wordIds(norm.substring(4)),
                        Lexicon.Phrases.ORGANISATION_PREFIX)
                : Lexicon.Phrases.NONE;
    }

    /** A capital letter and its period: {@code A.} in {@code A. B. Smith}. */
    private static boolean isInitial(String text) {
        return text.length() == 2 && text.charAt(1) == '.' && Character.isUpperCase(text.charAt(0));
    }

    /**
     * An Arabic name that its article opens in lower case, joined by a hyphen: {@code al-Sharaa}, {@code el-Sisi},
     * {@code ash-Shaibani}. It is a name as a capitalised word is. Tested on the first character first.
     */
    static boolean isArticledName(String text) {
        char c = text.charAt(0);
        if ((c != 'a' && c != 'e') || text.length() < 5) {
            return false;
        }
        int hyphen = text.indexOf('-');
        return (hyphen == 2 || hyphen == 3) && hyphen + 1 < text.length()
                && Character.isUpperCase(text.charAt(hyphen + 1))
                && (text.startsWith("al-") || text.startsWith("el-") || text.startsWith("as-")
                || text.startsWith("ash-") || text.startsWith("ad-") || text.startsWith("an-")
                || text.startsWith("ar-") || text.startsWith("at-") || text.startsWith("az-"));
    }

    /** Two to six capitals, periods and ampersands allowed: {@code NATO}, {@code U.S.}, {@code S&P}. */
    private static boolean isAcronym(String text) {
        if (text.length() < 2) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    /** Two or more letters, all capitals: {@code NATO}, {@code HEADQUARTERS}; not an initial such as {@code J.}. */
    static boolean isUpperCase(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** {@code You've}, {@code I'm}, {@code We'll}: a pronoun and a verb, never a name (unlike {@code O'Brien}). */
    private static boolean isContraction(String lower) {
        int apostrophe = lower.indexOf('\'');
        if (apostrophe <= 0) {
            return false;
        }
        String tail = lower.substring(apostrophe + 1);
        return tail.equals("ve") || tail.equals("re") || tail.equals("m") || tail.equals("ll") || tail.equals("d")
                || tail.equals("t");
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * An open-addressing table from a stretch of characters to its {@link Word}, looked up without cutting a
     * substring. Bounded: when half full it starts afresh, so a long run over many distinct words keeps a
     * constant footprint. Confined to one thread.
     */
    static final class Table {
        private static final int SLOT_BITS = 15;
        private static final int SLOTS = 1 << SLOT_BITS;
        private static final int BUFFER_LIMIT = 1 << 16;
        /** Each word in the slot its hash picks, or the next free one; a word holds its own key and hash. */
        private final Word[] values = new Word[SLOTS];
        private int size;
        private char[] buffer = new char[256];
        /** The string whose characters {@link #buffer} starts with, or {@code null}; compared by identity. */
        private String bufferText;
        private char[] scratch = new char[32];

        /** The word written at {@code text[begin, end)}. */
        Word get(Lexicon lexicon, String text, int begin, int end) {
            int n = end - begin;
            if (n > BUFFER_LIMIT) {
                char[] chars = text.substring(begin, end).toCharArray();
                return get(lexicon, chars, 0, n);
            }
            if (scratch.length < n) {
                scratch = new char[Math.max(n, Math.min(BUFFER_LIMIT, scratch.length * 2))];
            }
            text.getChars(begin, end, scratch, 0);
            return get(lexicon, scratch, 0, n);
        }

        /**
         * The characters of {@code text} at the start of an array that this table lends out again on the next call,
         * so that reading a paragraph copies its characters without allocating. Asked for the same string twice in
         * a row, as when a paragraph's marks are found just before it is tokenized, it copies nothing the second
         * time: {@code String.getChars} is a plain loop in C1, the JIT of short runs. Very long texts get an array
         * of their own, which the table does not keep.
         */
        char[] charsOf(String text) {
            if (text == bufferText) {
                return buffer;
            }
            int n = text.length();
            if (n > BUFFER_LIMIT) {
                return text.toCharArray();
            }
            if (buffer.length < n) {
                buffer = new char[Math.max(n, Math.min(BUFFER_LIMIT, buffer.length * 2))];
            }
            text.getChars(0, n, buffer, 0);
            bufferText = text;
            return buffer;
        }

        /** The word written at {@code chars[begin, end)}. */
        Word get(Lexicon lexicon, char[] chars, int begin, int end) {
            int hash = 0;
            for (int i = begin; i < end; i++) {
                hash = 31 * hash + chars[i];
            }
            return get(lexicon, chars, begin, end, hash);
        }

        /**
         * The word written at {@code chars[begin, end)}, whose {@link String#hashCode}-style hash the caller worked
         * out while reading it.
         */
        Word get(Lexicon lexicon, char[] chars, int begin, int end, int hash) {
            int mask = SLOTS - 1;
            int slot = slotOf(hash);
            for (Word word = values[slot]; word != null; word = values[slot]) {
                if (word.hash == hash) {
                    // compared here rather than in a method of its own, which C1 would not inline (a call per
                    // token); a plain loop, as words are short, beats the set-up of Arrays.equals
                    char[] key = word.chars;
                    int length = key.length;
                    if (length == end - begin) {
                        int i = 0;
                        while (i < length && key[i] == chars[begin + i]) {
                            i++;
                        }
                        if (i == length) {
                            return word;
                        }
                    }
                }
                slot = (slot + 1) & mask;
            }
            return add(lexicon, chars, begin, end, hash, slot);
        }

        /** A word not in the table yet, worked out and stored in {@code slot}: kept out of the lookup's loop. */
        private Word add(Lexicon lexicon, char[] chars, int begin, int end, int hash, int slot) {
            if (size >= SLOTS / 2) {
                java.util.Arrays.fill(values, null);
                size = 0;
                slot = slotOf(hash);
            }
            Word word = new Word(lexicon, new String(chars, begin, end - begin));
            values[slot] = word;
            size++;
            return word;
        }

        /**
         * Spreads the polynomial hash over the table: short words have small hashes that would otherwise crowd the
         * low slots into long probe runs.
         */
        private static int slotOf(int hash) {
            return (hash * 0x9E3779B9) >>> (Integer.SIZE - SLOT_BITS);
        }
    }
}
