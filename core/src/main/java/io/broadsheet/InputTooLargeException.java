package io.broadsheet;

import java.util.OptionalLong;

/**
 * The input is larger than the parser's limit ({@link DocumentParser.Builder#maxInputBytes}), so it was not read
 * whole. The limit keeps a stray log file or disk image from taking the heap of a run over many documents.
 */
public final class InputTooLargeException extends MalformedDocumentException {
    private static final long serialVersionUID = 1L;

    private final long size;
    private final long limit;

    /**
     * @param source the input's name
     * @param size   the input's size in bytes, or -1 when it is unknown (a stream is read only up to the limit)
     * @param limit  the limit it is over
     * @throws IllegalArgumentException if {@code limit} is not positive, or {@code size} is known and not over it
     */
    public InputTooLargeException(String source, long size, long limit) {
        super(source, -1, describe(size, limit) + " (raise it with DocumentParser.Builder.maxInputBytes)");
        this.size = size;
        this.limit = limit;
    }

    private static String describe(long size, long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (size >= 0 && size <= limit) {
            throw new IllegalArgumentException("size " + size + " is not over the limit " + limit);
        }
        return size < 0
                ? "input is more than the limit of " + limit + " bytes"
                : "input is " + size + " bytes, more than the limit of " + limit;
    }

    /**
     * @return what the input is over the limit by, in words, without the source's name or the advice on how to
     *         raise the limit; for callers that set the limit some other way, such as a command-line option
     */
    public String overLimit() {
        return describe(size, limit);
    }

    /** @return the input's size in bytes, when it is known */
    public OptionalLong size() {
        return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /** @return the limit in bytes */
    public long limit() {
        return limit;
    }
}
