package io.broadsheet.cli;

import io.broadsheet.BroadsheetException;
import io.broadsheet.DocumentParser;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Parses many files on several threads and measures the run: files, failures, megabytes, seconds, throughput
 * and peak heap. Documents are dropped as soon as they are parsed.
 *
 * <p>Memory stays flat however many files there are: workers take the next file from the directory walk, which
 * reads a directory only when it reaches it (no list of all files, no queue of pending work), each worker holds
 * one document at a time, and a byte budget keeps large inputs from being parsed side by side, so at most about
 * one input's worth of the parser's limit is in flight.
 */
final class ParseStats {

    private final DocumentParser parser;
    private final int threads;
    private final long inFlightBudget;

    /**
     * @param parser         the parser, shared by all threads
     * @param threads        how many files to parse at once
     * @param inFlightBudget the most input bytes parsed at once; a larger file runs alone
     */
    ParseStats(DocumentParser parser, int threads, long inFlightBudget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (inFlightBudget < 1) {
            throw new IllegalArgumentException("inFlightBudget must be positive, was " + inFlightBudget);
        }
        this.parser = parser;
        this.threads = threads;
        this.inFlightBudget = inFlightBudget;
    }

    /** What a run did. */
    record Report(int files, int failures, long bytes, long nanos, long cpuNanos, long peakHeapBytes,
                  long liveHeapBytes, long maxHeapBytes, int threads, long compileMillis, String jvm) {

        /** @return input megabytes per second of wall-clock time */
        double megabytesPerSecond() {
            return bytes / 1e6 / Math.max(nanos / 1e9, 1e-9);
        }

        /** Prints the report, one figure per line. */
        void print(PrintWriter out) {
            out.printf(Locale.ROOT, "files:       %d (%d failed)%n", files, failures);
            out.printf(Locale.ROOT, "input:       %.1f MB%n", bytes / 1e6);
            out.printf(Locale.ROOT, "time:        %.2f s on %d thread%s%n", nanos / 1e9, threads, threads == 1 ? "" : "s");
            out.printf(Locale.ROOT, "throughput:  %.1f MB/s%n", megabytesPerSecond());
            if (cpuNanos > 0) {
                // On a shared machine wall time depends on the neighbours; CPU time measures the work itself.
                out.printf(Locale.ROOT, "cpu time:    %.2f s (%.1f MB per CPU second)%n", cpuNanos / 1e9,
                        bytes / 1e6 / (cpuNanos / 1e9));
            }
            out.printf(Locale.ROOT, "peak heap:   %.1f MB%s%n", peakHeapBytes / 1e6,
                    maxHeapBytes > 0 ? String.format(Locale.ROOT, " (of %.1f MB)", maxHeapBytes / 1e6) : "");
            if (liveHeapBytes > 0) {
                out.printf(Locale.ROOT, "live heap:   %.1f MB at most after a collection%n", liveHeapBytes / 1e6);
            }
            if (compileMillis >= 0) {
                // In a run of seconds the JIT compilers take a large share of the CPU; say how much.
                out.printf(Locale.ROOT, "jit:         %.2f s compiling during the run%n", compileMillis / 1e3);
            }
            out.printf(Locale.ROOT, "jvm:         %s%n", jvm);
        }
    }

    /**
     * Parses every file.
     *
     * @param files     the walk that hands out the files, each with its size as listed: the input figure counts
     *                  those bytes
     * @param onFailure receives each file's failure message as it happens, from any thread
     * @param progress  receives progress (files done, bytes done) from any thread; may draw a progress bar
     * @return the report
     */
    Report run(InputFiles files, Consumer<String> onFailure, ProgressListener progress) {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        // Permits are kibibytes, so that the budget fits an int whatever the limit.
        int budgetKib = (int) Math.min(Integer.MAX_VALUE, Math.max(1, inFlightBudget >> 10));
        Semaphore inFlight = new Semaphore(budgetKib);
        ExecutorService pool = parsePool(threads);
        try (HeapPeak heap = new HeapPeak()) {
            // The management beans start on first use, which takes milliseconds: read them before the clock starts.
            long startCpu = processCpuNanos();
            long startCompile = compileMillis();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (InputFiles.InputFile input = files.next(); input != null; input = files.next()) {
                        Path file = input.path();
                        long size = input.size();
                        int permits = (int) Math.min(budgetKib, Math.max(1, size >> 10));
                        inFlight.acquireUninterruptibly(permits);
                        try {
                            parser.parse(file);
                        } catch (IOException | BroadsheetException e) {
                            failures.incrementAndGet();
                            onFailure.accept(ParseCommand.oneLine(e));
                        } finally {
                            inFlight.release(permits);
                        }
                        heap.sample();
                        progress.progressed(done.incrementAndGet(), bytes.addAndGet(size));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                await(worker);
            }
            long nanos = System.nanoTime() - start;
            long cpuNanos = startCpu < 0 ? -1 : processCpuNanos() - startCpu;
            long compile = startCompile < 0 ? -1 : compileMillis() - startCompile;
            return new Report(done.get(), failures.get(), bytes.get(), nanos, cpuNanos, heap.bytes(),
                    heap.liveBytes(), HeapPeak.maxBytes(), threads, compile, jvmDescription());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return CPU time used by this process so far, garbage collection and compilation included, or -1 */
    static long processCpuNanos() {
        // The kernel's user + system time of the process, the figure OperatingSystemMXBean.getProcessCpuTime gives,
        // without looking that bean up: its lookup starts the platform bean providers (about 25 M instructions).
        Optional<Duration> cpu = ProcessHandle.current().info().totalCpuDuration();
        return cpu.isPresent() ? cpu.get().toNanos() : -1;
    }

    /** @return milliseconds the JIT compilers have spent so far (summed over their threads), or -1 */
    private static long compileMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : -1;
    }

    /** @return the runtime and the options it was started with, so that a report says what it measured */
    private static String jvmDescription() {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        List<String> options = runtime.getInputArguments();
        return runtime.getVmName() + " " + Runtime.version()
                + (options.isEmpty() ? ", default options" : ", " + String.join(" ", options));
    }

    /** @return a pool of daemon threads to parse on, so that a failing run never hangs at exit */
    static ExecutorService parsePool(int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-parse");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return the task's result; a bug in the task surfaces as it would on one thread */
    static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    /** Receives progress as files finish. */
    @FunctionalInterface
    interface ProgressListener {
        /**
         * @param filesDone files finished so far
         * @param bytesDone their bytes
         */
        void progressed(int filesDone, long bytesDone);
    }
}
