package io.broadsheet.cli;

import io.broadsheet.trace.TraceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page title (default: Quote provenance).")
    String title = "Quote provenance";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = corpus.threadCount(spec);
        CorpusOptions.Loaded loaded = corpus.load(inputs, threadCount, err);
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
