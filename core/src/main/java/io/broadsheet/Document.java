package io.broadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed press document: metadata, clean body paragraphs, quotations with their speakers, transcript turns,
 * press contacts and the people mentioned.
 *
 * <p>Every block of the source is accounted for: it is either in {@link #paragraphs()} or listed in
 * {@link #discarded()} with the reason it was set aside (metadata such as the headline included).
 *
 * <p>Instances are immutable and safe to share between threads. Build one with {@link #builder(String, String)}.
 *
 * @param source     the input's name or path as given to the parser
 * @param format     id of the {@link io.broadsheet.spi.FormatProvider} that parsed it, for example {@code article}
 * @param title      the headline
 * @param subtitle   the standfirst or subtitle
 * @param section    the beat or section
 * @param publisher  the publisher or news agency
 * @param url        the canonical address
 * @param dateline   where and when the document was written
 * @param paragraphs the body, one string per paragraph, line breaks inside a paragraph turned into spaces
 * @param quotes     every direct quotation, in reading order
 * @param turns      transcript speaker turns, in order; empty for non-transcripts
 * @param contacts   press contacts
 * @param people     each person or organisation mentioned as a speaker or with a role, once
 * @param warnings   problems met while loading, detecting the format or parsing that did not stop the parse (a
 *                   format whose detection failed and was passed over), each naming where
 * @param discarded  source blocks that are not body, with their reasons
 */
public record Document(String source, String format, Optional<String> title, Optional<String> subtitle,
                       Optional<String> section, Optional<String> publisher, Optional<String> url,
                       Optional<Dateline> dateline, List<String> paragraphs, List<Quote> quotes, List<Turn> turns,
                       List<Contact> contacts, List<Person> people, List<String> warnings,
                       List<DiscardedBlock> discarded) {

    /** Validates, copies lists and checks that every quote span lies inside its paragraph. */
    public Document {
        Objects.requireNonNull(source, "source");
        format = Speaker.requireText(format, "format");
        title = blankToEmpty(title);
        subtitle = blankToEmpty(subtitle);
        section = blankToEmpty(section);
        publisher = blankToEmpty(publisher);
        url = blankToEmpty(url);
        dateline = Objects.requireNonNullElse(dateline, Optional.empty());
        paragraphs = List.copyOf(paragraphs);
        quotes = List.copyOf(quotes);
        turns = List.copyOf(turns);
        contacts = List.copyOf(contacts);
        people = List.copyOf(people);
        warnings = List.copyOf(warnings);
        discarded = List.copyOf(discarded);
        for (Quote quote : quotes) {
            Span span = quote.span();
            if (span.paragraph() >= paragraphs.size() || span.end() > paragraphs.get(span.paragraph()).length()) {
                throw new IllegalArgumentException("quote span " + span + " lies outside the document's "
                        + paragraphs.size() + " paragraphs");
            }
        }
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return Objects.requireNonNullElse(value, Optional.<String>empty()).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Starts a document.
     *
     * @param source the input's name or path
     * @param format the id of the format that parses it
     * @return a new builder
     */
    public static Builder builder(String source, String format) {
        return new Builder(source, format);
    }

    /**
     * @return a builder holding this document's values, for deriving a changed copy
     */
    public Builder toBuilder() {
        Builder b = new Builder(source, format);
        b.title = title.orElse(null);
        b.subtitle = subtitle.orElse(null);
        b.section = section.orElse(null);
        b.publisher = publisher.orElse(null);
        b.url = url.orElse(null);
        b.dateline = dateline.orElse(null);
        b.paragraphs.addAll(paragraphs);
        b.quotes.addAll(quotes);
        b.turns.addAll(turns);
        b.contacts.addAll(contacts);
        b.people.addAll(people);
        b.warnings.addAll(warnings);
        b.discarded.addAll(discarded);
        return b;
    }

    /**
     * Returns the text of a quote's paragraph span; a convenience for auditing offsets.
     *
     * @param span a span of this document
     * @return the spanned text
     */
    public String textAt(Span span) {
        return paragraphs.get(span.paragraph()).substring(span.begin(), span.end());
    }

    /** Collects a {@link Document}'s values. Not thread-safe; each {@link #build()} returns a new document. */
    public static final class Builder {
        private String source;
        private String format;
        private String title;
        private String subtitle;
        private String section;
        private String publisher;
        private String url;
        private Dateline dateline;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Turn> turns = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<DiscardedBlock> discarded = new ArrayList<>();

        private Builder(String source, String format) {
            this.source = Objects.requireNonNull(source, "source");
            this.format = Objects.requireNonNull(format, "format");
        }

        /**
         * @param value the input name
         * @return this builder
         */
        public Builder source(String value) { this.source = Objects.requireNonNull(value, "source"); return this; }

        /**
         * @param value the format id
         * @return this builder
         */
        public Builder format(String value) { this.format = Objects.requireNonNull(value, "format"); return this; }

        /**
         * @param value the headline, or {@code null}
         * @return this builder
         */
        public Builder title(String value) { this.title = value; return this; }

        /**
         * @param value the subtitle, or {@code null}
         * @return this builder
         */
        public Builder subtitle(String value) { this.subtitle = value; return this; }

        /**
         * @param value the section, or {@code null}
         * @return this builder
         */
        public Builder section(String value) { this.section = value; return this; }

        /**
         * @param value the publisher, or {@code null}
         * @return this builder
         */
        public Builder publisher(String value) { this.publisher = value; return this; }

        /**
         * @param value the canonical URL, or {@code null}
         * @return this builder
         */
        public Builder url(String value) { this.url = value; return this; }

        /**
         * @param value the dateline, or {@code null}
         * @return this builder
         */
        public Builder dateline(Dateline value) { this.dateline = value; return this; }

        /**
         * @param value a body paragraph to append
         * @return this builder
         */
        public Builder paragraph(String value) { paragraphs.add(Objects.requireNonNull(value, "paragraph")); return this; }

        /**
         * @param values body paragraphs replacing the current ones
         * @return this builder
         */
        public Builder paragraphs(List<String> values) { paragraphs.clear(); paragraphs.addAll(values); return this; }

        /**
         * @param values quotes replacing the current ones
         * @return this builder
         */
        public Builder quotes(List<Quote> values) { quotes.clear(); quotes.addAll(values); return this; }

        /**
         * @param value a turn to append
         * @return this builder
         */
        public Builder turn(Turn value) { turns.add(Objects.requireNonNull(value, "turn")); return this; }

        /**
         * @param values turns replacing the current ones
         * @return this builder
         */
        public Builder turns(List<Turn> values) { turns.clear(); turns.addAll(values); return this; }

        /**
         * @param value a contact to append
         * @return this builder
         */
        public Builder contact(Contact value) { contacts.add(Objects.requireNonNull(value, "contact")); return this; }

        /**
         * @param values people replacing the current ones
         * @return this builder
         */
        public Builder people(List<Person> values) { people.clear(); people.addAll(values); return this; }

        /**
         * @param value a person to append
         * @return this builder
         */
        public Builder person(Person value) { people.add(Objects.requireNonNull(value, "person")); return this; }

        /**
         * @param message a warning to append
         * @return this builder
         */
        public Builder warning(String message) { warnings.add(Objects.requireNonNull(message, "warning")); return this; }

        /**
         * @param messages warnings to append
         * @return this builder
         */
        public Builder warnings(List<String> messages) { warnings.addAll(messages); return this; }

        /**
         * @param block a discarded block to append
         * @return this builder
         */
        public Builder discard(DiscardedBlock block) { discarded.add(Objects.requireNonNull(block, "block")); return this; }

        /**
         * Records a discarded block.
         *
         * @param text   the block's text
         * @param reason why it is not body text
         * @param line   the 1-based source line, or 0
         * @return this builder
         */
        public Builder discard(String text, DiscardReason reason, int line) {
            return discard(new DiscardedBlock(text, reason, line));
        }

        /**
         * @return the paragraphs added so far, read-only
         */
        public List<String> paragraphs() { return List.copyOf(paragraphs); }

        /**
         * @return a new immutable document
         * @throws IllegalArgumentException if a value is invalid, for example a quote span outside its paragraph
         */
        public Document build() {
            return new Document(source, format, Optional.ofNullable(title), Optional.ofNullable(subtitle),
                    Optional.ofNullable(section), Optional.ofNullable(publisher), Optional.ofNullable(url),
                    Optional.ofNullable(dateline), paragraphs, quotes, turns, contacts, people, warnings, discarded);
        }
    }
}
