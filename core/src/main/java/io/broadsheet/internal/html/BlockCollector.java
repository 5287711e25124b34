package io.broadsheet.internal.html;

import io.broadsheet.internal.Dashes;
import io.broadsheet.internal.WorkCounter;
import io.broadsheet.internal.load.TextCleaner;
import io.broadsheet.spi.BlockKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Walks a page once (iteratively: Jsoup's traversal keeps its own stack, so deep nesting cannot overflow ours)
 * and cuts its visible text into {@link HtmlBlock}s, gathering {@link NodeStats} for every element on the way.
 *
 * <p>Every block-level element ends the current run of text and starts a new one, so a {@code div} holding both
 * loose text and paragraphs yields separate blocks. {@code <br>} starts a new line; two in a row end a paragraph,
 * as they do on sites that write no {@code <p>}. A block takes its kind from the nearest enclosing list item,
 * block quotation, heading, figure or {@code pre}. Scripts, styles, forms controls, media and hidden elements are
 * skipped entirely: they are not text a reader sees.
 */
final class BlockCollector implements NodeFilter {

    /** Elements whose content is never text: skipped with everything inside. */
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
            "object", "embed", "canvas", "video", "audio", "picture", "img", "head", "title", "select", "option",
            "textarea", "input", "button", "map", "link", "meta", "source", "track", "dialog");
    /** Elements that end a run of text: block-level boxes. */
    static final Set<String> BREAKING = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "blockquote", "figure", "figcaption", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "address", "form",
            "fieldset", "legend", "center", "hr", "details", "summary", "body", "hgroup", "menu", "search", "html",
            "frameset", "frame", "noframes", "listing", "plaintext", "xmp", "dir");

    /** Boxes whose loose inline items are blocks of their own rather than lines of a paragraph. */
    private static final Set<String> ITEM_BOXES = Set.of("div", "section", "article", "main", "header", "footer",
            "aside", "nav", "body", "menu", "search");

    /** A blockquote's signature is a name and a role, not a paragraph. */
    private static final int MAX_SIGNATURE = 160;

    private final List<HtmlBlock> blocks = new ArrayList<>();
    private final Map<Element, NodeStats> stats = new IdentityHashMap<>();
    private final List<NodeStats> statsStack = new ArrayList<>();
    private final List<Element> breakingStack = new ArrayList<>();
    private final List<Element> kindStack = new ArrayList<>();

    private int linkDepth;
    private int listDepth;
    private int headingDepth;
    private int preDepth;

    // the run of text being gathered
    private final List<StringBuilder> lines = new ArrayList<>();
    private boolean runHasText;
    private Element runAnchor;
    private Element runKindElement;
    private int runLine;
    private int runChars;
    private int runLinkChars;
    /** The {@code footer} or {@code cite} signing a blockquote ({@code Jana Novak, Minister}) being read, or null. */
    private Element signature;
    /** The index of the block of the quotation the signature signs, or -1. */
    private int signedBlock = -1;
    private Element strongElement;
    private final StringBuilder strongText = new StringBuilder();
    private String leadingStrong;

    private BlockCollector() {
    }

    /** The blocks of a page and the statistics of its elements. */
    record Result(List<HtmlBlock> blocks, Map<Element, NodeStats> stats) {
    }

    /**
     * @param root the element to read, normally the page's body
     * @return its blocks and element statistics
     */
    static Result collect(Element root) {
        BlockCollector collector = new BlockCollector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return new Result(collector.blocks, collector.stats);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            text(text);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || isHidden(e)) {
            countSkipped(e, tag);
            return FilterResult.SKIP_ENTIRELY;
        }
        NodeStats own = new NodeStats();
        stats.put(e, own);
        statsStack.add(own);
        if (signature == null && isSignature(e, tag)) {
            flush();
            signature = e;
            signedBlock = signedBlock(e.parent());
        }
        if (tag.equals("br")) {
            lineBreak();
        } else if (preDepth == 0 && isRepeatedItem(e)) {
            // in a paragraph the items stay its text; loose in a box, each is a block of its own, as an li is
            if (ITEM_BOXES.contains(e.parent().normalName())) {
                flush();
            } else {
                lineBreak();
            }
        } else if (BREAKING.contains(tag)) {
            flush();
            breakingStack.add(e);
            if (kindOf(tag) != null) {
                kindStack.add(e);
            }
        } else if ((tag.equals("strong") || tag.equals("b")) && strongElement == null && leadingStrong == null
                && !runHasText) {
            strongElement = e;
            strongText.setLength(0);
        }
        switch (tag) {
            case "a" -> linkDepth++;
            case "p" -> own.paragraphs++;
            case "li" -> {
                own.listItems++;
                listDepth++;
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
            case "pre", "listing", "xmp", "plaintext" -> preDepth++;
            default -> {
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        switch (tag) {
            case "a" -> linkDepth--;
            case "li" -> listDepth--;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
            case "pre", "listing", "xmp", "plaintext" -> preDepth--;
            default -> {
            }
        }
        if (e == strongElement) {
            strongElement = null;
            leadingStrong = TextCleaner.collapseSpaces(TextCleaner.cleanInline(strongText)).strip();
            if (leadingStrong.isEmpty()) {
                leadingStrong = null;
            }
        }
        if (e == signature) {
            flush();
            signature = null;
            signedBlock = -1;
        }
        if (BREAKING.contains(tag)) {
            flush();
            breakingStack.remove(breakingStack.size() - 1);
            if (!kindStack.isEmpty() && kindStack.get(kindStack.size() - 1) == e) {
                kindStack.remove(kindStack.size() - 1);
            }
        }
        NodeStats own = statsStack.remove(statsStack.size() - 1);
        if (!statsStack.isEmpty()) {
            own.addTo(statsStack.get(statsStack.size() - 1));
        }
        return FilterResult.CONTINUE;
    }

    private void text(TextNode node) {
        String text = node.getWholeText();
        WorkCounter.add(text.length());
        int visible = 0;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible++;
                if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
                    commas++;
                }
            }
        }
        if (!statsStack.isEmpty()) {
            NodeStats top = statsStack.get(statsStack.size() - 1);
            top.chars += visible;
            top.commas += commas;
            if (linkDepth > 0) {
                top.linkChars += visible;
            }
            if (listDepth > 0) {
                top.listChars += visible;
            }
            if (headingDepth > 0) {
                top.headingChars += visible;
            }
        }
        if (visible == 0 && !runHasText) {
            return;
        }
        if (!runHasText && visible > 0) {
            runHasText = true;
            runAnchor = breakingStack.isEmpty() ? null : breakingStack.get(breakingStack.size() - 1);
            runKindElement = kindStack.isEmpty() ? null : kindStack.get(kindStack.size() - 1);
            runLine = lineOf(node);
        }
        runChars += visible;
        if (linkDepth > 0) {
            runLinkChars += visible;
        }
        if (strongElement != null) {
            strongText.append(text);
        }
        if (preDepth > 0) {
            int from = 0;
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
                currentLine().append(text, from, nl);
                lines.add(new StringBuilder());
                from = nl + 1;
            }
            currentLine().append(text, from, text.length());
        } else {
            currentLine().append(text);
        }
    }

    private void lineBreak() {
        if (!runHasText) {
            return;
        }
        StringBuilder current = currentLine();
        if (!isBlank(current)) {
            lines.add(new StringBuilder());
        } else if (kindOf(runKindElement) == BlockKind.PARAGRAPH) {
            // a second <br> in a row: the blank line between two paragraphs of a page that writes no <p>
            flush();
        }
    }

    private StringBuilder currentLine() {
        if (lines.isEmpty()) {
            lines.add(new StringBuilder());
        }
        return lines.get(lines.size() - 1);
    }

    /** Ends the current run, emitting it as a block if it holds text. */
    private void flush() {
        if (runHasText) {
            BlockKind kind = kindOf(runKindElement);
            List<String> cleaned = new ArrayList<>(lines.size());
            for (StringBuilder raw : lines) {
                String line = TextCleaner.cleanInline(raw);
                if (kind != BlockKind.PREFORMATTED) {
                    line = TextCleaner.collapseSpaces(line);
                }
                if (!line.isBlank()) {
                    cleaned.add(line.strip());
                }
            }
            if (!cleaned.isEmpty() && !(signature != null && sign(cleaned))) {
                int level = kind == BlockKind.HEADING ? runKindElement.normalName().charAt(1) - '0' : 0;
                blocks.add(new HtmlBlock(kind, cleaned, level, runLine, leadingStrong, runAnchor, runChars,
                        runLinkChars));
            }
        }
        lines.clear();
        runHasText = false;
        runAnchor = null;
        runKindElement = null;
        runChars = 0;
        runLinkChars = 0;
        runLine = 0;
        leadingStrong = null;
        strongElement = null;
    }

    /**
     * {@code <blockquote><p>"..."</p><footer>Jana Novak, Minister</footer></blockquote>}: a footer or cite that
     * closes a quotation names who said it. Left alone, the footer would be cut as page chrome with every other one.
     */
    private static boolean isSignature(Element e, String tag) {
        return (tag.equals("footer") || tag.equals("cite")) && e.parent() != null
                && e.parent().normalName().equals("blockquote");
    }

    /** The last block, when the blockquote holds it: the quotation a signature in it signs; -1 otherwise. */
    private int signedBlock(Element blockquote) {
        if (blocks.isEmpty()) {
            return -1;
        }
        Element anchor = blocks.get(blocks.size() - 1).anchor();
        return anchor != null && (anchor == blockquote || anchor.parent() == blockquote) ? blocks.size() - 1 : -1;
    }

    /**
     * Appends a signature to the quotation it signs, after a dash, as print sets it ({@code "..." — Jana Novak,
     * Minister}): the attribution then reads it as it reads a signed quote in text.
     *
     * @return whether the signature was joined; a long one stays a block of its own
     */
    private boolean sign(List<String> signatureLines) {
        if (signedBlock < 0 || signedBlock != blocks.size() - 1) {
            return false;
        }
        String signed = String.join(" ", signatureLines);
        int from = Dashes.skipDashesAndSpaces(signed, 0);
        if (from == signed.length() || signed.length() - from > MAX_SIGNATURE) {
            return false;
        }
        HtmlBlock quote = blocks.get(signedBlock);
        List<String> joined = new ArrayList<>(quote.lines());
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " \u2014 " + signed.substring(from));
        blocks.set(signedBlock, new HtmlBlock(quote.kind(), joined, quote.level(), quote.line(), quote.leadingStrong(),
                quote.anchor(), quote.chars() + runChars, quote.linkChars() + runLinkChars));
        return true;
    }

    private void countSkipped(Element e, String tag) {
        if (statsStack.isEmpty()) {
            return;
        }
        NodeStats top = statsStack.get(statsStack.size() - 1);
        switch (tag) {
            case "img", "picture", "svg" -> top.images++;
            case "input" -> {
                // hidden inputs carry analytics, not forms a reader fills in
                if (!e.attr("type").equalsIgnoreCase("hidden")) {
                    top.inputs++;
                }
            }
            case "select", "textarea" -> top.inputs++;
            case "iframe", "object", "embed", "video", "audio" -> top.embeds++;
            default -> {
            }
        }
    }

    private static BlockKind kindOf(Element kindElement) {
        if (kindElement == null) {
            return BlockKind.PARAGRAPH;
        }
        BlockKind kind = kindOf(kindElement.normalName());
        return kind == null ? BlockKind.PARAGRAPH : kind;
    }

    private static BlockKind kindOf(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
            case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.BLOCKQUOTE;
            case "figcaption", "caption", "figure" -> BlockKind.CAPTION;
            case "pre", "listing", "xmp", "plaintext" -> BlockKind.PREFORMATTED;
            default -> null;
        };
    }

    /**
     * An inline element right after a sibling of the same tag and class, with not even a space between them:
     * items of a list that style sheets set apart ({@code <span class="meta-item">Statements</span><span
     * class="meta-item">12.06.2024</span>}), not parts of one word, so they are not run together.
     */
    private static boolean isRepeatedItem(Element e) {
        Node before = e.previousSibling();
        if (!(before instanceof Element previous) || BREAKING.contains(e.normalName())) {
            return false;
        }
        String names = e.className();
        return !names.isEmpty() && previous.normalName().equals(e.normalName()) && previous.className().equals(names);
    }

    /** Hidden by the {@code hidden} attribute or an inline {@code display:none}. */
    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty() || style.length() > 2000) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT);
        int at = s.indexOf("display");
        while (at >= 0) {
            int i = at + "display".length();
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ':')) {
                i++;
            }
            if (s.startsWith("none", i)) {
                return true;
            }
            at = s.indexOf("display", at + 1);
        }
        return false;
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(Node node) {
        int line = node.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }
}
