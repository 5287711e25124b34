package io.broadsheet.internal.quote;

import java.util.Set;

/** Small closed classes of English words the attribution rules reason with. */
final class Words {

    private Words() {
    }

    static final Set<String> DETERMINERS = words("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "one", "another", "two", "three", "several", "some", "many", "other",
            "any", "each", "every", "no");

    /** Determiners that also stand alone for the people they count: {@code the two said}, {@code some argued}. */
    static final Set<String> QUANTIFIERS = words("another", "two", "three", "several", "some", "many", "both",
            "each", "other");

    static final Set<String> PRONOUNS = words("he", "she", "they", "it", "we", "i");

    static final Set<String> PREPOSITIONS = words("of", "in", "on", "at", "to", "for", "with", "by", "from", "about",
            "into", "onto", "over", "under", "against", "between", "among", "alongside", "beside", "besides",
            "behind", "toward", "towards", "through", "across", "around", "without", "within", "near", "like",
            "unlike", "upon", "via", "per", "than", "including", "excluding", "despite", "amid", "after", "before",
            "during", "since", "until", "outside", "inside", "beyond", "regarding", "concerning", "following");

    /** Words that open a clause, so that the noun phrase after them is a subject. */
    static final Set<String> CLAUSE_OPENERS = words(",", ";", ":", "\u2014", "(", "and", "but", "that", "while",
            "when", "as", "because", "although", "though", "if", "where", "so", "yet", "whereas", "once", "after",
            "before", "since", "until", "unless", "then", "meanwhile", "however", "also");

    /** Words that can stand between a subject and its verb without changing who acts. */
    static final Set<String> VERB_MODIFIERS = words("also", "later", "then", "again", "further", "previously",
            "earlier", "recently", "once", "reportedly", "repeatedly", "publicly", "privately", "separately",
            "similarly", "has", "have", "had", "was", "were", "is", "are", "would", "will", "did", "does", "do",
            "not", "just", "even", "still", "already", "had", "initially", "subsequently", "quickly", "simply",
            "bluntly", "flatly", "firmly", "emphatically", "angrily", "openly", "directly", "specifically",
            "immediately", "finally", "often", "frequently", "last", "first", "once", "always", "never", "has",
            "could", "might", "may", "must", "should", "can", "had", "been", "being", "be", "n't", "never",
            "notably", "pointedly", "told", "apparently", "afterwards", "afterward", "shortly", "yesterday",
            "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> WEEKDAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun");

    /**
     * Letters after a name for a barrister's rank or an honour ({@code Rebecca Thornbury KC}), as written: the
     * person, not a body, stands before them. Not {@code MP}, a title the finder reads with its qualifier.
     */
    static final Set<String> POST_NOMINALS = Set.of("KC", "QC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS");

    static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * Family names that Chinese, Korean and Vietnamese names put first ({@code Xi Jinping}, {@code Yoon Suk Yeol},
     * {@code Nguyen Phu Trong}), by which the text then calls the person alone ({@code Xi said}): the commonest,
     * many of which are given names in English as well ({@code Kim}, {@code Lee}), so that their first word alone
     * would not show it.
     */
    static final Set<String> FAMILY_NAMES_FIRST = words(
            // Chinese
            "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
            "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu",
            "dong", "xiao", "cheng", "cao", "yuan", "deng", "xu", "fu", "shen", "zeng", "peng", "lu", "su", "jiang",
            "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren",
            "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "qin", "qian", "kong", "bai", "cui",
            "mao", "qiu", "xi", "wen", "hua", "geng",
            // Korean
            "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "oh", "seo", "shin", "kwon",
            "hwang", "ahn", "yoo", "hong", "jeon", "ko", "moon", "son", "bae", "baek", "heo", "nam", "roh", "chun",
            // Vietnamese
            "nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "ngo", "duong", "ly", "vo");

    /** Heads of bodies that deliberate "on" a subject: {@code Committee on Foreign Affairs}. */
    static final Set<String> DELIBERATIVE_HEADS = words("committee", "subcommittee", "commission", "council");

    /**
     * Whether a word is a number in Roman numerals as kings, popes and heirs are numbered ({@code II}, {@code XIV},
     * {@code iii}): two to five of I, V and X in either case, and not {@code XI}, as often the Chinese family name.
     * Tested by length first, since nearly no word is one.
     */
    static boolean isRegnalNumber(String word) {
        int n = word.length();
        if (n < 2 || n > 5 || word.equalsIgnoreCase("xi")) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            if ("IVXivx".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Days and months, which end a name: {@code the Senate on Tuesday}, {@code the Bank of England in May}. */
    static boolean isCalendarWord(Token t) {
        return t.word().weekday || MONTHS.contains(t.lower());
    }

    /** Words that do not make a verb: a noun phrase followed by one of these is not yet its clause's subject. */
    static final Set<String> NOT_VERBS = words("the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by",
            "from", "and", "or", "but", "as", "about", "into", "over", "after", "before", "who", "which", "that",
            "whose", "whom", "nor", "than", "if", "than", "this", "these", "those", "its", "his", "her", "their",
            "alongside", "between", "among", "against", "during", "under", "through", "without", "within");

    /**
     * Words that rank a title, naming a different office than the bare title: {@code shadow} rapporteur, {@code
     * acting} mayor, {@code former} president.
     */
    static final Set<String> RANK_QUALIFIERS = words("shadow", "acting", "interim", "deputy", "vice", "assistant",
            "associate", "lead", "senior", "junior", "chief", "former", "outgoing", "incoming", "caretaker");

    /**
     * Military ranks and the judges' titles, normalised as {@link Lexicon#normalise} writes them: a rank standing
     * between an office and a name is the holder's form of address, no part of the office ({@code press secretary
     * Maj. Gen. ...}, {@code Commission chairperson Justice Mercy Banda}).
     */
    static final Set<String> RANKS_OF_ADDRESS = words("justice", "judge", "general", "gen", "lieutenant general", "lt gen",
            "major general", "maj gen", "brigadier general", "brig gen", "admiral", "adm", "vice admiral", "vice adm",
            "rear admiral", "rear adm", "colonel", "col", "lieutenant colonel", "lt col", "lieutenant", "lt",
            "captain", "capt", "major", "maj", "sergeant", "sgt", "commander", "cmdr", "field marshal", "air marshal",
            "air chief marshal", "brigadier");

    /** Country codes that end the names of national bodies: {@code Water UK}, {@code Amnesty International USA}. */
    static final Set<String> COUNTRY_CODES = words("UK", "US", "USA");

    /** Words that go on the front of a noun phrase naming someone: {@code the former} minister. */
    static final Set<String> PHRASE_QUALIFIERS = words("the", "former", "then", "acting", "top", "senior", "deputy",
            "interim");

    static final Set<String> RELATIVE_PRONOUNS = words("who", "which", "whose", "whom");

    static boolean isDeterminer(Token t) {
        return t.isWord() && t.word().determiner;
    }

    /** A set of words; duplicates in the list are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Splits on runs of whitespace, without a regular expression; no empty words. */
    static String[] split(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }
}
