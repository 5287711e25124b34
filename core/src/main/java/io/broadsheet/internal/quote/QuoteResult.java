package io.broadsheet.internal.quote;

import io.broadsheet.QuoteKind;

/**
 * The outcome for one marked span: how it was attributed, its kind, and whether it counts as speech.
 *
 * @param span        the marked span
 * @param spanIndex   its index in the document's list
 * @param attribution the rule's decision
 * @param kind        direct, partial or unopened
 * @param speech      {@code false} for titles, nicknames and scare quotes, which are left out
 */
record QuoteResult(MarkedSpan span, int spanIndex, Attribution attribution, QuoteKind kind, boolean speech) {
}
