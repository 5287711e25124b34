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
    private final String quoteText;
    private final int sentence;
    private final int quote;

    /**
     * @param kind     what it is
     * @param begin    first character in the paragraph
     * @param end      end (exclusive) in the paragraph
     * @param word     the word or mark; for a quotation, an empty word
     * @param quoteText for {@link TokenKind#QUOTE}, the quoted words; else {@code null}
     * @param sentence document-wide index of the sentence holding it
     * @param quote    for {@link TokenKind#QUOTE}, the index of the quotation in the document's list; else -1
     */
    Token(TokenKind kind, int begin, int end, Word word, String quoteText, int sentence, int quote) {
        this.kind = kind;
        this.begin = begin;
        this.end = end;
        this.word = word;
        this.quoteText = quoteText;
        this.sentence = sentence;
        this.quote = quote;
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

    int quote() {
        return quote;
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
