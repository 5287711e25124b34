package io.broadsheet.internal.quote;

/**
 * A noun phrase read as the speaker of a reporting verb.
 *
 * @param speaker   the entity it refers to, or {@code null} for an unnamed speaker ({@code a spokesman})
 * @param mention   the phrase as written
 * @param start     its first token
 * @param end       its end token (exclusive)
 * @param relative  reached through a relative clause: {@code Josep Borrell, who said}
 */
record Subject(Entity speaker, String mention, int start, int end, boolean relative) {
}
