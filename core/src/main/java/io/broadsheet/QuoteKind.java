package io.broadsheet;

/** How a quotation sits in the reporter's text. */
public enum QuoteKind {
    /** A whole utterance in quotation marks: {@code "We seek no conflict," she said.} */
    DIRECT,
    /** A fragment woven into the reporter's own sentence: {@code saying it "only shows the recklessness".} */
    PARTIAL,
    /** The source lost the opening mark and the library restored the quote's start. */
    UNOPENED
}
