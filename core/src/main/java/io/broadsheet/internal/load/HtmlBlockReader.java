package io.broadsheet.internal.load;

import io.broadsheet.internal.WorkCounter;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.MetadataKeys;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an HTML page into the same blocks as text: headings, paragraphs, list items, block quotations and
 * captions, with {@code <br>} kept as line breaks. Script, style and page chrome are dropped; metadata comes from
 * {@code <title>}, Open Graph and the canonical link.
 */
public final class HtmlBlockReader {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "form", "button", "select", "nav", "head", "object", "canvas", "video", "audio", "picture", "img");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption", "pre", "dd", "dt", "td", "th", "caption", "address");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "body", "header",
            "footer", "aside", "ul", "ol", "dl", "table", "tbody", "thead", "tr", "figure", "center");

    private HtmlBlockReader() {
    }

    /** Blocks and metadata of a page. */
    public record Result(List<Block> blocks, Map<String, String> metadata) {
    }

    public static Result read(String html) {
        Document page = Jsoup.parse(html);
        WorkCounter.add(html.length());
        Map<String, String> metadata = new LinkedHashMap<>();
        readMetadata(page, metadata);
        for (String tag : DROPPED) {
            page.select(tag).remove();
        }
        List<Block> blocks = new ArrayList<>();
        BlockCollector collector = new BlockCollector(blocks);
        NodeTraversor.traverse(collector, page.body());
        collector.flushLoose();
        return new Result(blocks, metadata);
    }

    private static void readMetadata(Document page, Map<String, String> metadata) {
        String title = page.title();
        if (!title.isBlank()) {
            metadata.put(MetadataKeys.TITLE, TextCleaner.cleanInline(title));
        }
        meta(page, "meta[property=og:title]", MetadataKeys.OG_TITLE, metadata);
        meta(page, "meta[property=og:site_name]", MetadataKeys.SITE_NAME, metadata);
        meta(page, "meta[name=description]", MetadataKeys.DESCRIPTION, metadata);
        meta(page, "meta[property=article:section]", MetadataKeys.SECTION, metadata);
        meta(page, "meta[property=article:published_time]", MetadataKeys.PUBLISHED, metadata);
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            metadata.put(MetadataKeys.CANONICAL_URL, canonical.attr("href").strip());
        } else {
            meta(page, "meta[property=og:url]", MetadataKeys.CANONICAL_URL, metadata);
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null && !metadata.containsKey(MetadataKeys.PUBLISHED)) {
            metadata.put(MetadataKeys.PUBLISHED, time.attr("datetime").strip());
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            metadata.put(MetadataKeys.H1, TextCleaner.cleanInline(h1.text()));
        }
    }

    private static void meta(Document page, String query, String key, Map<String, String> metadata) {
        Element e = page.selectFirst(query);
        if (e != null && !e.attr("content").isBlank()) {
            metadata.putIfAbsent(key, TextCleaner.cleanInline(e.attr("content")));
        }
    }

    /** Walks the tree once, emitting a block for each block-level element and for loose text between them. */
    private static final class BlockCollector implements NodeVisitor {
        private final List<Block> blocks;
        private Element current;
        private final List<StringBuilder> lines = new ArrayList<>();
        private String leadingStrong;
        private boolean strongOpen;
        private final StringBuilder strongText = new StringBuilder();
        // Whether the block has non-blank text yet; kept as a flag because rebuilding the text at every <b> was
        // quadratic in the block's length.
        private boolean textSeen;

        BlockCollector(List<Block> blocks) {
            this.blocks = blocks;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (current == null && BLOCKS.contains(tag)) {
                    flushLoose();
                    current = e;
                    lines.add(new StringBuilder());
                } else if (tag.equals("br")) {
                    lines.add(new StringBuilder());
                } else if (current == null && CONTAINERS.contains(tag)) {
                    flushLoose();
                } else if ((tag.equals("strong") || tag.equals("b")) && lines.size() <= 1 && !textSeen) {
                    strongOpen = true;
                    strongText.setLength(0);
                }
            } else if (node instanceof TextNode t) {
                if (lines.isEmpty()) {
                    lines.add(new StringBuilder());
                }
                lines.get(lines.size() - 1).append(t.getWholeText());
                textSeen = textSeen || !t.getWholeText().isBlank();
                if (strongOpen) {
                    strongText.append(t.getWholeText());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if ((e.normalName().equals("strong") || e.normalName().equals("b")) && strongOpen) {
                    strongOpen = false;
                    leadingStrong = TextCleaner.cleanInline(strongText);
                }
                if (e == current) {
                    emit(kindOf(e), headingLevel(e));
                    current = null;
                } else if (current == null && CONTAINERS.contains(e.normalName())) {
                    flushLoose();
                }
            }
        }

        void flushLoose() {
            if (current == null) {
                emit(BlockKind.PARAGRAPH, 0);
            }
        }

        private void emit(BlockKind kind, int level) {
            List<String> cleaned = new ArrayList<>();
            for (StringBuilder line : lines) {
                String c = TextCleaner.cleanInline(kind == BlockKind.PREFORMATTED ? line : TextCleaner.collapseSpaces(line));
                if (!c.isEmpty()) {
                    cleaned.add(c);
                }
            }
            lines.clear();
            textSeen = false;
            String strong = leadingStrong;
            leadingStrong = null;
            strongOpen = false;
            if (cleaned.isEmpty()) {
                return;
            }
            blocks.add(new Block(kind, TextCleaner.joinLines(cleaned), cleaned, level, 0,
                    Optional.ofNullable(strong), true));
        }

        private static BlockKind kindOf(Element e) {
            return switch (e.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
                case "li", "dd", "dt" -> BlockKind.LIST_ITEM;
                case "blockquote" -> BlockKind.BLOCKQUOTE;
                case "figcaption", "caption" -> BlockKind.CAPTION;
                case "pre" -> BlockKind.PREFORMATTED;
                default -> BlockKind.PARAGRAPH;
            };
        }

        private static int headingLevel(Element e) {
            String tag = e.normalName();
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 0;
        }
    }
}
