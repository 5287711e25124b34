package io.broadsheet.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options {@code trace} and {@code report} share: which files are primary, the format, the threads. */
final class CorpusOptions {

    @Option(names = "--primary", paramLabel = "FILE",
            description = "Also treat this file as a primary source (repeatable).")
    List<Path> primaries = new ArrayList<>();

    @Option(names = "--format", paramLabel = "ID",
            description = "Parse every input with this format instead of detecting it.")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for parsing and tracing (default: all processors).")
    Integer threads;

    /** @return the thread count asked for, or all processors; rejects counts below one naming the value */
    int threadCount(CommandSpec spec) {
        int count = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + count);
        }
        return count;
    }

    /** Builds the corpus of the inputs and the marked primaries, reporting unreadable arguments on {@code err}. */
    TraceCommand.Loaded load(List<Path> inputs, int threadCount, PrintWriter err) {
        return TraceCommand.Loaded.of(inputs, primaries, format, threadCount, err);
    }
}
