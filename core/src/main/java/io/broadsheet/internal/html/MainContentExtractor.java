package io.broadsheet.internal.html;

import io.broadsheet.spi.BlockKind;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which blocks of a page are its article and which are page chrome.
 *
 * <p>The approach is the one readability and boilerpipe made familiar, tuned to keep every body paragraph:
 * <ol>
 *   <li>Blocks inside elements whose tag, role or names say chrome ({@code nav}, {@code aside}, {@code footer},
 *       {@code sidebar}, {@code comments}, {@code related}, {@code newsletter}...) take no part in scoring.</li>
 *   <li>Each prose block scores by its length and commas; the score flows to its container and, decaying, to
 *       four more ancestors. A container's score is damped by its link density and shifted by its names
 *       ({@code article-body} up, {@code promo} down). The best container is the candidate; it moves up to an
 *       ancestor that scores at least as well or is explicitly the article body ({@code itemprop=articleBody});
 *       an explicit article body inside it that holds most of its text ends the content.</li>
 *   <li>The candidate's siblings join when they score well or read as prose (an article split by an ad); after an
 *       explicit article body, only other parts of the body do.</li>
 *   <li>Inside that content, sub-containers that look like chrome (link lists, share bars, forms, image
 *       galleries, tiny boxes) are cut, and so are the headline, bylines and copyright lines.</li>
 *   <li>Prose right before or after the content joins it (a standfirst outside the body container, a last
 *       paragraph after an inline ad), stepping over captions and short chrome but stopping at headings and
 *       chrome containers. Nothing joins after a body the page explicitly marks as the article body.</li>
 *   <li>When the page's JSON-LD carries {@code articleBody}, blocks whose word shingles it contains join the
 *       content, and when it covers the content well, prose it does not contain leaves.</li>
 * </ol>
 * Work is linear in the page: every ancestor walk is bounded by {@value #MAX_ANCESTRY} levels and every
 * per-element judgement is computed once.
 */
final class MainContentExtractor {

    /** Ancestor walks stop after this many levels; real pages nest a few dozen deep. */
    static final int MAX_ANCESTRY = 64;
    /** How many ancestors of a block's container share its score. */
    private static final int SCORE_LEVELS = 5;
    /** Prose blocks shorter than this do not score. */
    private static final int MIN_SCORING_CHARS = 25;
    /**
     * A box whose names say content keeps that bonus only when its blocks earned this many points: one short
     * sentence (one point) does not make a consent banner's {@code wt-cck--body} an article body, while a
     * standfirst's box ({@code content__head}, half of a long sentence's three) stays in the running.
     */
    private static final double MIN_NAMED_POINTS = 1.5;
    /** How many non-prose blocks the edge extension may step over. */
    private static final int MAX_EDGE_SKIPS = 4;

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "body", "header",
            "footer", "aside", "nav", "form", "fieldset", "center", "table", "thead", "tbody", "tfoot", "tr", "td",
            "th", "ul", "ol", "dl", "figure", "details", "html", "menu", "span", "font", "hgroup", "search");
    private static final Set<String> ALWAYS_CUT = Set.of("nav", "aside", "footer", "form", "header", "menu",
            "dialog", "fieldset");
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "figure",
            "details", "center", "span");

    private final List<HtmlBlock> blocks;
    private final Map<Element, NodeStats> stats;
    private final Element body;
    private final String articleBody;
    private final Set<String> titles;
    private final int bodyChars;

    private final Map<Element, Boolean> unlikelyMemo = new IdentityHashMap<>();
    private final Map<Element, Boolean> cutMemo = new IdentityHashMap<>();
    // jsoup nodes compare by identity, so a linked map keeps ties in document order
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    private final List<Element> hinted = new ArrayList<>();
    /** For boxes whose names say content: their initial score and the part of it that the names gave. */
    private final Map<Element, double[]> named = new IdentityHashMap<>();
    private boolean[] unlikely;
    /** Whether the content's root is, or mostly holds, the element the page itself marks as the article body. */
    private boolean markedBody;
    /** The parent of a live blog's entries when {@link #streamAround} made it the content, or null. */
    private Element stream;
    /** That element when it lies inside the content's root, or null. */
    private Element innerBody;

    private MainContentExtractor(List<HtmlBlock> blocks, Map<Element, NodeStats> stats, Element body,
                                 String articleBody, Set<String> titles) {
        this.blocks = blocks;
        this.stats = stats;
        this.body = body;
        this.articleBody = articleBody;
        this.titles = titles;
        this.bodyChars = stats(body).chars;
    }

    /**
     * @param blocks      the page's blocks in order
     * @param stats       statistics of its elements
     * @param body        the page's body
     * @param articleBody the JSON-LD article body, or null
     * @param titles      what the page's metadata calls its headline; a block that opens with one is not body
     * @return for each block, whether it is main content
     */
    static boolean[] select(List<HtmlBlock> blocks, Map<Element, NodeStats> stats, Element body, String articleBody,
                            Set<String> titles) {
        return new MainContentExtractor(blocks, stats, body, articleBody, titles).select();
    }

    private boolean[] select() {
        int n = blocks.size();
        boolean[] main = new boolean[n];
        if (n == 0) {
            return main;
        }
        unlikely = new boolean[n];
        for (int i = 0; i < n; i++) {
            unlikely[i] = inUnlikely(blocks.get(i).anchor());
        }
        score();
        Element top = topCandidate();
        if (top == null) {
            // Nothing reads as prose: keep every block that is not chrome, rather than guess.
            for (int i = 0; i < n; i++) {
                main[i] = !unlikely[i] && !isHeadline(blocks.get(i));
            }
            return main;
        }
        Set<Element> roots = roots(top);
        for (int i = 0; i < n; i++) {
            main[i] = inContent(blocks.get(i), roots) && keepInside(blocks.get(i));
        }
        for (int i = n - 1; innerBody != null && i >= 0 && !within(blocks.get(i).anchor(), innerBody); i--) {
            main[i] = false;
        }
        extendEdges(main);
        dropChromeHeadings(main);
        if (articleBody != null) {
            new ShingleMatch(articleBody).reconcile(blocks, main);
        }
        return main;
    }

    // ---- 1. chrome containers

    private boolean inUnlikely(Element anchor) {
        Element e = anchor;
        for (int level = 0; e != null && e != body && level < MAX_ANCESTRY; level++) {
            if (isUnlikely(e)) {
                return true;
            }
            e = e.parent();
        }
        return false;
    }

    private boolean isUnlikely(Element e) {
        Boolean known = unlikelyMemo.get(e);
        if (known == null) {
            // A "sidebar-layout" wrapper around most of the page is not a sidebar.
            known = ClassHints.unlikely(e) && stats(e).chars <= bodyChars / 2;
            unlikelyMemo.put(e, known);
        }
        return known;
    }

    // ---- 2. scoring

    private void score() {
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock b = blocks.get(i);
            // A block that is mostly link text is a menu or a button row, not prose, however long.
            if (unlikely[i] || b.chars() < MIN_SCORING_CHARS || b.anchor() == null || 2 * b.linkChars() > b.chars()) {
                continue;
            }
            double points;
            switch (b.kind()) {
                case PARAGRAPH, BLOCKQUOTE, PREFORMATTED -> points = 1;
                case LIST_ITEM -> points = 0.5;
                default -> {
                    continue;
                }
            }
            String text = b.text();
            points += commas(text) + Math.min(text.length() / 100, 3);
            if (b.kind() == BlockKind.LIST_ITEM) {
                points /= 2;
            }
            Element e = CONTAINERS.contains(b.anchor().normalName()) ? b.anchor() : b.anchor().parent();
            for (int level = 0; e != null && level < SCORE_LEVELS; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                double share = points / divider;
                Double current = scores.get(e);
                if (current == null) {
                    int weight = ClassHints.weight(e);
                    current = initialScore(e) + weight;
                    if (weight > 0) {
                        named.put(e, new double[] {current, weight});
                    }
                    if (ClassHints.articleBody(e)) {
                        hinted.add(e);
                    }
                }
                scores.put(e, current + share);
                if (e == body) {
                    break;
                }
                e = e.parent();
            }
        }
    }

    private static double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base;
    }

    private double finalScore(Element e) {
        Double raw = scores.get(e);
        if (raw == null) {
            return 0;
        }
        double score = raw;
        double[] name = named.get(e);
        if (name != null && raw - name[0] < MIN_NAMED_POINTS) {
            score -= name[1];
        }
        return score * (1 - stats(e).linkDensity());
    }

    private Element topCandidate() {
        Element top = null;
        double best = 0;
        for (Element e : scores.keySet()) {
            double s = finalScore(e);
            if (s > best) {
                best = s;
                top = e;
            }
        }
        if (top == null) {
            return null;
        }
        // An ancestor at least as good holds more of the article (paragraphs grouped in several boxes).
        double last = best;
        double threshold = best / 3;
        Element parent = top.parent();
        for (int level = 0; parent != null && parent != body.parent() && level < MAX_ANCESTRY; level++) {
            if (!scores.containsKey(parent)) {
                parent = parent.parent();
                continue;
            }
            double s = finalScore(parent);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = parent;
                break;
            }
            last = s;
            parent = parent.parent();
        }
        top = streamAround(top);
        // The element the page itself calls the article body wins when it is not far broader.
        for (Element h : hinted) {
            if (isAncestor(h, top) && stats(h).chars <= 3 * stats(top).chars + 200) {
                top = h;
            }
        }
        // ... and one inside the candidate that holds most of its text is where the article ends: what follows it
        // there is the writer's bio or a print-edition note (a standfirst before it stays).
        markedBody = ClassHints.articleBody(top);
        if (!markedBody) {
            for (Element h : hinted) {
                if (2 * stats(h).chars >= stats(top).chars && isAncestor(top, h)
                        && (innerBody == null || stats(h).chars > stats(innerBody).chars)) {
                    innerBody = h;
                }
            }
            markedBody = innerBody != null;
        }
        // A lone child says no more than its parent.
        for (int level = 0; top != body && top.parent() != null && top.parent().childrenSize() == 1
                && level < MAX_ANCESTRY; level++) {
            top = top.parent();
        }
        return top;
    }

    /**
     * A live blog's entries, or any story told in a run of like boxes ({@code <div class="lb-post">} five times),
     * score one by one, and the best entry alone would be the content. When the candidate, or one of its
     * {@value #STREAM_LEVELS} nearest ancestors, is one of at least {@value #MIN_STREAM_ENTRIES} siblings of the
     * same tag and first class name, and the other entries hold at least as much text as it does (an article among
     * a few teaser cards holds far more), their parent is the content.
     */
    private Element streamAround(Element top) {
        Element entry = top;
        for (int level = 0; level < STREAM_LEVELS && entry != body && entry.parent() != null
                && entry.parent() != body; level++) {
            String family = firstClass(entry);
            Element parent = entry.parent();
            if (!family.isEmpty() && parent.childrenSize() >= MIN_STREAM_ENTRIES) {
                int entries = 0;
                int othersText = 0;
                for (Element sibling : parent.children()) {
                    if (sibling.normalName().equals(entry.normalName()) && firstClass(sibling).equals(family)) {
                        entries++;
                        if (sibling != entry) {
                            othersText += stats(sibling).chars - stats(sibling).linkChars;
                        }
                    }
                }
                NodeStats own = stats(entry);
                if (entries >= MIN_STREAM_ENTRIES && othersText >= own.chars - own.linkChars) {
                    stream = parent;
                    return parent;
                }
            }
            entry = entry.parent();
        }
        return top;
    }

    /** How far above the best box its entry of a stream may lie ({@code div.content} in {@code div.entry}). */
    private static final int STREAM_LEVELS = 3;
    /** A stream has this many entries at least. */
    private static final int MIN_STREAM_ENTRIES = 3;

    private static String firstClass(Element e) {
        String names = e.className();
        int space = names.indexOf(' ');
        return space < 0 ? names : names.substring(0, space);
    }

    private boolean within(Element e, Element ancestor) {
        return e == ancestor || e != null && isAncestor(ancestor, e);
    }

    private boolean isAncestor(Element ancestor, Element e) {
        Element p = e.parent();
        for (int level = 0; p != null && level < MAX_ANCESTRY; level++) {
            if (p == ancestor) {
                return true;
            }
            p = p.parent();
        }
        return false;
    }

    // ---- 3. siblings

    private Set<Element> roots(Element top) {
        Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        roots.add(top);
        Element parent = top.parent();
        if (top == body || parent == null) {
            return roots;
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        boolean afterTop = false;
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                afterTop = true;
                continue;
            }
            if (stats.get(sibling) == null || isUnlikely(sibling)) {
                continue;
            }
            // after a body the page marks as such, only another part of that body belongs to it
            if (afterTop && markedBody && !ClassHints.articleBody(sibling)) {
                continue;
            }
            double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                NodeStats s = stats(sibling);
                if (s.chars > 80 && s.linkDensity() < 0.25 || s.chars > 0 && s.linkChars == 0
                        && endsSentence(sibling.text())) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    // ---- 4. inside the content

    /** Whether a block lies under a root with no cut container between. */
    private boolean inContent(HtmlBlock b, Set<Element> roots) {
        Element e = b.anchor();
        for (int level = 0; e != null && level < MAX_ANCESTRY; level++) {
            if (roots.contains(e)) {
                return true;
            }
            if (isCut(e) || isTeaser(e, roots)) {
                return false;
            }
            e = e.parent();
        }
        return false;
    }

    /**
     * An {@code article} nested in the content that is small and has a heading is a teaser for another story
     * ("More from Metro"), not part of this one.
     */
    private boolean isTeaser(Element e, Set<Element> roots) {
        if (!e.normalName().equals("article") || e.parent() == stream) {
            return false; // an entry of the stream the content is, not a teaser
        }
        NodeStats s = stats(e);
        int contentChars = 0;
        for (Element root : roots) {
            contentChars += stats(root).chars;
        }
        return s.headingChars > 0 && s.chars * 10 < contentChars * 3;
    }

    /** Readability's conditional cleaning: containers inside the content that look like chrome. */
    private boolean isCut(Element e) {
        Boolean known = cutMemo.get(e);
        if (known != null) {
            return known;
        }
        boolean cut = decideCut(e);
        cutMemo.put(e, cut);
        return cut;
    }

    private boolean decideCut(Element e) {
        String tag = e.normalName();
        if (ALWAYS_CUT.contains(tag) || ClassHints.unlikely(e)) {
            return true;
        }
        if (!CONDITIONAL.contains(tag)) {
            return false;
        }
        int weight = ClassHints.weight(e);
        if (weight < 0) {
            return true;
        }
        NodeStats s = stats(e);
        if (s.commas >= 10) {
            return false;
        }
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl")
                || s.chars > 0 && (double) s.listChars / s.chars > 0.9;
        double linkDensity = s.linkDensity();
        double headingDensity = s.chars == 0 ? 0 : (double) s.headingChars / s.chars;
        boolean inFigure = tag.equals("figure");
        if (s.images > 1 && (double) s.paragraphs / s.images < 0.5 && !inFigure) {
            return true;
        }
        if (!list && s.listItems - 100 > s.paragraphs) {
            return true;
        }
        if (s.inputs > s.paragraphs / 3) {
            return true;
        }
        if (!list && headingDensity < 0.9 && s.chars < MIN_SCORING_CHARS && (s.images == 0 || s.images > 2)
                && !inFigure) {
            return true;
        }
        if (!list && weight < 25 && linkDensity > (s.chars < 200 ? 0.33 : s.paragraphs == 0 ? 0.3 : 0.4)) {
            return true;
        }
        if (list && linkDensity > 0.5) {
            return true;
        }
        if (weight >= 25 && linkDensity > 0.5) {
            return true;
        }
        return s.embeds == 1 && s.chars < 75 || s.embeds > 1 && s.chars < 200;
    }

    /** Block-level judgement inside the content: headline, link lines, bylines and copyright are not body. */
    private boolean keepInside(HtmlBlock b) {
        if (isHeadline(b)) {
            return false;
        }
        // <p class="caption">, <p class="byline">, <span class="credit">: short text whose own names say chrome
        if (b.chars() < 300 && b.anchor() != null
                && (ClassHints.weight(b.anchor()) < 0 || ClassHints.chromeText(b.anchor()))) {
            return false;
        }
        double ld = b.linkDensity();
        if (ld > 0.75 || ld > 0.5 && b.chars() < 300) {
            return false;
        }
        return !isByline(b.text()) && !isCopyright(b.text());
    }

    private boolean isHeadline(HtmlBlock b) {
        return b.kind() == BlockKind.HEADING && b.level() == 1 || titles.contains(b.lines().get(0));
    }

    /**
     * A heading kept in the content whose section turned out to be chrome ("Related stories" over a cut link
     * list) goes too: one with no kept prose after it, or followed by two or more cut blocks.
     */
    private void dropChromeHeadings(boolean[] main) {
        boolean proseAfter = false;
        int cutRun = 0;
        for (int i = main.length - 1; i >= 0; i--) {
            if (blocks.get(i).kind() == BlockKind.HEADING) {
                if (main[i] && (!proseAfter || cutRun >= 2)) {
                    main[i] = false;
                }
                cutRun = 0;
            } else if (main[i]) {
                proseAfter = true;
                cutRun = 0;
            } else {
                cutRun++;
            }
        }
    }

    // ---- 5. edges

    private void extendEdges(boolean[] main) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < main.length; i++) {
            if (main[i]) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        Set<Element> contentAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < main.length; i++) {
            if (main[i]) {
                Element e = blocks.get(i).anchor();
                for (int level = 0; e != null && level < MAX_ANCESTRY && contentAncestors.add(e); level++) {
                    e = e.parent();
                }
            }
        }
        extend(main, first, -1, contentAncestors);
        // After a body the page marks as such (itemprop=articleBody, article-body) comes what the page does not
        // count as the article: a support appeal, the writer's bio, a print-edition note.
        if (!markedBody) {
            extend(main, last, +1, contentAncestors);
        }
    }

    private void extend(boolean[] main, int from, int step, Set<Element> contentAncestors) {
        int skips = 0;
        for (int i = from + step; i >= 0 && i < main.length; i += step) {
            HtmlBlock b = blocks.get(i);
            if (main[i]) {
                skips = 0;
                continue;
            }
            if (unlikely[i] || b.kind() == BlockKind.HEADING || inChromeBox(b.anchor(), contentAncestors)) {
                return;
            }
            // Before the body only a full paragraph joins: a one-line standfirst is the subtitle.
            if (isProse(b) && (step > 0 || b.chars() >= 100)) {
                main[i] = true;
                skips = 0;
            } else if (++skips > MAX_EDGE_SKIPS || b.chars() > 200) {
                return;
            }
        }
    }

    /**
     * Whether a block outside the content sits in a box that looks like chrome (an author bio, a comment, a
     * teaser card), below the point where its ancestry joins the content's. An article's own {@code header},
     * where standfirsts live, does not count.
     */
    private boolean inChromeBox(Element anchor, Set<Element> contentAncestors) {
        Element e = anchor;
        for (int level = 0; e != null && level < MAX_ANCESTRY && !contentAncestors.contains(e); level++) {
            if (isCut(e) && !e.normalName().equals("header")) {
                return true;
            }
            e = e.parent();
        }
        return false;
    }

    /** A block that reads like a body paragraph: sentences, few links, not a byline. */
    private static boolean isProse(HtmlBlock b) {
        if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.BLOCKQUOTE || b.linkDensity() >= 0.25) {
            return false;
        }
        String text = b.text();
        if (isByline(text) || isCopyright(text)) {
            return false;
        }
        return b.chars() >= 100 && words(text) >= 15 || b.chars() >= 40 && endsSentence(text) && words(text) >= 8;
    }

    // ---- text tests

    static boolean isByline(String text) {
        if (text.length() > 120) {
            return false;
        }
        for (String prefix : new String[] {"By ", "BY ", "Von ", "Par ", "Por ", "Door ", "Written by ",
                "Words by ", "Posted by ", "Reporting by ", "Published ", "Updated ", "Last updated",
                "Posted ", "Photo:", "Photograph:", "Image:", "Credit:", "Source:"}) {
            if (text.startsWith(prefix)) {
                if (prefix.equals("Reporting by ")) {
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    static boolean isCopyright(String text) {
        if (text.length() > 300) {
            return false;
        }
        return text.startsWith("\u00a9") || text.startsWith("Copyright") || text.startsWith("(c) ")
                || text.startsWith("(C) ") || text.startsWith("All rights reserved");
    }

    static boolean endsSentence(String text) {
        int end = text.length() - 1;
        while (end >= 0 && "\"'\u201d\u2019\u00bb)]".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && ".!?\u2026:".indexOf(text.charAt(end)) >= 0;
    }

    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
                commas++;
            }
        }
        return commas;
    }

    private NodeStats stats(Element e) {
        NodeStats s = stats.get(e);
        return s == null ? EMPTY : s;
    }

    private static final NodeStats EMPTY = new NodeStats();
}
