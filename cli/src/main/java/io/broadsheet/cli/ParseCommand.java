package io.broadsheet.cli;

import io.broadsheet.BroadsheetException;
import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.InputTooLargeException;
import io.broadsheet.Quote;
import io.broadsheet.json.DocumentJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code broadsheet parse FILE|DIR...}: a readable summary, the JSON contract with {@code --json}, or throughput
 * figures with {@code --stats}.
 */
final class ParseCommand implements Subcommand {

    private static final CommandSyntax.Builder COMMAND = CommandSyntax.command("parse",
                    "Parse documents and print a summary of each (or JSON Lines with --json, or throughput with --stats).")
            .operands("FILE|DIR", 1, "Files or directories (walked recursively).")
            .flag("--json", "Print one JSON object per document per line.")
            .flag("--stats", "Parse on all cores, print no documents, and report files, MB, MB/s and peak heap at "
                    + "the end; shows a progress bar when run in a terminal.")
            .option("--threads", "N", "Threads to parse on (default: all cores); documents print in input order.");

    private static final CommandSyntax SYNTAX = ParserOptions.declare(COMMAND).build();

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(ParsedArguments args, PrintWriter out, PrintWriter err) {
        boolean json = args.flag("--json");
        boolean stats = args.flag("--stats");
        if (stats && json) {
            throw new UsageException("--stats prints no documents; it cannot be combined with --json");
        }
        int threads = threadCount(args, "--threads");
        DocumentParser parser = ParserOptions.parser(args, err);
        List<Path> missing = new ArrayList<>();
        AtomicInteger walkProblems = new AtomicInteger();
        Consumer<String> onWalkProblem = problem -> {
            complain(err, problem);
            walkProblems.incrementAndGet();
        };
        int failures = 0;
        // --stats reports totals only, so it takes files as the file system lists them and holds no listing.
        try (InputFiles files = InputFiles.open(args.operandPaths(),
                stats ? InputFiles.Order.AS_LISTED : InputFiles.Order.SORTED, missing, onWalkProblem)) {
            for (Path path : missing) {
                complain(err, path + ": no such file or directory");
                failures++;
            }
            if (stats) {
                failures += stats(parser, threads, files, args.operandPaths(), out, err);
            } else {
                failures += parseEach(parser, threads, files, json, out, err);
            }
        }
        out.flush();
        return failures + walkProblems.get() == 0 ? 0 : 1;
    }

    /** Parses the files and prints each document in input order; returns the number that failed. */
    private static int parseEach(DocumentParser parser, int threads, InputFiles files, boolean json, PrintWriter out,
                                 PrintWriter err) {
        Function<Document, String> render = json ? DocumentJson::toLine : ParseCommand::summary;
        if (threads > 1) {
            return new OrderedParse(parser, threads, DocumentParser.Builder.DEFAULT_MAX_INPUT_BYTES)
                    .run(files, render, out::println, message -> complain(err, message));
        }
        int failures = 0;
        for (InputFiles.InputFile file = files.next(); file != null; file = files.next()) {
            Document doc;
            try {
                doc = parser.parse(file.path());
            } catch (IOException | BroadsheetException e) {
                complain(err, oneLine(e));
                failures++;
                continue;
            }
            out.println(render.apply(doc));
        }
        return failures;
    }

    /** Parses in parallel and prints the report; returns the number of files that failed. */
    private static int stats(DocumentParser parser, int threadCount, InputFiles files, List<Path> arguments,
                             PrintWriter out, PrintWriter err) {
        ParseStats run = new ParseStats(parser, threadCount, DocumentParser.Builder.DEFAULT_MAX_INPUT_BYTES);
        // System.console() is the JDK's only terminal test; it is null whenever output is piped or redirected.
        // Only a bar needs the total, so only a terminal pays for counting the files first.
        ProgressBar bar = System.console() != null
                ? new ProgressBar(err, InputFiles.count(arguments), System.nanoTime()) : null;
        ParseStats.Report report = run.run(files, message -> complain(err, message),
                bar == null ? (done, bytes) -> { } : (done, bytes) -> bar.update(done, bytes, System.nanoTime()));
        if (bar != null) {
            bar.finish();
        }
        report.print(out);
        out.flush();
        return report.failures();
    }

    /** Prints a problem on standard error, one line at a time whichever thread reports it. */
    private static void complain(PrintWriter err, String message) {
        synchronized (err) {
            err.println("broadsheet: " + message);
        }
    }

    /**
     * @return the thread count the option asks for, or the number of processors
     * @throws UsageException when the count is below one
     */
    static int threadCount(ParsedArguments args, String option) {
        int count = args.intValue(option).orElse(Runtime.getRuntime().availableProcessors());
        if (count < 1) {
            throw new UsageException(option + " must be at least 1, was " + count);
        }
        return count;
    }

    static String oneLine(Exception e) {
        if (e instanceof InputTooLargeException) {
            return ParserOptions.overLimit((InputTooLargeException) e);
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof IOException && !(e.getMessage() != null && e.getMessage().contains(":"))) {
            message = e.getClass().getSimpleName() + ": " + message;
        }
        return message.replace('\n', ' ');
    }

    /** @return the readable summary of a document, without its last line break */
    static String summary(Document doc) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(doc.source());
        out.println("  format:     " + doc.format());
        out.println("  title:      " + doc.title().orElse("-"));
        out.println("  dateline:   " + doc.dateline().map(d -> String.join(", ",
                d.place().orElse("-"), d.date().map(Object::toString).orElse("-"),
                d.time().map(Object::toString).orElse("-"))).orElse("-"));
        out.println("  paragraphs: " + doc.paragraphs().size());
        if (!doc.turns().isEmpty()) {
            out.println("  turns:      " + doc.turns().size());
        }
        if (!doc.contacts().isEmpty()) {
            out.println("  contacts:   " + doc.contacts().size());
        }
        out.println("  quotes:     " + doc.quotes().size());
        for (Quote q : doc.quotes()) {
            String who = q.speaker().map(s -> s.name()).orElse("(unattributed)");
            String quoted = q.text().length() > 70 ? q.text().substring(0, 67) + "..." : q.text();
            out.println("    " + who + q.cue().map(c -> " (" + c + ")").orElse("") + ": \u201c" + quoted + "\u201d");
        }
        doc.warnings().forEach(w -> out.println("  warning:    " + w));
        out.flush();
        String lines = text.toString();
        return lines.substring(0, lines.length() - System.lineSeparator().length());
    }
}
