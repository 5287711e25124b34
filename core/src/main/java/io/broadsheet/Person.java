package io.broadsheet;

import java.util.List;
import java.util.Objects;

/**
 * A person (or organisation) the document mentions, listed once under the fullest name it gives.
 *
 * @param name     canonical name, for example {@code Antony J. Blinken}
 * @param roles    roles and titles the document gives, for example {@code Secretary of State}
 * @param mentions the distinct ways the text refers to this person, in order of first appearance
 * @param kind     person or organisation
 */
public record Person(String name, List<String> roles, List<String> mentions, SpeakerKind kind) {

    /** Validates and copies. */
    public Person {
        name = Speaker.requireText(name, "name");
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
        kind = Objects.requireNonNullElse(kind, SpeakerKind.PERSON);
    }

    /**
     * @return this person as a speaker, with the first role as the speaker's role
     */
    public Speaker asSpeaker() {
        return new Speaker(name, roles.stream().findFirst(), kind);
    }
}
