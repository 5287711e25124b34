package io.broadsheet.internal.quote;

/** What the text tells about a person's grammatical gender, which decides the pronouns that can refer to them. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    static Gender of(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
