package io.broadsheet;

/**
 * The input cannot be read as a press document: it is binary, too large, or otherwise unusable. The message
 * names the source, the byte or character offset where the problem was found (when there is one) and the
 * reason.
 */
public class MalformedDocumentException extends BroadsheetException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long offset;

    /**
     * @param source the input's name
     * @param offset the offset of the problem, or -1 when it concerns the whole input
     * @param reason what is wrong
     */
    public MalformedDocumentException(String source, long offset, String reason) {
        super(source + (offset >= 0 ? " at offset " + offset : "") + ": " + reason);
        this.source = source;
        this.offset = offset;
    }

    /** @return the input's name */
    public String source() {
        return source;
    }

    /** @return the offset of the problem, or -1 when it concerns the whole input */
    public long offset() {
        return offset;
    }
}
