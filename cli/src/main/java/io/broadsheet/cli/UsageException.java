package io.broadsheet.cli;

import io.broadsheet.BroadsheetException;

/** A command line the user must change: an unknown option, a missing value, a value out of range. */
final class UsageException extends BroadsheetException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the option or argument and the value given */
    UsageException(String message) {
        super(message);
    }
}
