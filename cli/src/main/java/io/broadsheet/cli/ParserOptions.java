package io.broadsheet.cli;

import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.InputTooLargeException;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;

/** The options of every command that parses documents: the format to force and the size limit. */
final class ParserOptions {

    private static final String MAX_INPUT_BYTES = "--max-input-bytes";

    private ParserOptions() {
    }

    /** Declares the options on a command. */
    static CommandSyntax.Builder declare(CommandSyntax.Builder command) {
        return command
                .option("--format", "ID", "Parse every input with this format instead of detecting it.")
                .option(MAX_INPUT_BYTES, "N", "Refuse files larger than N bytes (default: "
                        + DocumentParser.Builder.DEFAULT_MAX_INPUT_BYTES + ").");
    }

    /**
     * Builds the parser the options ask for and prints the providers that could not be loaded as warnings.
     *
     * @throws UsageException when the size limit is out of range
     */
    static DocumentParser parser(ParsedArguments args, PrintWriter err) {
        DocumentParser.Builder builder = Documents.parser();
        // Plain statements, not lambdas, on the start-up path: linking each costs about a millisecond.
        Optional<String> format = args.value("--format");
        if (format.isPresent()) {
            builder.forceFormat(format.get());
        }
        OptionalInt maxInputBytes = args.intValue(MAX_INPUT_BYTES);
        if (maxInputBytes.isPresent()) {
            try {
                builder.maxInputBytes(maxInputBytes.getAsInt());
            } catch (IllegalArgumentException e) {
                throw new UsageException(MAX_INPUT_BYTES + " must be from 1 to " + (1 << 30) + ", was "
                        + maxInputBytes.getAsInt());
            }
        }
        DocumentParser parser = builder.build();
        for (String problem : parser.providerProblems()) {
            err.println("warning: " + problem);
        }
        return parser;
    }

    /** The message for a file over the limit, with the option that raises it rather than the builder method. */
    static String overLimit(InputTooLargeException e) {
        return e.source() + ": " + e.overLimit() + " (raise it with " + MAX_INPUT_BYTES + ")";
    }
}
