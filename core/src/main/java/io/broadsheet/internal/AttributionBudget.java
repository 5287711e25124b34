package io.broadsheet.internal;

import io.broadsheet.Document;
import io.broadsheet.Person;
import io.broadsheet.Quote;
import io.broadsheet.Span;
import io.broadsheet.quote.QuoteAttributor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs quote attribution within a memory budget, whatever the document.
 *
 * <p>Attribution reads a whole document at once, because a person's canonical name is the fullest form the
 * document gives anywhere. That costs memory in proportion to the text, which is nothing for a press document
 * (tens of kilobytes) but too much for a 15 MB file under a 256 MB heap. So:
 * <ul>
 *   <li>a paragraph longer than {@value #MAX_PARAGRAPH} characters is not prose; it stays in the body but its
 *       quotes are not read;</li>
 *   <li>a document with more than {@value #MAX_SECTION} characters of paragraphs is attributed in consecutive
 *       sections of at most that size, each on its own, so names are linked within a section only.</li>
 * </ul>
 * Both cases add a warning to the document, so nothing is silently lost.
 */
public final class AttributionBudget {

    /** Longer paragraphs are not prose. */
    public static final int MAX_PARAGRAPH = 256 * 1024;
    /** Larger documents are attributed section by section. */
    public static final int MAX_SECTION = 1024 * 1024;

    private AttributionBudget() {
    }

    /**
     * @param attributor the attributor
     * @param document   a document with paragraphs and no quotes yet
     * @return the document with quotes and people, and warnings for anything the budget left out
     */
    public static Document attribute(QuoteAttributor attributor, Document document) {
        List<String> paragraphs = document.paragraphs();
        if (fitsWhole(paragraphs)) {
            return attributor.attribute(document);     // nearly every document: nothing to copy or cut
        }
        List<String> readable = new ArrayList<>(paragraphs);
        List<String> warnings = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < readable.size(); i++) {
            int length = readable.get(i).length();
            if (length > MAX_PARAGRAPH) {
                readable.set(i, "");
                warnings.add(document.source() + ": paragraph " + i + " is " + length
                        + " characters long, more than the " + MAX_PARAGRAPH
                        + " quote attribution reads; its quotes were not extracted");
            } else {
                total += length;
            }
        }
        if (warnings.isEmpty() && total <= MAX_SECTION) {
            return attributor.attribute(document);
        }
        List<Quote> quotes = new ArrayList<>();
        Map<String, PersonParts> people = new LinkedHashMap<>();
        document.people().forEach(p -> people.computeIfAbsent(p.name(), n -> new PersonParts(p)).add(p));
        int sections = 0;
        int from = 0;
        while (from < readable.size()) {
            int to = from;
            long size = 0;
            while (to < readable.size() && (to == from || size + readable.get(to).length() <= MAX_SECTION)) {
                size += readable.get(to).length();
                to++;
            }
            Document section = document.toBuilder().paragraphs(readable.subList(from, to)).build();
            Document attributed = attributor.attribute(section);
            for (Quote q : attributed.quotes()) {
                Span s = q.span();
                quotes.add(new Quote(q.text(), q.speaker(), q.mention(), q.cue(), q.kind(),
                        new Span(s.paragraph() + from, s.begin(), s.end()), q.rule(), q.source()));
            }
            attributed.people().forEach(p -> people.computeIfAbsent(p.name(), n -> new PersonParts(p)).add(p));
            sections++;
            from = to;
        }
        if (sections > 1) {
            warnings.add(document.source() + ": " + total + " characters of paragraphs, more than the " + MAX_SECTION
                    + " quote attribution reads at once; attributed in " + sections
                    + " sections, with names linked within each section only");
        }
        List<Person> merged = new ArrayList<>(people.size());
        people.values().forEach(p -> merged.add(p.toPerson()));
        return document.toBuilder().quotes(quotes).people(merged).warnings(warnings).build();
    }

    /** Whether the attributor may read the paragraphs as they are, in one section. */
    private static boolean fitsWhole(List<String> paragraphs) {
        long total = 0;
        for (String paragraph : paragraphs) {
            int length = paragraph.length();
            if (length > MAX_PARAGRAPH) {
                return false;
            }
            total += length;
        }
        return total <= MAX_SECTION;
    }

    /** Collects one person's roles and mentions across sections. */
    private static final class PersonParts {
        private final Person first;
        private final Set<String> roles = new LinkedHashSet<>();
        private final Set<String> mentions = new LinkedHashSet<>();

        PersonParts(Person first) {
            this.first = first;
        }

        PersonParts add(Person p) {
            roles.addAll(p.roles());
            mentions.addAll(p.mentions());
            return this;
        }

        Person toPerson() {
            return new Person(first.name(), List.copyOf(roles), List.copyOf(mentions), first.kind());
        }
    }
}
