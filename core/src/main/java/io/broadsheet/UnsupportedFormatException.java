package io.broadsheet;

import java.util.List;

/** No format provider could parse the input, or a requested format id is unknown. */
public class UnsupportedFormatException extends BroadsheetException {
    private static final long serialVersionUID = 1L;

    private final List<String> tried;

    /**
     * @param message what was asked for
     * @param tried   ids of the providers that were considered
     */
    public UnsupportedFormatException(String message, List<String> tried) {
        super(message + " (providers: " + String.join(", ", tried) + ")");
        this.tried = List.copyOf(tried);
    }

    /** @return ids of the providers that were considered, in the order they were asked */
    public List<String> tried() {
        return tried;
    }
}
