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
 * Parses every file in a folder (default {@code seeds/}) and prints each document's format and title, then who
 * said what. The built-in formats are found at run time because their jars are on the class path.
 *
 * <p>From the repository root, after {@code mvn -B verify}:
 * <pre>
 * java -cp cli/target/broadsheet.jar:examples/parse-seeds/target/classes io.broadsheet.examples.ParseSeeds seeds
 * </pre>
 */
public final class ParseSeeds {

    private ParseSeeds() {
    }

    /**
     * @param args the folder to parse; {@code seeds} when absent
     * @throws IOException if the folder or a file cannot be read
     */
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
