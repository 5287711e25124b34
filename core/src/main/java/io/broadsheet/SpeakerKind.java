package io.broadsheet;

/** What sort of entity a {@link Speaker} or {@link Person} is. */
public enum SpeakerKind {
    /** A named human being. */
    PERSON,
    /** A newspaper, government body, company or other organisation that "says" things. */
    ORGANISATION,
    /** A speaker whose nature the text does not reveal, such as a transcript's anonymous {@code QUESTION:}. */
    UNKNOWN
}
