package io.broadsheet.internal.html;

import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * A block of a page before main-content extraction: its normalised lines plus what the extractor needs to know
 * about where it sits.
 *
 * @param kind          the structural role
 * @param lines         normalised, non-empty lines (split at {@code <br>})
 * @param level         heading level, or 0
 * @param line          1-based source line of the block's first text, or 0
 * @param leadingStrong bold text that opens the block, or null
 * @param anchor        the innermost block-level element holding the text ({@code p}, {@code li}, or the
 *                      {@code div} holding loose text)
 * @param chars         non-white-space characters of the text
 * @param linkChars     how many of those are inside links
 */
record HtmlBlock(BlockKind kind, List<String> lines, int level, int line, String leadingStrong, Element anchor,
                 int chars, int linkChars) {

    HtmlBlock {
        lines = List.copyOf(lines);
    }

    /** @return the lines joined with single spaces */
    String text() {
        return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
    }

    /** @return the share of the text that is link text, 0..1 */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /**
     * @param mainContent whether extraction kept the block
     * @return the public block
     */
    Block toBlock(boolean mainContent) {
        return new Block(kind, text(), lines, level, line, Optional.ofNullable(leadingStrong), mainContent);
    }
}
