package io.broadsheet.cli;

import io.broadsheet.Document;
import io.broadsheet.Quote;
import io.broadsheet.QuoteSource;
import io.broadsheet.QuoteSource.WordEdit;
import io.broadsheet.Speaker;
import io.broadsheet.json.DocumentJson;
import io.broadsheet.trace.TraceResult;
import io.broadsheet.trace.TraceSummary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code broadsheet trace FILE|DIR...}: each reported quote with its primary source, fidelity and word diff; the
 * JSON contract with sources filled under {@code --json}; a timing run under {@code --benchmark}.
 */
final class TraceCommand implements Subcommand {

    private static final CommandSyntax SYNTAX = CorpusOptions.declare(CommandSyntax.command("trace",
                    "Trace every quote of the reports to its primary source (transcripts, and files marked with "
                            + "--primary) and say whether it is verbatim or altered.\n"
                            + "With --json, print every document as JSON Lines with quotes[].source filled.")
                    .operands("FILE|DIR", 0, "Files or directories (walked recursively).")
                    .flag("--json", "Print one JSON object per document per line, quotes[].source filled."))
            .option(new CommandSyntax.Option(List.of("--benchmark"), "N", 2, false,
                    "Time tracing QUOTES synthetic quotes against PARAGRAPHS synthetic transcript paragraphs, "
                            + "e.g. --benchmark 100000 10000; no files are read."))
            .build();

    @Override
    public CommandSyntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(ParsedArguments args, PrintWriter out, PrintWriter err) {
        int threadCount = CorpusOptions.threadCount(args);
        int[] benchmark = args.intValues("--benchmark");
        if (benchmark.length > 0) {
            if (benchmark[0] < 1 || benchmark[1] < 1) {
                throw new UsageException("--benchmark needs two positive counts, was " + benchmark[0] + " "
                        + benchmark[1]);
            }
            TraceBenchmark.run(benchmark[0], benchmark[1], threadCount, out);
            return 0;
        }
        List<Path> inputs = args.operandPaths();
        if (inputs.isEmpty() && CorpusOptions.primaries(args).isEmpty()) {
            throw new UsageException("missing FILE|DIR: give the reports to trace, or primaries with --primary");
        }
        boolean json = args.flag("--json");
        CorpusOptions.Loaded loaded = CorpusOptions.load(args, inputs, threadCount, err);
        TraceSummary summary;
        if (json) {
            summary = loaded.corpus.trace(doc -> out.println(DocumentJson.toLine(doc)));
        } else {
            TraceResult result = loaded.corpus.trace();
            Set<String> primaryNames = new HashSet<>(result.primaries());
            for (Document doc : result.documents()) {
                describe(doc, primaryNames.contains(doc.source()), out);
            }
            summary = result.summary();
            printSummary(summary, out);
        }
        out.flush();
        return loaded.report(summary.failures(), err) ? 0 : 1;
    }

    private static void describe(Document doc, boolean primary, PrintWriter out) {
        if (primary) {
            out.println(doc.source() + "  [primary source: " + doc.paragraphs().size() + " paragraphs"
                    + (doc.turns().isEmpty() ? "" : ", " + doc.turns().size() + " turns") + "]");
            return;
        }
        long traced = doc.quotes().stream().filter(q -> q.source().isPresent()).count();
        out.println(doc.source() + "  [" + traced + " of " + doc.quotes().size() + " quotes traced]");
        for (Quote q : doc.quotes()) {
            out.println("  " + q.speaker().map(Speaker::name).orElse("(unattributed)") + ": \u201c"
                    + shorten(q.text(), 100) + "\u201d");
            if (q.source().isEmpty()) {
                out.println("    no primary source");
                continue;
            }
            QuoteSource s = q.source().get();
            out.println("    " + s.fidelity().name().toLowerCase(java.util.Locale.ROOT) + " from " + s.document()
                    + " \u00b6" + (s.span().paragraph() + 1)
                    + s.sourceSpeaker().map(sp -> " (" + sp.name() + ")").orElse("")
                    + ": \u201c" + shorten(s.text().replace('\n', ' '), 100) + "\u201d");
            if (!s.diff().isEmpty()) {
                out.println("    diff: " + compactDiff(s.diff()));
            }
            if (s.misattributed()) {
                out.println("    MISATTRIBUTED: the source's speaker is "
                        + s.sourceSpeaker().map(Speaker::name).orElse("someone else"));
            }
        }
    }

    private static void printSummary(TraceSummary s, PrintWriter out) {
        out.println();
        out.println(s.describe());
    }

    /**
     * Writes a diff as {@code [-dropped-]{+added+}} around kept words, long kept runs cut to their first and last
     * two words.
     */
    static String compactDiff(List<WordEdit> diff) {
        StringBuilder sb = new StringBuilder();
        for (WordEdit edit : diff) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            switch (edit.op()) {
                case DELETE -> sb.append("[-").append(edit.text()).append("-]");
                case INSERT -> sb.append("{+").append(edit.text()).append("+}");
                case KEEP -> {
                    String[] words = edit.text().split(" ");
                    if (words.length > 6) {
                        sb.append(words[0]).append(' ').append(words[1]).append(" \u2026 ")
                                .append(words[words.length - 2]).append(' ').append(words[words.length - 1]);
                    } else {
                        sb.append(edit.text());
                    }
                }
            }
        }
        return sb.toString().replace("-] {+", "-]{+");
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
