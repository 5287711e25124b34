package io.broadsheet.internal;

/**
 * Counts units of work done on the current thread: characters scanned, rules evaluated, candidates compared.
 *
 * <p>Tests use it to check that work grows linearly with input size without timing anything. Stages add coarse
 * amounts (a paragraph's length, a window's size) rather than one per character, so counting costs next to
 * nothing. Not part of the public API.
 */
public final class WorkCounter {

    private static final ThreadLocal<long[]> UNITS = ThreadLocal.withInitial(() -> new long[1]);

    private WorkCounter() {
    }

    /** Adds work done on this thread. */
    public static void add(long units) {
        UNITS.get()[0] += units;
    }

    /** @return the work counted on this thread since the last {@link #reset()} */
    public static long get() {
        return UNITS.get()[0];
    }

    /** Starts counting from zero on this thread. */
    public static void reset() {
        UNITS.get()[0] = 0;
    }
}
