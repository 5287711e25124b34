package io.broadsheet;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The entry point: {@code Documents.parse(path)} for the common case, {@code Documents.parser()} to configure.
 *
 * <pre>{@code
 * Document doc = Documents.parse(Path.of("release.txt"));
 * doc.title().ifPresent(System.out::println);
 * for (Quote q : doc.quotes()) {
 *     System.out.println(q.speaker().map(Speaker::name).orElse("?") + ": " + q.text());
 * }
 * }</pre>
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Parses a file with the default parser: every format provider on the class path, quote attribution on.
     *
     * @param path a text, Markdown or HTML file
     * @return the document
     * @throws IOException                if the file cannot be read
     * @throws MalformedDocumentException if it is empty, binary or too large
     * @throws BroadsheetException        if its format provider fails
     */
    public static Document parse(Path path) throws IOException {
        return DefaultParser.INSTANCE.parse(path);
    }

    /**
     * Starts configuring a parser.
     *
     * <pre>{@code
     * DocumentParser parser = Documents.parser()
     *         .format(new MyAgencyFormat())
     *         .charset(StandardCharsets.UTF_8)
     *         .build();
     * }</pre>
     *
     * @return a new builder
     */
    public static DocumentParser.Builder parser() {
        return DocumentParser.builder();
    }

    /** Built on first use, so that merely loading this class discovers nothing. */
    private static final class DefaultParser {
        static final DocumentParser INSTANCE = DocumentParser.builder().build();
    }
}
