package io.broadsheet.internal.quote;

/** What a token of reporter text is. */
enum TokenKind {
    /** A word, abbreviation or number. */
    WORD,
    /** A possessive ending split from its word: {@code 's}, {@code ’s} or a bare {@code ’} after a plural. */
    POSSESSIVE,
    /** A punctuation mark: {@code , : ; . ? !}, brackets and dashes (all dashes read as {@code —}). */
    PUNCT,
    /** A whole quotation, marks included, standing in the sentence as one token. */
    QUOTE
}
