package io.broadsheet.internal.html;

import io.broadsheet.spi.Block;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import io.broadsheet.spi.MetadataKeys;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an HTML page into {@link Block}s and metadata: Jsoup parses it, {@link PageMetadata} reads what the page
 * states about itself, {@link BlockCollector} cuts the visible text into blocks and {@link MainContentExtractor}
 * marks the blocks that are the article. Blocks outside the article are kept, flagged
 * {@code mainContent == false}, so that nothing the reader could see is silently lost.
 */
public final class HtmlReader {

    /** Pages up to this many characters (real news pages are far smaller) keep source line numbers. */
    static final int TRACK_POSITIONS_UP_TO = 1 << 20;

    private HtmlReader() {
    }

    /**
     * The blocks and metadata of a page.
     *
     * @param blocks   every visible block in order, main content flagged
     * @param metadata metadata by {@link io.broadsheet.spi.MetadataKeys} key
     */
    public record Result(List<Block> blocks, Map<String, String> metadata) {
        /** Copies. */
        public Result {
            blocks = List.copyOf(blocks);
            metadata = Map.copyOf(metadata);
        }
    }

    /**
     * @param html the page's text
     * @return its blocks and metadata
     */
    public static Result read(String html) {
        // Source positions give discarded blocks their line numbers, but cost an object per node: on a page
        // with hundreds of thousands of elements that alone would exhaust a small heap, so only ordinary-sized
        // pages get them (larger ones report line 0, "unknown").
        Parser parser = Parser.htmlParser().setTrackPosition(html.length() <= TRACK_POSITIONS_UP_TO);
        Document page = parser.parseInput(html, "");
        PageMetadata.Result metadata = PageMetadata.read(page);
        BlockCollector.Result collected = BlockCollector.collect(page.body());
        boolean[] main = MainContentExtractor.select(collected.blocks(), collected.stats(), page.body(),
                metadata.articleBody().orElse(null), titles(metadata.metadata()));
        List<Block> blocks = new ArrayList<>(collected.blocks().size());
        for (int i = 0; i < collected.blocks().size(); i++) {
            blocks.add(collected.blocks().get(i).toBlock(main[i]));
        }
        return new Result(blocks, metadata.metadata());
    }

    /** The headlines the metadata states, as they may appear in the page's text. */
    private static Set<String> titles(Map<String, String> metadata) {
        Set<String> titles = new HashSet<>();
        String site = metadata.get(MetadataKeys.SITE_NAME);
        for (String key : new String[] {MetadataKeys.OG_TITLE, MetadataKeys.HEADLINE, MetadataKeys.H1,
                MetadataKeys.TITLE}) {
            String value = metadata.get(key);
            if (value != null) {
                titles.add(value);
                titles.add(PageMetadata.cleanTitle(value, site));
            }
        }
        return titles;
    }
}
