package io.broadsheet.internal.quote;

/**
 * One token of a paragraph.
 *
 * @param kind     what it is
 * @param begin    first character in the paragraph
 * @param end      end (exclusive) in the paragraph
 * @param text     the characters as written
 * @param lower    lower case, curly apostrophes straightened
 * @param norm     as the lexicon compares words: lower case, hyphens as spaces, no periods
 * @param sentence document-wide index of the sentence holding it
 * @param quote    for {@link TokenKind#QUOTE}, the index of the quotation in the document's list; else -1
 */
record Token(TokenKind kind, int begin, int end, String text, String lower, String norm, int sentence,
             int quote) {

    boolean isWord() {
        return kind == TokenKind.WORD;
    }

    boolean isQuote() {
        return kind == TokenKind.QUOTE;
    }

    boolean is(String lowerText) {
        return kind != TokenKind.QUOTE && lower.equals(lowerText);
    }

    boolean isPunct(char c) {
        return kind == TokenKind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** A word starting with an upper-case letter. */
    boolean isCapitalised() {
        return kind == TokenKind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** A word of two to six capitals, such as {@code NATO} or {@code U.S.}. */
    boolean isAcronym() {
        if (kind != TokenKind.WORD || text.length() < 2) {
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

    Token withSentence(int index) {
        return new Token(kind, begin, end, text, lower, norm, index, quote);
    }
}
