package io.broadsheet.internal.quote;

/** The part a mention plays in its clause, which decides how likely a later pronoun is to mean it. */
enum GrammaticalRole {
    /** Subject of a reporting verb: {@code Stoltenberg stressed that ...}. */
    SPEAKER(10),
    /** Subject of another verb: {@code Blinken met with ...}. */
    SUBJECT(8),
    /** Object, or inside a prepositional phrase: {@code ... alongside Stoltenberg}. */
    OBJECT(3),
    /** Possessive modifier: {@code Putin's offensive}. */
    POSSESSIVE(1);

    private final int weight;

    GrammaticalRole(int weight) {
        this.weight = weight;
    }

    /** @return how strongly this role makes a mention the antecedent of a following pronoun */
    int weight() {
        return weight;
    }
}
