package io.broadsheet;

/**
 * The root of every exception Broadsheet throws on purpose. All are unchecked; only failures to read an input
 * ({@link java.io.IOException}) are reported as checked exceptions, by the methods that take a path or stream.
 */
public class BroadsheetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and where */
    public BroadsheetException(String message) {
        super(message);
    }

    /** @param message what went wrong and where @param cause the underlying failure */
    public BroadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
