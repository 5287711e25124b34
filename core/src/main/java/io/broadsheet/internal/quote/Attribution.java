package io.broadsheet.internal.quote;

/**
 * What an attribution rule decided for one quotation.
 *
 * @param speaker      who said it, or {@code null} when the text does not name them
 * @param mention      how the text refers to the speaker here ({@code he}, {@code Secretary Blinken}), or {@code null}
 * @param cue          the reporting verb as written, or {@code null}
 * @param rule         the rule's name, reported with the quote
 * @param naming       the cue labels rather than reports speech ("calling it"), so the quote must read as speech
 * @param consumedFrom first token of the attribution words the rule read
 * @param consumedTo   end (exclusive) of those words
 */
record Attribution(Entity speaker, String mention, String cue, String rule, boolean naming, int consumedFrom,
                   int consumedTo) {

    Attribution withRule(String newRule) {
        return new Attribution(speaker, mention, cue, newRule, naming, consumedFrom, consumedTo);
    }
}
