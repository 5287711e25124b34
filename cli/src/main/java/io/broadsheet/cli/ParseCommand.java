package io.broadsheet.cli;

import io.broadsheet.BroadsheetException;
import io.broadsheet.Document;
import io.broadsheet.DocumentParser;
import io.broadsheet.Documents;
import io.broadsheet.Quote;
import io.broadsheet.json.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code broadsheet parse FILE|DIR...}: a readable summary, the JSON contract with {@code --json}, or throughput
 * figures with {@code --stats}.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse documents and print a summary of each (or JSON Lines with --json, or throughput with --stats).")
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories (walked recursively).")
    List<Path> inputs;

    @Option(names = "--json", description = "Print one JSON object per document per line.")
    boolean json;

    @Option(names = "--format", paramLabel = "ID", description = "Parse every input with this format instead of detecting it.")
    String format;

    @Option(names = "--stats", description = "Parse on all cores, print no documents, and report files, MB, MB/s "
            + "and peak heap at the end; shows a progress bar when run in a terminal.")
    boolean stats;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for --stats (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentParser.Builder builder = Documents.parser();
        if (format != null) {
            builder.forceFormat(format);
        }
        DocumentParser parser = builder.build();
        parser.providerProblems().forEach(p -> err.println("warning: " + p));
        List<Path> missing = new ArrayList<>();
        List<Path> files = InputFiles.expand(inputs, missing);
        int failures = 0;
        for (Path path : missing) {
            err.println("broadsheet: " + path + ": no such file or directory");
            failures++;
        }
        if (stats) {
            return stats(parser, files, out, err) == 0 && failures == 0 ? 0 : 1;
        }
        for (Path file : files) {
            Document doc;
            try {
                doc = parser.parse(file);
            } catch (IOException | BroadsheetException e) {
                err.println("broadsheet: " + oneLine(e));
                failures++;
                continue;
            }
            if (json) {
                out.println(DocumentJson.toLine(doc));
            } else {
                summarise(doc, out);
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Parses in parallel and prints the report; returns the number of files that failed. */
    private int stats(DocumentParser parser, List<Path> files, PrintWriter out, PrintWriter err) {
        if (json) {
            throw new ParameterException(spec.commandLine(), "--stats prints no documents; it cannot be combined with --json");
        }
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threadCount);
        }
        ParseStats run = new ParseStats(parser, threadCount, DocumentParser.Builder.DEFAULT_MAX_INPUT_BYTES);
        // System.console() is the JDK's only terminal test; it is null whenever output is piped or redirected.
        ProgressBar bar = System.console() != null ? new ProgressBar(err, files.size(), System.nanoTime()) : null;
        ParseStats.Report report = run.run(files, message -> {
            synchronized (err) {
                err.println("broadsheet: " + message);
            }
        }, bar == null ? (done, bytes) -> { } : (done, bytes) -> bar.update(done, bytes, System.nanoTime()));
        if (bar != null) {
            bar.finish();
        }
        report.print(out);
        out.flush();
        return report.failures();
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof IOException && !(e.getMessage() != null && e.getMessage().contains(":"))) {
            message = e.getClass().getSimpleName() + ": " + message;
        }
        return message.replace('\n', ' ');
    }

    private static void summarise(Document doc, PrintWriter out) {
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
            String text = q.text().length() > 70 ? q.text().substring(0, 67) + "..." : q.text();
            out.println("    " + who + q.cue().map(c -> " (" + c + ")").orElse("") + ": \u201c" + text + "\u201d");
        }
        doc.warnings().forEach(w -> out.println("  warning:    " + w));
    }
}
