package io.broadsheet.cli;

import io.broadsheet.trace.TraceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code broadsheet report FILE|DIR... -o report.html}: the traced documents as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Trace the documents' quotes and write one self-contained HTML page: each document with its "
                + "quotes highlighted in one colour per speaker, each reported quote linked to its source passage, "
                + "altered quotes with their word diff."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Files or directories (walked recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The HTML file to write.")
    Path output;

    @Option(names = "--primary", paramLabel = "FILE",
            description = "Also treat this file as a primary source (repeatable).")
    List<Path> primaries = new ArrayList<>();

    @Option(names = "--format", paramLabel = "ID",
            description = "Parse every input with this format instead of detecting it.")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for parsing and tracing (default: all processors).")
    Integer threads;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page title (default: Quote provenance).")
    String title = "Quote provenance";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threadCount);
        }
        TraceCommand.Loaded loaded = TraceCommand.Loaded.of(inputs, primaries, format, threadCount, err);
        TraceResult result = loaded.corpus.trace();
        String html = HtmlReport.render(title, result);
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("broadsheet: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + output + ": " + result.documents().size() + " documents, "
                + result.summary().sourced() + " of " + result.summary().quotes() + " reported quotes traced");
        out.flush();
        return loaded.report(result.summary().failures(), err) ? 0 : 1;
    }
}
