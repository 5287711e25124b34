package io.broadsheet.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a loaded source: a paragraph, heading, list item and so on, after normalisation.
 *
 * <p>Text and HTML inputs load into the same blocks, so a format provider reads both the same way. Inline markup
 * is gone ({@code **USPA NEWS**} becomes {@code USPA NEWS}, {@code <https://x>} becomes {@code https://x}); a
 * bold run that opens the block is kept in {@link #leadingStrong()} because formats use it for labels.
 *
 * @param kind          the block's structural role
 * @param text          the normalised text, lines joined with single spaces
 * @param lines         the block's lines as in the source (for HTML, split at {@code <br>}), each normalised
 * @param level         heading level 1..6 for headings, 0 otherwise
 * @param line          1-based line in the decoded source where the block starts, or 0 when unknown
 * @param leadingStrong bold text that opens the block, such as a speaker label or an agency tag
 * @param mainContent   {@code false} when HTML main-content extraction judged the block to be page chrome
 */
public record Block(BlockKind kind, String text, List<String> lines, int level, int line,
                    Optional<String> leadingStrong, boolean mainContent) {

    /** Validates and copies. */
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        lines = List.copyOf(lines);
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("level must be 0..6, was " + level);
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
        leadingStrong = Objects.requireNonNullElse(leadingStrong, Optional.<String>empty()).filter(s -> !s.isBlank());
    }

    /**
     * Creates a main-content paragraph block of one line.
     *
     * @param text the text
     * @param line the 1-based source line, or 0
     * @return the block
     */
    public static Block paragraph(String text, int line) {
        return new Block(BlockKind.PARAGRAPH, text, List.of(text), 0, line, Optional.empty(), true);
    }

    /** @return {@code true} for headings */
    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }

    /**
     * @param newText replacement text
     * @return a copy of this block with other text (and that text as its only line)
     */
    public Block withText(String newText) {
        return new Block(kind, newText, List.of(newText), level, line, Optional.empty(), mainContent);
    }
}
