package io.broadsheet.internal.quote;

/**
 * A reference to a person or organisation in reporter text, spanning tokens {@code [start, end)} of its
 * paragraph. {@link #entity} is linked by the {@link Registry} and may stay {@code null} for names nothing marks
 * as a person or organisation.
 */
final class Mention {
    final MentionKind kind;
    final int paragraph;
    final int start;
    final int end;
    /** Token where the noun phrase begins, before determiners and qualifiers such as {@code the EU}. */
    final int phraseStart;
    final int sentence;
    /** The mention as written, title included: {@code Secretary General Stoltenberg}. */
    final String text;
    /** The name part: {@code Stoltenberg}; the description for descriptions; empty for pronouns. */
    final String name;
    /** The role or title as written, or {@code null}. */
    final String role;
    final Gender gender;
    GrammaticalRole grammaticalRole = GrammaticalRole.OBJECT;
    /**
     * A bare name that names a country, region or capital ({@code North Korea}, {@code Beijing}): if it speaks, it
     * is a government, never a person.
     */
    boolean place;
    Entity entity;

    Mention(MentionKind kind, int paragraph, int start, int end, int phraseStart, int sentence, String text,
            String name, String role, Gender gender) {
        this.kind = kind;
        this.paragraph = paragraph;
        this.start = start;
        this.end = end;
        this.phraseStart = phraseStart;
        this.sentence = sentence;
        this.text = text;
        this.name = name;
        this.role = role;
        this.gender = gender;
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + paragraph + ":" + start + "-" + end + " " + grammaticalRole
                + (entity == null ? "" : " -> " + entity.name());
    }
}
