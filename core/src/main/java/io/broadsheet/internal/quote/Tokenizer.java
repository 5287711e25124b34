package io.broadsheet.internal.quote;

import java.util.List;
import java.util.Locale;

/**
 * Cuts a paragraph into words, possessive endings and punctuation, with each quotation as a single token, and
 * numbers the sentences. One pass over the characters; no regular expressions. Words come from the lexicon's
 * per-thread cache, so a word seen before costs one hash over its characters and no new string.
 */
final class Tokenizer {

    private static final Word EMPTY = new Word("");
    private static final Word POSSESSIVE_S = new Word("'s");
    private static final Word POSSESSIVE_BARE = new Word("'");
    private static final Word DASH = new Word("\u2014");
    private static final String MARKS = ",:;.?!()[]\u2026";
    private static final Word[] MARK_WORDS = new Word[MARKS.length()];
    /** For each ASCII character, its index in {@link #MARKS}, or -1: one array read instead of a string search. */
    private static final byte[] ASCII_MARK = new byte[0x80];
    private static final int ELLIPSIS = MARKS.indexOf('\u2026');

    /** ASCII letters, digits and the underscore: the characters that go on a word. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];
    /** ASCII letters and digits. */
    private static final boolean[] ASCII_ALNUM = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '_';
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
        }
        java.util.Arrays.fill(ASCII_MARK, (byte) -1);
        for (int i = 0; i < MARKS.length(); i++) {
            MARK_WORDS[i] = new Word(String.valueOf(MARKS.charAt(i)));
            if (MARKS.charAt(i) < 0x80) {
                ASCII_MARK[MARKS.charAt(i)] = (byte) i;
            }
        }
    }

    private final Lexicon lexicon;
    private final Word.Table words;
    private final String text;
    /**
     * The paragraph's characters, read without the bounds and coder checks of {@link String#charAt}; possibly a
     * reused buffer longer than the text.
     */
    private final char[] chars;
    /** The tokens so far, in an array that grows by doubling; {@link #size} of them are set. */
    private Token[] out;
    private int size;
    private int sentence;
    /** The token added last ends a sentence if a capitalised word, a number or a quotation comes next. */
    private boolean lastEndsSentence;

    private Tokenizer(Lexicon lexicon, Word.Table words, String text, int firstSentence) {
        this.lexicon = lexicon;
        this.words = words;
        this.text = text;
        this.chars = words.charsOf(text);
        this.out = new Token[text.length() / 5 + 4];
        this.sentence = firstSentence;
    }

    /**
     * @param lexicon       the word lists
     * @param words         this thread's word cache
     * @param text          the paragraph
     * @param quotes        the document's marked spans
     * @param firstQuote    index in {@code quotes} of this paragraph's first span
     * @param quoteCount    how many spans this paragraph has
     * @param firstSentence document-wide index for the paragraph's first sentence
     * @return the tokens, each with its sentence index
     */
    static Token[] tokenize(Lexicon lexicon, Word.Table words, String text, List<MarkedSpan> quotes,
                            int firstQuote, int quoteCount, int firstSentence) {
        Tokenizer t = new Tokenizer(lexicon, words, text, firstSentence);
        t.run(quotes, firstQuote, quoteCount);
        return t.out.length == t.size ? t.out : copy(t.out, t.size);
    }

    /** Kept within the 35 bytecodes up to which C1, the JIT of short runs, inlines a method. */
    private void add(Token token) {
        if (size == out.length) {
            grow();
        }
        out[size++] = token;
    }

    private void grow() {
        out = copy(out, size * 2);
    }

    /** {@code Arrays.copyOf} without its reflective array creation, which costs until C2 compiles it away. */
    private static Token[] copy(Token[] tokens, int length) {
        Token[] copy = new Token[length];
        System.arraycopy(tokens, 0, copy, 0, Math.min(length, tokens.length));
        return copy;
    }

    /**
     * The main loop, kept small for the JIT: an ASCII letter or digit starts a word, a space is skipped, and
     * everything else (quotations, marks, dashes, non-ASCII text) goes to methods of its own.
     */
    private void run(List<MarkedSpan> quotes, int firstQuote, int quoteCount) {
        int q = firstQuote;
        int qEnd = firstQuote + quoteCount;
        int n = text.length();
        int limit = q < qEnd ? quotes.get(q).regionBegin() : n;    // where the next quotation starts
        char[] chars = this.chars;    // a local: C1 would read the field again on every character
        int i = 0;
        while (i < n) {
            if (i >= limit && q < qEnd) {
                i = quote(quotes.get(q), q, i);
                q++;
                limit = q < qEnd ? quotes.get(q).regionBegin() : n;
                continue;
            }
            char c = chars[i];
            if (c < 0x80 && ASCII_ALNUM[c]) {
                i = word(i, limit);
            } else if (c == ' ') {
                i++;
            } else {
                i = other(c, i, limit);
            }
        }
    }

    /** Adds a quotation as one token; returns where reading goes on. */
    private int quote(MarkedSpan span, int q, int i) {
        String quoted = text.substring(span.begin(), span.end());
        if (lastEndsSentence) {
            sentence++;
        }
        add(Token.quotation(span.regionBegin(), span.regionEnd(), EMPTY, quoted, sentence, q));
        lastEndsSentence = !quoted.isEmpty() && isSentenceEnd(quoted.charAt(quoted.length() - 1));
        return Math.max(i, span.regionEnd());
    }

    /** Reads what starts at {@code i} with anything but an ASCII letter, digit or space; returns where to go on. */
    private int other(char c, int i, int limit) {
        // one test of the next character serves the currency sign and the hyphen below; c itself, not an ASCII
        // letter or digit, needs the full test only beyond ASCII
        boolean letterNext = i + 1 < limit && isLetterOrDigit(chars[i + 1]);
        if ((c >= 0x80 && Character.isLetterOrDigit(c))
                || ((c == '$' || c == '\u20AC' || c == '\u00A3' || c == '@' || c == '#') && letterNext)) {
            return word(i, limit);
        }
        int mark = c < 0x80 ? ASCII_MARK[c] : c == '\u2026' ? ELLIPSIS : -1;
        if (mark >= 0) {
            emitMark(i, i + 1, MARK_WORDS[mark]);
            lastEndsSentence = isSentenceEnd(c);
            return i + 1;
        }
        if (c == '\u2014' || c == '\u2013' || c == '\u2012' || c == '\u2015') {
            emitMark(i, i + 1, DASH);
            return i + 1;
        }
        if (c == '-' && !letterNext) {
            int end = i + 1;
            while (end < limit && chars[end] == '-') {
                end++;
            }
            emitMark(i, end, DASH);
            return end;
        }
        return i + 1;
    }

    /** Adds a punctuation mark or a possessive ending, which never opens a sentence. */
    private void emitMark(int begin, int end, Word mark) {
        emit(TokenKind.PUNCT, begin, end, mark);
    }

    private void emit(TokenKind kind, int begin, int end, Word mark) {
        lastEndsSentence = false;
        add(new Token(kind, begin, end, mark, sentence));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    /** Reads the word starting at {@code start}: a tight loop over word characters, the rest out of line. */
    private int word(int start, int limit) {
        char[] chars = this.chars;    // a local: C1 would read the field again on every character
        int i = start + 1;
        int hash = chars[start];    // the table's hash of chars[start, i), kept up as the word grows
        int segment = start;    // start of the current dot-separated segment, for U.S.-style initials
        while (i < limit) {
            char c = chars[i];
            if (c < 0x80 ? ASCII_WORD[c] : isWordChar(c)) {
                hash = 31 * hash + c;
                i++;
            } else if (c != ' ' && joins(c, i, limit, segment)) {    // most words end at a space: no call
                hash = 31 * hash + c;
                i++;
                segment = i;    // "D-N.Y.": each part may be an initial
            } else {
                break;
            }
        }
        return endWord(start, i, limit, hash);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Whether the mark {@code c} at {@code i} joins the word characters around it into one word: a hyphen,
     * apostrophe or ampersand inside a word ({@code al-Sisi}, {@code O'Brien}, {@code S&P}), or the period of
     * an initial or a number ({@code U.S}, {@code 2.5}); not the apostrophe of a possessive.
     */
    private boolean joins(char c, int i, int limit, int segment) {
        if (i + 1 >= limit || !isLetterOrDigit(chars[i + 1])) {
            return false;
        }
        if (c == '\'' || c == '\u2019') {
            return !isPossessiveS(i, limit);
        }
        if (c == '-' || c == '&' || c == '\u2010' || c == '\u2011') {
            return true;
        }
        return c == '.' && (i - segment == 1 || Character.isDigit(chars[i - 1]));
    }

    /**
     * Looks the word at {@code [start, i)} up, adds it and any possessive ending; returns where to go on. The word
     * starts a new sentence when the token before ended one and the word may open one; nothing but the next token
     * resets {@link #lastEndsSentence}, and only marks and quotations set it. Adding is written out here rather
     * than in a method of its own, which C1 would not inline: one call fewer per word in a short run.
     */
    private int endWord(int start, int i, int limit, int hash) {
        Word word = words.get(lexicon, chars, start, i, hash);
        if (i < limit && chars[i] == '.' && word.keepsPeriod) {
            i++;
            word = words.get(lexicon, chars, start, i, 31 * hash + '.');
        }
        if (lastEndsSentence && word.startsSentence) {
            sentence++;
        }
        lastEndsSentence = false;
        add(new Token(TokenKind.WORD, start, i, word, sentence));
        if (i < limit && (chars[i] == '\'' || chars[i] == '\u2019')) {
            return possessive(word, i, limit);
        }
        return i;
    }

    /** After a word, an apostrophe at {@code i}: adds a possessive ending if it is one; returns where to go on. */
    private int possessive(Word word, int i, int limit) {
        if (isPossessiveS(i, limit)) {
            emit(TokenKind.POSSESSIVE, i, i + 2, POSSESSIVE_S);
            return i + 2;
        }
        char last = word.text.charAt(word.text.length() - 1);
        boolean afterS = last == 's' || last == 'S';
        boolean endsWord = i + 1 >= limit || !isLetterOrDigit(chars[i + 1]);
        if (afterS && endsWord) {
            emit(TokenKind.POSSESSIVE, i, i + 1, POSSESSIVE_BARE);
            return i + 1;
        }
        return i;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
    }

    private boolean isPossessiveS(int apostrophe, int limit) {
        int s = apostrophe + 1;
        if (s >= limit || (chars[s] != 's' && chars[s] != 'S')) {
            return false;
        }
        return s + 1 >= limit || !isLetterOrDigit(chars[s + 1]);
    }

    /** Whether a period right after {@code word} belongs to it: an initial or an abbreviation. */
    static boolean keepsPeriod(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;                                    // an initial: Antony J. Blinken
        }
        if (word.indexOf('.') > 0) {
            return true;                                    // U.S. or a.m.
        }
        return word.length() <= 8 && Lexicon.isAbbreviation(word.toLowerCase(Locale.ROOT));
    }

    static String lower(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.indexOf('\u2019') >= 0 ? lower.replace('\u2019', '\'') : lower;
    }

}
