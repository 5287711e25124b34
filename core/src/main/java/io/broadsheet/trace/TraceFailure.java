package io.broadsheet.trace;

import java.util.Objects;

/**
 * An input of a {@link Corpus} that could not be read or parsed; tracing goes on without it.
 *
 * @param input   the input's path or name
 * @param message why it failed
 */
public record TraceFailure(String input, String message) {

    /** Validates. */
    public TraceFailure {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(message, "message");
    }
}
