package io.broadsheet.examples;

import io.broadsheet.Document;
import io.broadsheet.Documents;
import io.broadsheet.Quote;
import io.broadsheet.Speaker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every file in a folder (default {@code seeds/}) and prints who said what.
 *
 * <p>Run from the repository root: {@code mvn -q -pl examples/parse-seeds -am exec:java} is not needed; after
 * {@code mvn -B -DskipTests package} use
 * {@code java -cp "examples/parse-seeds/target/classes:core/target/classes:$(cat core/target/classpath.txt)" ...}
 * or simply the CLI. The code below is the point: three calls give structured quotes.
 */
public final class ParseSeeds {

    private ParseSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Document doc = Documents.parse(file);
            System.out.printf("%s [%s] %s%n", file.getFileName(), doc.format(), doc.title().orElse("(no title)"));
            for (Quote quote : doc.quotes()) {
                String who = quote.speaker().map(Speaker::name).orElse("unattributed");
                System.out.printf("  %s: \u201c%s\u201d%n", who, abbreviate(quote.text()));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
