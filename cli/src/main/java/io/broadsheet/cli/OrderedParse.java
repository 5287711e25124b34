package io.broadsheet.cli;

import io.broadsheet.BroadsheetException;
import io.broadsheet.Document;
import io.broadsheet.DocumentParser;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Parses files on several threads and prints each one's output in the order the walk lists the files, as a
 * one-thread run would: what {@code parse} and {@code parse --json} do with a directory.
 *
 * <p>Workers parse and render; only the calling thread prints, taking results from the head of a short queue.
 * Memory stays bounded: at most a few files per thread are in flight, and a byte budget, released only when a
 * file's output is printed, keeps large inputs (and their output) from piling up side by side.
 */
final class OrderedParse {

    /** Files in flight per thread: enough to keep the workers busy while the head is printed. */
    private static final int QUEUE_PER_THREAD = 4;

    private final DocumentParser parser;
    private final int threads;
    private final int budgetKib;

    /**
     * @param parser         the parser, shared by all threads
     * @param threads        how many files to parse at once; at least 2 (one thread needs no pool)
     * @param inFlightBudget the most input bytes in flight at once; a larger file runs alone
     */
    OrderedParse(DocumentParser parser, int threads, long inFlightBudget) {
        if (threads < 2) {
            throw new IllegalArgumentException("threads must be at least 2, was " + threads);
        }
        if (inFlightBudget < 1) {
            throw new IllegalArgumentException("inFlightBudget must be positive, was " + inFlightBudget);
        }
        this.parser = parser;
        this.threads = threads;
        // Permits are kibibytes, so that the budget fits an int whatever the limit.
        this.budgetKib = (int) Math.min(Integer.MAX_VALUE, Math.max(1, inFlightBudget >> 10));
    }

    /** A file's printed form, or why it failed. */
    private record Outcome(String output, String failure, int permits) {
    }

    /**
     * Parses every file and prints the outputs in walk order.
     *
     * @param files     the walk
     * @param render    turns a document into its printed form, on a worker thread
     * @param print     receives each output, in order, on the calling thread
     * @param onFailure receives each failure message, in order, on the calling thread
     * @return the number of files that failed
     */
    int run(InputFiles files, Function<Document, String> render, Consumer<String> print, Consumer<String> onFailure) {
        Semaphore inFlight = new Semaphore(budgetKib);
        ArrayDeque<Future<Outcome>> queue = new ArrayDeque<>();
        int failures = 0;
        ExecutorService pool = ParseStats.parsePool(threads);
        try {
            for (InputFiles.InputFile input = files.next(); input != null; input = files.next()) {
                int permits = (int) Math.min(budgetKib, Math.max(1, input.size() >> 10));
                // Only printing frees permits, and only this thread prints: print the head until this file fits.
                while (queue.size() >= threads * QUEUE_PER_THREAD || !inFlight.tryAcquire(permits)) {
                    failures += printHead(queue, inFlight, print, onFailure);
                }
                InputFiles.InputFile file = input;
                queue.add(pool.submit(() -> parseOne(file, render, permits)));
            }
            while (!queue.isEmpty()) {
                failures += printHead(queue, inFlight, print, onFailure);
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome parseOne(InputFiles.InputFile file, Function<Document, String> render, int permits) {
        try {
            return new Outcome(render.apply(parser.parse(file.path())), null, permits);
        } catch (IOException | BroadsheetException e) {
            return new Outcome(null, ParseCommand.oneLine(e), permits);
        }
    }

    /** Waits for the oldest file, prints its output or failure and frees its permits; returns 1 if it failed. */
    private static int printHead(ArrayDeque<Future<Outcome>> queue, Semaphore inFlight, Consumer<String> print,
                                 Consumer<String> onFailure) {
        Outcome outcome = ParseStats.await(queue.remove());
        inFlight.release(outcome.permits());
        if (outcome.failure() != null) {
            onFailure.accept(outcome.failure());
            return 1;
        }
        print.accept(outcome.output());
        return 0;
    }
}
