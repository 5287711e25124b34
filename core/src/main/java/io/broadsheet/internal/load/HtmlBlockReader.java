package io.broadsheet.internal.load;

import io.broadsheet.internal.html.HtmlReader;
import io.broadsheet.spi.Block;

import java.util.List;
import java.util.Map;

/**
 * Reads an HTML page into the same blocks as text: headings, paragraphs, list items, block quotations and
 * captions, with {@code <br>} kept as line breaks and main content marked. See {@link HtmlReader}.
 */
public final class HtmlBlockReader {

    private HtmlBlockReader() {
    }

    /**
     * Blocks and metadata of a page.
     *
     * @param blocks   the blocks in order
     * @param metadata metadata by {@link io.broadsheet.spi.MetadataKeys} key
     */
    public record Result(List<Block> blocks, Map<String, String> metadata) {
    }

    /**
     * @param html the page's text
     * @return its blocks and metadata
     */
    public static Result read(String html) {
        HtmlReader.Result result = HtmlReader.read(html);
        return new Result(result.blocks(), result.metadata());
    }
}
