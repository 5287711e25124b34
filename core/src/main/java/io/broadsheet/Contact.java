package io.broadsheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A press contact listed by a release: name, role, organisation and ways to reach them.
 *
 * @param name         the contact's name
 * @param role         the contact's role, for example {@code Press Officer}
 * @param organization the company or institution the card names apart from the role, for example
 *                     {@code Northwind Energy} under {@code Media contact: Dana Whitfield}
 * @param phones       phone numbers as written
 * @param emails       e-mail addresses
 */
public record Contact(String name, Optional<String> role, Optional<String> organization, List<String> phones,
                      List<String> emails) {

    /** Validates and copies. */
    public Contact {
        name = Speaker.requireText(name, "name");
        role = stripped(role);
        organization = stripped(organization);
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }

    /**
     * A contact whose card names no organisation apart from the role.
     *
     * @param name   the contact's name
     * @param role   the contact's role
     * @param phones phone numbers as written
     * @param emails e-mail addresses
     */
    public Contact(String name, Optional<String> role, List<String> phones, List<String> emails) {
        this(name, role, Optional.empty(), phones, emails);
    }

    /** The text stripped, empty when null or blank. */
    private static Optional<String> stripped(Optional<String> text) {
        return Objects.requireNonNullElse(text, Optional.<String>empty()).map(String::strip).filter(t -> !t.isEmpty());
    }
}
