package io.broadsheet.quote;

import io.broadsheet.Document;
import io.broadsheet.internal.quote.QuoteEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds every direct quotation in a document's paragraphs and attributes it to a speaker.
 *
 * <p>Quotations are found between double quotation marks of any common style ({@code " “ ” „ « »}), with
 * single marks read as nested quotes or apostrophes, lost opening and closing marks repaired, and quotations
 * running over several paragraphs followed. Titles, nicknames and scare quotes ({@code “Meet the Press”}) are left
 * out unless a reporting verb attributes them. Each quotation gets its speaker (under the fullest name the
 * document gives), the reporting verb as written, its kind and the name of the rule that decided, so that every
 * attribution can be explained. {@link Document#people()} lists each person or organisation once, merged with any
 * people the document already had.
 *
 * <p>Work is linear in the document's size: each quotation is attributed from a bounded window of text around it
 * plus a per-document register of people.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Document withQuotes = QuoteAttributor.standard().attribute(document);
 * QuoteAttributor custom = QuoteAttributor.builder().cueVerb("opine opined opines opining").build();
 * }</pre>
 */
public final class QuoteAttributor {

    private static final QuoteAttributor STANDARD = new QuoteAttributor(QuoteEngine.standard());

    private final QuoteEngine engine;

    private QuoteAttributor(QuoteEngine engine) {
        this.engine = engine;
    }

    /** @return the attributor with the built-in rules and word lists */
    public static QuoteAttributor standard() {
        return STANDARD;
    }

    /** @return a builder for an attributor with extra reporting verbs, organisations or titles */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param document a document with paragraphs
     * @return the document with {@link Document#quotes()} and {@link Document#people()} filled
     */
    public Document attribute(Document document) {
        return engine.attribute(Objects.requireNonNull(document, "document"));
    }

    /** Configures a {@link QuoteAttributor}. Not thread-safe; the attributors it builds are. */
    public static final class Builder {
        private final List<String> cueVerbs = new ArrayList<>();
        private final List<String> organisations = new ArrayList<>();
        private final List<String> roles = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a reporting verb in all its forms, base form first, for example {@code "opine opined opines opining"}.
         * A form ending in {@code -ing} is read as a participle ({@code ..., opining that}).
         *
         * @param forms the verb's forms separated by spaces
         * @return this builder
         * @throws IllegalArgumentException if {@code forms} is blank
         */
        public Builder cueVerb(String forms) {
            cueVerbs.add(requireWords(forms, "forms"));
            return this;
        }

        /**
         * Adds an organisation that can speak, as written, for example {@code "Ministry of Truth"}.
         *
         * @param name the organisation's name
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder organisation(String name) {
            organisations.add(requireWords(name, "name"));
            return this;
        }

        /**
         * Adds a role title that can stand before a name, for example {@code "Grand Vizier"}.
         *
         * @param title the title
         * @return this builder
         * @throws IllegalArgumentException if {@code title} is blank
         */
        public Builder roleTitle(String title) {
            roles.add(requireWords(title, "title"));
            return this;
        }

        /** @return a new attributor */
        public QuoteAttributor build() {
            if (cueVerbs.isEmpty() && organisations.isEmpty() && roles.isEmpty()) {
                return STANDARD;
            }
            return new QuoteAttributor(QuoteEngine.extended(cueVerbs, organisations, roles));
        }

        private static String requireWords(String value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value.strip();
        }
    }
}
