package io.broadsheet;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quotation or a transcript turn, under the fullest name the document gives.
 *
 * @param name the canonical name, for example {@code Antony J. Blinken}; never blank
 * @param role the speaker's role or title, for example {@code Secretary of State}
 * @param kind whether this is a person or an organisation
 */
public record Speaker(String name, Optional<String> role, SpeakerKind kind) {

    /** Validates the name and normalises {@code null} parts. */
    public Speaker {
        name = requireText(name, "name");
        role = Objects.requireNonNullElse(role, Optional.<String>empty()).map(String::strip).filter(r -> !r.isEmpty());
        kind = Objects.requireNonNullElse(kind, SpeakerKind.UNKNOWN);
    }

    /**
     * Creates a person speaker.
     *
     * @param name the canonical name
     * @param role the role, or {@code null}
     * @return the speaker
     */
    public static Speaker person(String name, String role) {
        return new Speaker(name, Optional.ofNullable(role), SpeakerKind.PERSON);
    }

    /**
     * Creates an organisation speaker.
     *
     * @param name the organisation's name, for example {@code The Washington Post}
     * @return the speaker
     */
    public static Speaker organisation(String name) {
        return new Speaker(name, Optional.empty(), SpeakerKind.ORGANISATION);
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return stripped;
    }
}
