package io.broadsheet.internal.quote;

/**
 * One form of a reporting verb from the cue lexicon.
 *
 * @param lemma      the verb's base form, for example {@code say}
 * @param particle   a particle the verb needs to report speech ({@code out} in "pointed out"), or empty
 * @param participle whether this form is an -ing participle, whose speaker is the subject of the main clause
 * @param naming     whether the verb names or labels ("calling it", "dubbed") rather than reports an utterance
 * @param object     whether the particle is the verb's object rather than part of the verb ({@code it} in "as she
 *                   put it"), so that the cue as written is the verb alone
 */
record Cue(String lemma, String particle, boolean participle, boolean naming, boolean object) {
}
