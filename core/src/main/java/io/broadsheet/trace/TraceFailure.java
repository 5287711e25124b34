package io.broadsheet.trace;

import java.util.Objects;

/**
 * An input of a {@link Corpus} that could not be read or parsed; tracing goes on without it.
 *
 * @param input   the input's path or name
 * @param message why it failed
 * @param cause   the exception that stopped it, so that a caller can tell one failure from another (for example
 *                an {@link io.broadsheet.InputTooLargeException} and its limit) without reading the message;
 *                {@code null} when the failure was not an exception
 */
public record TraceFailure(String input, String message, Exception cause) {

    /** Validates. */
    public TraceFailure {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A failure with no exception behind it.
     *
     * @param input   the input's path or name
     * @param message why it failed
     */
    public TraceFailure(String input, String message) {
        this(input, message, null);
    }
}
