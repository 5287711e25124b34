package io.broadsheet;

/** How faithfully a reported quote reproduces its primary source. */
public enum Fidelity {
    /** The same words, differing only in case, punctuation, quote style, dashes, or words elided at the edges. */
    VERBATIM,
    /** Recognisably the same statement, with words changed, added or dropped. */
    ALTERED
}
