package io.broadsheet.internal.quote;

/**
 * One token of a paragraph: a word (with its cached {@link Word}), a possessive ending, a punctuation mark, or a
 * whole quotation.
 */
final class Token {
    private final TokenKind kind;
    private final int begin;
    private final int end;
    private final Word word;
    private final int sentence;
    /** For {@link TokenKind#QUOTE}, the quoted words; else {@code null}. */
    private String quoteText;
    /** For {@link TokenKind#QUOTE}, the index of the quotation in the document's list; set by one constructor. */
    private int quote;

    /**
     * A word, possessive ending or punctuation mark. Kept within the 35 bytecodes up to which C1, the JIT of
     * short runs, inlines a constructor: one call fewer per token. The quotation fields keep their defaults.
     *
     * @param kind     what it is
     * @param begin    first character in the paragraph
     * @param end      end (exclusive) in the paragraph
     * @param word     the word or mark
     * @param sentence document-wide index of the sentence holding it
     */
    Token(TokenKind kind, int begin, int end, Word word, int sentence) {
        this.kind = kind;
        this.begin = begin;
        this.end = end;
        this.word = word;
        this.sentence = sentence;
    }

    private Token(int begin, int end, Word word, String quoteText, int sentence, int quote) {
        this(TokenKind.QUOTE, begin, end, word, sentence);
        this.quoteText = quoteText;
        this.quote = quote;
    }

    /**
     * @param begin     where the quotation's region starts in the paragraph
     * @param end       where it ends (exclusive)
     * @param empty     the empty word, which every quotation carries in place of a word
     * @param quoteText the quoted words
     * @param sentence  document-wide index of the sentence holding it
     * @param quote     the index of the quotation in the document's list
     * @return a {@link TokenKind#QUOTE} token
     */
    static Token quotation(int begin, int end, Word empty, String quoteText, int sentence, int quote) {
        return new Token(begin, end, empty, quoteText, sentence, quote);
    }

    TokenKind kind() {
        return kind;
    }

    int begin() {
        return begin;
    }

    int end() {
        return end;
    }

    Word word() {
        return word;
    }

    /** The characters as written; for a quotation, the quoted words. */
    String text() {
        return quoteText != null ? quoteText : word.text;
    }

    /** Lower case, curly apostrophes straightened. */
    String lower() {
        return word.lower;
    }

    /** As the lexicon compares words: lower case, hyphens as spaces, no periods. */
    String norm() {
        return word.norm;
    }

    int sentence() {
        return sentence;
    }

    /** For a quotation, its index in the document's list; else -1. */
    int quote() {
        return kind == TokenKind.QUOTE ? quote : -1;
    }

    boolean isWord() {
        return kind == TokenKind.WORD;
    }

    boolean isQuote() {
        return kind == TokenKind.QUOTE;
    }

    boolean is(String lowerText) {
        return kind != TokenKind.QUOTE && word.lower.equals(lowerText);
    }

    boolean isPunct(char c) {
        return kind == TokenKind.PUNCT && word.first == c;
    }

    /** A word starting with an upper-case letter. */
    boolean isCapitalised() {
        return kind == TokenKind.WORD && word.capitalised;
    }

    /** A word of two to six capitals, such as {@code NATO} or {@code U.S.}. */
    boolean isAcronym() {
        return kind == TokenKind.WORD && word.acronym;
    }

    @Override
    public String toString() {
        return text();
    }
}
