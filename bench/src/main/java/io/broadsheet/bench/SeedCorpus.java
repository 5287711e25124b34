package io.broadsheet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seed-like documents for benchmarks: the seed texts packed into this jar, as they are and as HTML pages, and
 * variants with their body paragraphs shuffled for corpora larger than the seeds.
 */
public final class SeedCorpus {

    private SeedCorpus() {
    }

    /** A named document. */
    public record Entry(String name, String text) {
        /** @return the document's size in UTF-8 bytes */
        public int bytes() {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** @return the seed texts, sorted by name */
    public static List<Entry> seeds() {
        URL root = SeedCorpus.class.getResource("/seeds");
        if (root == null) {
            throw new IllegalStateException("the seeds are missing from the class path");
        }
        try {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/seeds"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Entry> read(Path directory) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt")) {
                    entries.add(new Entry(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return entries;
    }

    /** @return each seed as an HTML page: one {@code <p>} per paragraph inside an {@code <article>} */
    public static List<Entry> seedsAsHtml() {
        return seeds().stream().map(e -> new Entry(e.name().replace(".txt", ".html"), asHtml(e.text()))).toList();
    }

    /**
     * A variant of a seed: its head kept, its body paragraphs shuffled, so a large corpus is not one file
     * repeated.
     *
     * @param seed    the seed
     * @param variant which shuffle; 0 is the seed itself
     * @return the variant's text
     */
    public static String variant(Entry seed, int variant) {
        if (variant == 0) {
            return seed.text();
        }
        List<String> blocks = paragraphs(seed.text());
        int bodyStart = Math.min(blocks.size(), 1 + blocks.size() / 5);
        List<String> body = new ArrayList<>(blocks.subList(bodyStart, blocks.size()));
        Collections.shuffle(body, new Random(variant));
        List<String> all = new ArrayList<>(blocks.subList(0, bodyStart));
        all.addAll(body);
        return String.join(separator(seed.text()), all) + "\n";
    }

    static String asHtml(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Seed</title>"
                + "</head>\n<body><article>\n");
        for (String paragraph : paragraphs(text)) {
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return html.append("</article></body></html>\n").toString();
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.strip().split(separator(text).equals("\n") ? "\n" : "\n\\s*\n")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip());
            }
        }
        return paragraphs;
    }

    /** Seeds with blank lines between paragraphs keep them; the others have one paragraph per line. */
    private static String separator(String text) {
        return text.strip().contains("\n\n") ? "\n\n" : "\n";
    }
}
