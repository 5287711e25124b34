package io.broadsheet.internal.quote;

/** What a stretch of reporter text refers to. */
enum MentionKind {
    /** A person by name, perhaps with a title: {@code Secretary of State Antony J. Blinken}. */
    PERSON,
    /** A capitalised name nothing yet shows to be a person, place or organisation: {@code Blinken}, {@code Brussels}. */
    PROPER,
    /** An organisation by name: {@code the White House}, {@code The Washington Post}. */
    ORGANISATION,
    /** A role or organisation without a name: {@code the secretary general}, {@code a spokesman}, {@code the ministry}. */
    DESCRIPTION,
    /** A personal pronoun: {@code he}, {@code she}, {@code they}. */
    PRONOUN
}
