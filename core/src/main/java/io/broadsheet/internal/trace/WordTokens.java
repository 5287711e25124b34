package io.broadsheet.internal.trace;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into words, each with its character range, a normalised form, and how strongly the text breaks
 * before it (nothing, a clause mark such as a comma or dash, or a sentence end).
 *
 * <p>A word is a run of letters and digits; an apostrophe between two letters stays inside it ({@code don’t},
 * {@code Russia’s}), and single letters joined by full stops make one word ({@code U.S.} is {@code US}).
 * Everything else separates words, so hyphens, dashes, quotation marks and punctuation never
 * reach the comparison. The normalised form is lower case with every apostrophe variant folded to {@code '},
 * accents removed and compatibility forms (ligatures, full-width letters) folded, so that case, quote style and
 * typography do not count as changed words.
 *
 * <p>One hand-written pass over the characters; linear in the text's length.
 */
public final class WordTokens {

    /** No punctuation between two words. */
    static final byte NO_BREAK = 0;
    /** A comma, colon, semicolon, dash or bracket between two words. */
    static final byte CLAUSE_BREAK = 1;
    /** A full stop, question or exclamation mark between two words, or the edge of the text. */
    static final byte SENTENCE_BREAK = 2;

    private final String text;
    private final int[] begins;
    private final int[] ends;
    private final String[] normalised;
    /** {@code breaks[i]} is the break before word {@code i}; {@code breaks[size]} the one after the last word. */
    private final byte[] breaks;

    private WordTokens(String text, int[] begins, int[] ends, String[] normalised, byte[] breaks) {
        this.text = text;
        this.begins = begins;
        this.ends = ends;
        this.normalised = normalised;
        this.breaks = breaks;
    }

    /**
     * @param text any text
     * @return its words
     */
    public static WordTokens of(String text) {
        int n = text.length();
        int capacity = Math.max(4, n / 5);
        int[] begins = new int[capacity];
        int[] ends = new int[capacity];
        byte[] breaks = new byte[capacity + 1];
        int count = 0;
        byte pending = SENTENCE_BREAK;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                int start = i;
                i += Character.charCount(cp);
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (isWordChar(c) || isMark(c)) {
                        i += Character.charCount(c);
                    } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))
                            && Character.isLetter(text.codePointBefore(i))) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (i - start == 1 && i + 1 < n && text.charAt(i) == '.' && Character.isLetter(text.charAt(start))) {
                    i = abbreviationEnd(text, start);
                }
                if (count == begins.length) {
                    begins = Arrays.copyOf(begins, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    breaks = Arrays.copyOf(breaks, count * 2 + 1);
                }
                begins[count] = start;
                ends[count] = i;
                breaks[count] = pending;
                pending = NO_BREAK;
                count++;
            } else {
                pending = (byte) Math.max(pending, breakStrength(text, i, cp));
                i += Character.charCount(cp);
            }
        }
        breaks[count] = SENTENCE_BREAK;
        String[] normalised = new String[count];
        for (int w = 0; w < count; w++) {
            normalised[w] = normalise(text, begins[w], ends[w]);
        }
        return new WordTokens(text, Arrays.copyOf(begins, count), Arrays.copyOf(ends, count), normalised,
                Arrays.copyOf(breaks, count + 1));
    }

    /**
     * Where a dotted abbreviation that starts with a one-letter word ends: {@code U.S.} is the word {@code US} as
     * reporters write it, not two words and a sentence end. Single letters joined by full stops ({@code U.S},
     * {@code e.g}, {@code J.F.K}) make one word; its last full stop belongs to it too when a character other than a
     * space follows ({@code U.S.-EU}, {@code U.S.,}), while one before a space may end the sentence.
     *
     * @return the end of the word starting at {@code start}: {@code start + 1} when no abbreviation starts there
     */
    private static int abbreviationEnd(String text, int start) {
        int n = text.length();
        int end = start + 1;
        while (end + 1 < n && text.charAt(end) == '.' && Character.isLetter(text.charAt(end + 1))
                && (end + 2 >= n || !isWordChar(text.charAt(end + 2)))) {
            end += 2;
        }
        if (end > start + 1 && end + 1 < n && text.charAt(end) == '.' && !Character.isWhitespace(text.charAt(end + 1))) {
            end++;
        }
        return end;
    }

    private static byte breakStrength(String text, int i, int cp) {
        switch (cp) {
            case '.': case '!': case '?': case '\u2026': case '\n':
                // A line break only occurs where callers join paragraphs.
                return SENTENCE_BREAK;
            case ',': case ';': case ':': case '(': case ')': case '[': case ']':
            case '\u2013': case '\u2014': case '\u2012': case '\u2015':
                return CLAUSE_BREAK;
            case '-':
                // A spaced hyphen stands for a dash; a hyphen inside a compound word is no break.
                boolean spacedBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
                boolean spacedAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
                return spacedBefore || spacedAfter ? CLAUSE_BREAK : NO_BREAK;
            default:
                return NO_BREAK;
        }
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u2032' || cp == '`';
    }

    private static String normalise(String text, int begin, int end) {
        char[] chars = new char[end - begin];
        int length = 0;
        boolean ascii = true;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                // Only a dotted abbreviation holds full stops; U.S. and US are the same word.
                continue;
            }
            if (c < 128) {
                chars[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '`' ? '\'' : c;
            } else {
                chars[length++] = isApostrophe(c) ? '\'' : c;
                ascii &= isApostrophe(c);
            }
        }
        String word = new String(chars, 0, length);
        if (ascii) {
            return word;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isMark(c)) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** @return the text the words were cut from */
    public String text() {
        return text;
    }

    /** @return the number of words */
    public int size() {
        return begins.length;
    }

    /** @return the first character of word {@code i} */
    public int begin(int i) {
        return begins[i];
    }

    /** @return the character after word {@code i} */
    public int end(int i) {
        return ends[i];
    }

    /** @return word {@code i} as written */
    public String word(int i) {
        return text.substring(begins[i], ends[i]);
    }

    /** @return word {@code i} lower-cased, apostrophes and accents folded */
    public String normalised(int i) {
        return normalised[i];
    }

    /** Words a transcriber writes in brackets without a full stop to note what was not speech. */
    private static final Set<String> STAGE_WORDS = Set.of("laughter", "laughs", "laughing", "applause",
            "inaudible", "crosstalk", "cross", "interruption", "pause", "silence", "unintelligible", "indiscernible");

    /**
     * Marks the words of a transcriber's notes: {@code (Laughter.)}, {@code (As interpreted.)},
     * {@code [inaudible]}. They are no speech, so a quote that leaves them out is still word for word. A bracketed
     * group of at most four words is such a note when it ends in a full stop, is one or two words in lower case, or
     * starts with a word of {@link #STAGE_WORDS}; a spoken aside in brackets ({@code (NATO)}, {@code (higher than in 1998)})
     * is none.
     *
     * <p>In a quote, brackets are mostly the reporter's own insertions ({@code [the agreement]}), so only notes that
     * end in a full stop or start with a word of {@link #STAGE_WORDS} count there.
     *
     * @param quoted whether the text is a reported quote rather than a primary source
     * @return for each word, whether it belongs to a note; null when the text has none, which is the usual case
     */
    public boolean[] stageDirections(boolean quoted) {
        if (text.indexOf('(') < 0 && text.indexOf('[') < 0) {
            return null;
        }
        boolean[] marked = null;
        int w = 0;
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            if (c != '(' && c != '[') {
                continue;
            }
            char closing = c == '(' ? ')' : ']';
            int close = open + 1;
            int limit = Math.min(text.length(), open + 48);
            while (close < limit && text.charAt(close) != closing && text.charAt(close) != c) {
                close++;
            }
            if (close >= limit || text.charAt(close) != closing) {
                continue;
            }
            while (w < begins.length && begins[w] < open) {
                w++;
            }
            int last = w;
            while (last < begins.length && ends[last] <= close) {
                last++;
            }
            int words = last - w;
            if (words >= 1 && words <= 4 && isStageDirection(open, close, w, words, quoted)) {
                if (marked == null) {
                    marked = new boolean[begins.length];
                }
                Arrays.fill(marked, w, last, true);
            }
            open = close;
        }
        return marked;
    }

    private boolean isStageDirection(int open, int close, int firstWord, int words, boolean quoted) {
        int before = close - 1;
        while (before > open && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (text.charAt(before) == '.') {
            return true;
        }
        // "(inaudible)", "(laughs)"; a longer aside in lower case is more likely spoken.
        boolean lowerCase = words <= 2 && !quoted;
        for (int i = open + 1; i < close && lowerCase; i++) {
            lowerCase = !Character.isUpperCase(text.charAt(i));
        }
        return lowerCase || STAGE_WORDS.contains(normalised[firstWord]);
    }

    /** @return whether a clause or sentence break comes before word {@code i} ({@code i == size()}: after the last) */
    public boolean clauseBreakBefore(int i) {
        return breaks[i] >= CLAUSE_BREAK;
    }

    /** @return whether a sentence break comes before word {@code i} ({@code i == size()}: after the last) */
    public boolean sentenceBreakBefore(int i) {
        return breaks[i] >= SENTENCE_BREAK;
    }
}
