package io.broadsheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A press contact listed by a release: name, role and ways to reach them.
 *
 * @param name   the contact's name
 * @param role   the contact's role, for example {@code Press Officer}
 * @param phones phone numbers as written
 * @param emails e-mail addresses
 */
public record Contact(String name, Optional<String> role, List<String> phones, List<String> emails) {

    /** Validates and copies. */
    public Contact {
        name = Speaker.requireText(name, "name");
        role = Objects.requireNonNullElse(role, Optional.<String>empty()).map(String::strip).filter(r -> !r.isEmpty());
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }
}
