package io.broadsheet;

/**
 * A character range inside one body paragraph of a {@link Document}.
 *
 * <p>{@code document.paragraphs().get(paragraph).substring(begin, end)} is the spanned text. Offsets are Java
 * {@code String} indexes (UTF-16 code units), begin inclusive, end exclusive.
 *
 * @param paragraph index into {@link Document#paragraphs()}, zero-based
 * @param begin     first character, inclusive
 * @param end       last character, exclusive; never before {@code begin}
 */
public record Span(int paragraph, int begin, int end) {

    /** Validates the range. */
    public Span {
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph must be >= 0, was " + paragraph);
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span must satisfy 0 <= begin <= end, was [" + begin + ", " + end + ")");
        }
    }

    /** @return the number of characters spanned */
    public int length() {
        return end - begin;
    }
}
