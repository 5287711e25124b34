package io.broadsheet.internal.quote;

/**
 * One way English news attributes a quotation. Rules are tried in order; the first that returns an attribution
 * wins, and its {@link #name()} is reported with the quote so that every decision can be explained. A rule looks
 * only at a bounded window of tokens around its quotation.
 */
interface AttributionRule {

    /** @return the rule's name as reported in {@code Quote.rule()} */
    String name();

    /**
     * @param site the quotation and its surroundings
     * @return the attribution, or {@code null} if this rule does not apply
     */
    Attribution apply(QuoteSite site);
}
