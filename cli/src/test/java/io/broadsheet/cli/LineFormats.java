package io.broadsheet.cli;

import io.broadsheet.Document;
import io.broadsheet.Quote;
import io.broadsheet.QuoteKind;
import io.broadsheet.Span;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.FormatProvider;
import io.broadsheet.spi.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two tiny formats, discovered through {@code META-INF/services} on the test class path, that give the CLI tests
 * transcripts with turns and reports with attributed quotes whatever the real formats and quote attribution do.
 * A file opts in with a first line of {@code #test-transcript} or {@code #test-report}; every further block is
 * {@code Name: text}. In a report, the text inside the first pair of curly quotes is the quote, said by Name.
 */
public final class LineFormats {

    private LineFormats() {
    }

    private static double detect(SourceDocument source, String marker) {
        return !source.blocks().isEmpty() && source.blocks().get(0).text().strip().equals(marker) ? 1.0 : 0.0;
    }

    private static String speakerOf(Block block) {
        return block.text().substring(0, block.text().indexOf(':')).strip();
    }

    private static String textOf(Block block) {
        return block.text().substring(block.text().indexOf(':') + 1).strip();
    }

    /** {@code #test-transcript}: each block is a paragraph of the named speaker's turn. */
    public static final class Transcript implements FormatProvider {
        @Override
        public String id() {
            return "test-transcript";
        }

        @Override
        public double detect(SourceDocument source) {
            return LineFormats.detect(source, "#test-transcript");
        }

        @Override
        public Document parse(SourceDocument source) {
            Document.Builder doc = Document.builder(source.name(), id());
            List<String> paragraphs = new ArrayList<>();
            String speaker = null;
            List<String> turn = new ArrayList<>();
            int first = 0;
            for (Block block : source.blocks().subList(1, source.blocks().size())) {
                String name = speakerOf(block);
                if (!name.equals(speaker)) {
                    if (speaker != null) {
                        doc.turn(new Turn(Speaker.person(speaker, null), speaker.toUpperCase(), turn, first));
                    }
                    speaker = name;
                    turn = new ArrayList<>();
                    first = paragraphs.size();
                }
                paragraphs.add(textOf(block));
                turn.add(textOf(block));
            }
            if (speaker != null) {
                doc.turn(new Turn(Speaker.person(speaker, null), speaker.toUpperCase(), turn, first));
            }
            return doc.paragraphs(paragraphs).build();
        }
    }

    /** {@code #test-report}: each block is a paragraph holding one quote of the named speaker. */
    public static final class Report implements FormatProvider {
        @Override
        public String id() {
            return "test-report";
        }

        @Override
        public double detect(SourceDocument source) {
            return LineFormats.detect(source, "#test-report");
        }

        @Override
        public Document parse(SourceDocument source) {
            List<String> paragraphs = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            for (Block block : source.blocks().subList(1, source.blocks().size())) {
                String text = textOf(block);
                int open = text.indexOf('\u201c');
                int close = text.indexOf('\u201d', open + 1);
                if (open >= 0 && close > open) {
                    quotes.add(new Quote(text.substring(open + 1, close),
                            Optional.of(Speaker.person(speakerOf(block), null)), Optional.empty(),
                            Optional.of("said"), QuoteKind.DIRECT, new Span(paragraphs.size(), open + 1, close),
                            "test", Optional.empty()));
                }
                paragraphs.add(text);
            }
            return Document.builder(source.name(), id()).paragraphs(paragraphs).quotes(quotes).build();
        }
    }
}
