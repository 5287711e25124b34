package io.broadsheet.trace;

import io.broadsheet.Document;
import io.broadsheet.Quote;
import io.broadsheet.QuoteKind;
import io.broadsheet.Span;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds small documents for tracer tests: transcripts with turns, and reports whose quotes have real spans. */
final class Docs {

    private Docs() {
    }

    /** A transcript: each turn is a speaker followed by its paragraphs. */
    static Document transcript(String name, Object... speakersAndParagraphs) {
        Document.Builder b = Document.builder(name, "gov-transcript");
        List<String> paragraphs = new ArrayList<>();
        Speaker speaker = null;
        List<String> turn = new ArrayList<>();
        int first = 0;
        for (Object item : speakersAndParagraphs) {
            if (item instanceof Speaker) {
                if (speaker != null) {
                    b.turn(new Turn(speaker, speaker.name().toUpperCase(), turn, first));
                }
                speaker = (Speaker) item;
                turn = new ArrayList<>();
                first = paragraphs.size();
            } else {
                paragraphs.add((String) item);
                turn.add((String) item);
            }
        }
        if (speaker != null) {
            b.turn(new Turn(speaker, speaker.name().toUpperCase(), turn, first));
        }
        return b.paragraphs(paragraphs).build();
    }

    /** A plain document without quotes or turns. */
    static Document text(String name, String... paragraphs) {
        return Document.builder(name, "article").paragraphs(List.of(paragraphs)).build();
    }

    /** Starts a report. */
    static Report report(String name) {
        return new Report(name);
    }

    static Speaker person(String name) {
        return Speaker.person(name, null);
    }

    /** A report under construction: paragraphs, and quotes located in them by their text. */
    static final class Report {
        private final String name;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();

        private Report(String name) {
            this.name = name;
        }

        Report paragraph(String text) {
            paragraphs.add(text);
            return this;
        }

        /** Adds a quote found (first occurrence) in the last paragraph. */
        Report quote(String text, String speaker) {
            int p = paragraphs.size() - 1;
            int begin = paragraphs.get(p).indexOf(text);
            if (begin < 0) {
                throw new IllegalArgumentException("not in paragraph " + p + ": " + text);
            }
            quotes.add(new Quote(text, Optional.ofNullable(speaker).map(Docs::person), Optional.empty(),
                    Optional.of("said"), QuoteKind.DIRECT, new Span(p, begin, begin + text.length()), "test",
                    Optional.empty()));
            return this;
        }

        Document build() {
            return Document.builder(name, "article").paragraphs(paragraphs).quotes(quotes).build();
        }
    }
}
