package io.broadsheet.internal.load;

/**
 * One spare {@code char[]} per thread for the loader to decode and scan inputs in, so that loading thousands of
 * small inputs does not allocate (and zero) a fresh array for each. The parser is shared by threads, so the spare
 * is per thread; it is lent out (the thread holds none while it is in use, so a nested load gets its own) and
 * kept afterwards only up to {@link #RETAINED_CHARS}, so an idle thread never holds more than 1 MiB.
 */
final class CharScratch {

    /** The largest array kept between loads: 1 MiB of chars. */
    static final int RETAINED_CHARS = 1 << 19;

    private static final ThreadLocal<char[]> SPARE = new ThreadLocal<>();

    private CharScratch() {
    }

    /**
     * @param length the number of chars needed
     * @return an array of at least that length, with arbitrary content; hand it back with {@link #release}
     */
    static char[] take(int length) {
        char[] spare = SPARE.get();
        if (spare != null && spare.length >= length) {
            SPARE.set(null);
            return spare;
        }
        // Room to grow a little, so that the next slightly larger input still fits.
        return new char[Math.max(length, Math.min(RETAINED_CHARS, Math.max(4096, length + (length >> 1))))];
    }

    /** Hands back an array from {@link #take}, which must not be used afterwards. */
    static void release(char[] chars) {
        if (chars.length <= RETAINED_CHARS) {
            char[] spare = SPARE.get();
            if (spare == null || spare.length < chars.length) {
                SPARE.set(chars);
            }
        }
    }
}
