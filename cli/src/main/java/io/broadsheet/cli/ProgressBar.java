package io.broadsheet.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn in place with carriage returns, for terminals only. It stays silent for the
 * first {@link #DELAY_NANOS} so that short runs print nothing, and redraws at most every {@link #PERIOD_NANOS}.
 */
final class ProgressBar {

    static final long DELAY_NANOS = 1_000_000_000L;
    static final long PERIOD_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final int total;
    private final long start;
    private long lastDrawn;
    private boolean drawn;

    /**
     * @param out   where to draw, normally standard error
     * @param total the number of files to process
     * @param start when the run started, from {@link System#nanoTime()}
     */
    ProgressBar(PrintWriter out, int total, long start) {
        this.out = out;
        this.total = total;
        this.start = start;
        this.lastDrawn = start;
    }

    /**
     * Redraws the bar if enough time has passed.
     *
     * @param done  files processed so far
     * @param bytes bytes processed so far
     * @param now   the current {@link System#nanoTime()}
     */
    synchronized void update(int done, long bytes, long now) {
        if (now - start < DELAY_NANOS || drawn && now - lastDrawn < PERIOD_NANOS) {
            return;
        }
        out.print('\r' + render(done, total, bytes, now - start));
        out.flush();
        lastDrawn = now;
        drawn = true;
    }

    /** Clears the bar, if one was drawn, so that the report starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            out.print('\r' + " ".repeat(render(total, total, 0, 1).length() + 8) + '\r');
            out.flush();
        }
    }

    /** @return the bar's text, for example {@code [######-----] 120/300 files  1.2 MB  3.4 MB/s} */
    static String render(int done, int total, long bytes, long elapsedNanos) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        double megabytes = bytes / 1e6;
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        return String.format(Locale.ROOT, "[%s%s] %d/%d files  %.1f MB  %.1f MB/s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), done, total, megabytes, megabytes / seconds);
    }
}
