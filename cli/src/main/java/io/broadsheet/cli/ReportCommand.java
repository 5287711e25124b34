package io.broadsheet.cli;

import io.broadsheet.trace.TraceResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code broadsheet report FILE|DIR... -o report.html}: the traced documents as one self-contained HTML page. */
final class ReportCommand implements Subcommand {

    private static final String DEFAULT_TITLE = "Quote provenance";
    private static final CommandSyntax SYNTAX = CorpusOptions.declare(CommandSyntax.command("report",
                    "Trace the documents' quotes and write one self-contained HTML page: each document with its "
                            + "quotes highlighted in one colour per speaker, each reported quote linked to its source "
                            + "passage, altered quotes with their word diff.")
                    .operands("FILE|DIR", 1, "Files or directories (walked recursively).")
                    .option(new CommandSyntax.Option(List.of("-o", "--output"), "FILE", 1, false,
                            "The HTML file to write (required).")))
            .option("--title", "TEXT", "The page title (default: " + DEFAULT_TITLE + ").")
            .build();

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(ParsedArguments args, PrintWriter out, PrintWriter err) {
        List<Path> output = args.paths("--output");
        if (output.isEmpty()) {
            throw new UsageException("missing -o/--output: name the HTML file to write");
        }
        int threadCount = CorpusOptions.threadCount(args);
        String title = args.value("--title").orElse(DEFAULT_TITLE);
        CorpusOptions.Loaded loaded = CorpusOptions.load(args, args.operandPaths(), threadCount, err);
        TraceResult result = loaded.corpus.trace();
        String html = HtmlReport.render(title, result);
        Path file = output.get(0);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("broadsheet: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + file + ": " + result.documents().size() + " documents, "
                + result.summary().sourced() + " of " + result.summary().quotes() + " reported quotes traced");
        out.flush();
        return loaded.report(result.summary().failures(), err) ? 0 : 1;
    }
}
