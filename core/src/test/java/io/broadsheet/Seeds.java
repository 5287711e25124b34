package io.broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's seed documents, read from {@code seeds/} at the project root, for tests that need real text. */
final class Seeds {

    /** Surefire runs in the module directory; the seeds live one level up. */
    static final Path DIRECTORY = Path.of("..", "seeds");

    private Seeds() {
    }

    /** @return the seed files, sorted by name */
    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            List<Path> seeds = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (seeds.isEmpty()) {
                throw new IllegalStateException("no seed documents in " + DIRECTORY.toAbsolutePath());
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DIRECTORY.toAbsolutePath(), e);
        }
    }

    /** @return a seed's text */
    static String read(Path seed) {
        try {
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps a text's paragraphs (blank-line separated, else one per line) in a minimal HTML page. */
    static String asHtml(String text) {
        String separator = text.contains("\n\n") ? "\n\\s*\n" : "\n";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Seed</title>"
                + "</head><body><article>\n");
        for (String paragraph : text.strip().split(separator)) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
            }
        }
        return html.append("</article></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
