package io.broadsheet.cli;

import io.broadsheet.DocumentParser;
import io.broadsheet.InputTooLargeException;
import io.broadsheet.trace.Corpus;
import io.broadsheet.trace.TraceFailure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options {@code trace} and {@code report} share: the parser's, which files are primary, the threads. */
final class CorpusOptions {

    private CorpusOptions() {
    }

    /** Declares the shared options on a command. */
    static CommandSyntax.Builder declare(CommandSyntax.Builder command) {
        return ParserOptions.declare(command)
                .option(new CommandSyntax.Option(List.of("--primary"), "FILE", 1, true,
                        "Also treat this file as a primary source."))
                .option("--threads", "N", "Threads for parsing and tracing (default: all processors).");
    }

    /** @return the primary files the command line marks */
    static List<Path> primaries(ParsedArguments args) {
        return args.paths("--primary");
    }

    /**
     * @return the thread count asked for, or all processors
     * @throws UsageException when the count is below one
     */
    static int threadCount(ParsedArguments args) {
        return ParseCommand.threadCount(args, "--threads");
    }

    /** Builds the corpus of the inputs and the marked primaries, reporting unreadable arguments on {@code err}. */
    static Loaded load(ParsedArguments args, List<Path> inputs, int threadCount, PrintWriter err) {
        return Loaded.of(inputs, primaries(args), ParserOptions.parser(args, err), threadCount);
    }

    /** A corpus built from the command line's files, and the problems met building it. */
    static final class Loaded {
        final Corpus corpus;
        final List<String> problems;

        private Loaded(Corpus corpus, List<String> problems) {
            this.corpus = corpus;
            this.problems = problems;
        }

        /** Builds the corpus; files that do not exist are remembered as problems for {@link #report}. */
        static Loaded of(List<Path> inputs, List<Path> primaries, DocumentParser parser, int threads) {
            List<String> problems = new ArrayList<>();
            List<Path> missing = new ArrayList<>();
            List<Path> files = InputFiles.expand(inputs, missing, problems::add);
            List<Path> primaryFiles = InputFiles.expand(primaries, missing, problems::add);
            for (Path path : missing) {
                problems.add(path + ": no such file or directory");
            }
            Corpus corpus = Corpus.builder().parser(parser).primary(primaryFiles).threads(threads).build();
            corpus.add(files.toArray(new Path[0]));
            return new Loaded(corpus, problems);
        }

        /** Prints every problem; returns whether there were none. */
        boolean report(List<TraceFailure> failures, PrintWriter err) {
            problems.forEach(p -> err.println("broadsheet: " + p));
            for (TraceFailure f : failures) {
                // A file over the size limit gets the command-line option that raises it, not the builder method.
                String message = f.cause() instanceof InputTooLargeException tooLarge
                        ? ParserOptions.overLimit(tooLarge) : f.message().replace('\n', ' ');
                err.println("broadsheet: " + (message.contains(f.input()) ? message : f.input() + ": " + message));
            }
            err.flush();
            return problems.isEmpty() && failures.isEmpty();
        }
    }
}

