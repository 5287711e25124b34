package io.broadsheet;

import java.util.Objects;

/**
 * A block of the source that is not in the document's body, with the reason it was set aside, so a user can
 * audit that nothing was silently lost.
 *
 * @param text   the block's text
 * @param reason why it is not body text
 * @param line   the 1-based line in the source where the block starts, or 0 when unknown (HTML without positions)
 */
public record DiscardedBlock(String text, DiscardReason reason, int line) {

    /** Validates. */
    public DiscardedBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }
}
