package io.broadsheet.internal.html;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it: whether it names
 * content ({@code article-body}, {@code story}, {@code entry-content}) or chrome ({@code sidebar},
 * {@code related}, {@code newsletter}, {@code share}, {@code ad}).
 *
 * <p>Long, distinctive words match anywhere in the names; short ones ({@code ad}, {@code nav}, {@code tags})
 * only as whole tokens, so that {@code header} or {@code lead} do not read as {@code ad}. Besides class and id,
 * the {@code data-component} and {@code data-testid} names that component frameworks write can mark chrome.
 * Only the first {@value #MAX_NAMES} characters of the names are looked at, which keeps hostile attributes
 * cheap.
 */
final class ClassHints {

    static final int MAX_NAMES = 256;

    private static final List<String> POSITIVE = List.of("article", "body", "content", "entry", "hentry", "h-entry",
            "main", "page", "post", "text", "blog", "story", "prose", "richtext", "rich-text");
    private static final List<String> NEGATIVE = List.of("hidden", "banner", "combx", "comment", "com-", "contact",
            "footer", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "taboola", "promo", "related",
            "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "widget", "newsletter",
            "subscri", "social", "cookie", "consent", "byline", "author", "caption", "credit", "recommend",
            "popular", "trending", "mostread", "most-read", "breadcrumb", "signup", "sign-up", "disqus", "advert",
            "toolbar", "tooltip", "teaser", "paywall", "gateway", "regwall", "read-more", "readmore", "more-stories",
            "newsfeed", "rail", "dateline", "timestamp", "pagination", "pager", "login", "modal", "popup", "overlay",
            "jump", "print");
    private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "adv", "dfp", "gpt", "nav", "navbar",
            "menu", "tags", "tag", "tools", "date", "time", "aside", "extra", "infobox", "card", "cards", "header",
            "topics", "keywords", "follow", "donate", "donation", "embed", "video", "photo", "gallery", "image",
            "figure", "note", "disclaimer", "correction", "links", "bio", "byl");

    private static final List<String> UNLIKELY = List.of("-ad-", "ai2html", "banner", "breadcrumb", "combx",
            "comment", "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
            "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
            "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter",
            "share", "promo", "cookie", "consent", "subscri", "recommend", "outbrain", "taboola", "trending",
            "most-read", "mostread", "popular", "navbar", "navigation", "signup", "sign-up", "paywall", "modal",
            "gateway", "regwall");
    private static final List<String> MAYBE = List.of("and", "article", "body", "column", "content", "main",
            "shadow", "story", "entry", "post", "prose");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog", "banner", "contentinfo", "search", "toolbar");
    /** Data attributes in which component frameworks name what a box is ({@code data-qa="subscribe-promo"}). */
    private static final List<String> COMPONENT_ATTRIBUTES = List.of("data-component", "data-testid", "data-qa");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "menu");

    private ClassHints() {
    }

    /**
     * @param e an element
     * @return +25 per name that says content, -25 per name that says chrome, over class and id; in -50..50
     */
    static int weight(Element e) {
        return weightOf(names(e.className())) + weightOf(names(e.id()));
    }

    private static int weightOf(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (negative(names)) {
            weight -= 25;
        }
        if (containsAny(names, POSITIVE)) {
            weight += 25;
        }
        return weight;
    }

    /**
     * @param e an element
     * @return whether its names, role or tag say it is page chrome: menus, sidebars, comments, footers
     */
    static boolean unlikely(Element e) {
        String tag = e.normalName();
        if (CHROME_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("a") || tag.equals("article")
                || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))) {
            return false;
        }
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (UNLIKELY_ROLES.contains(role)) {
            return true;
        }
        if (e.attr("aria-modal").equals("true")) {
            return true;
        }
        String names = names(e.className() + " " + e.id());
        if (!names.isBlank() && containsAny(names, UNLIKELY) && !namesContent(names)) {
            return true;
        }
        // Component frameworks name a box's role in a data attribute rather than its class
        // (data-component="related-internet-links", data-testid="SignUpPrompt"); that name is read on its own,
        // so that a class naming the article around it does not excuse it.
        for (String attribute : COMPONENT_ATTRIBUTES) {
            String component = e.attr(attribute);
            if (!component.isEmpty()) {
                String name = names(component);
                if (containsAny(name, UNLIKELY) && !namesContent(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the names hold a word that may name the article ({@code article}, {@code post}, {@code main}), but
     * not in the plural ({@code related-posts} and {@code more-articles} are lists of other stories) nor as what
     * a chrome name owns.
     */
    private static boolean namesContent(String names) {
        for (String word : MAYBE) {
            for (int at = names.indexOf(word); at >= 0; at = names.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((end >= names.length() || names.charAt(end) != 's') && !ownedByChrome(names, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the part of a name right before the word at {@code at} names chrome: {@code gateway-content} and
     * {@code comment-body} are the content of a paywall and of a comment, while {@code main-header} is not a
     * header of the page, nor is {@code header-anchor-post} anything but a post's heading.
     */
    private static boolean ownedByChrome(String names, int at) {
        if (at < 2 || names.charAt(at - 1) != '-' && names.charAt(at - 1) != '_') {
            return false;
        }
        int start = at - 1;
        while (start > 0 && Character.isLetterOrDigit(names.charAt(start - 1))) {
            start--;
        }
        return start < at - 1 && containsAny(names.substring(start, at - 1), UNLIKELY);
    }

    /**
     * @param e an element
     * @return whether it is strongly marked as the article's body
     */
    static boolean articleBody(Element e) {
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("reviewBody")
                || itemprop.equalsIgnoreCase("text") && e.normalName().equals("div")) {
            return true;
        }
        String names = names(e.className() + " " + e.id());
        return names.contains("article-body") || names.contains("articlebody") || names.contains("article__body")
                || names.contains("story-body") || names.contains("storybody") || names.contains("entry-content")
                || names.contains("post-content") || names.contains("article-content")
                || names.contains("story-content") || names.contains("article-text") || names.contains("body-text");
    }

    /**
     * @param e the element holding a short block of text
     * @return whether its own names call it a byline, caption, credit, date or promotion, whatever else they say
     *         ({@code article-byline} is a byline even though it names the article)
     */
    static boolean chromeText(Element e) {
        String names = names(e.className() + " " + e.id());
        if (names.isBlank()) {
            return false;
        }
        return saysAny(names, CHROME_TEXT, CHROME_TEXT_TOKENS);
    }

    private static final List<String> CHROME_TEXT = List.of("byline", "caption", "credit", "dateline",
            "timestamp", "author", "newsletter", "subscri", "promo", "advert", "disclaimer", "copyright",
            "related", "share", "social", "kicker", "breadcrumb", "pubdate", "publish-date", "published-date");
    private static final Set<String> CHROME_TEXT_TOKENS = Set.of("date", "time", "ad", "ads", "tags", "meta",
            "source", "photo", "image", "updated", "posted", "eyebrow", "label");

    /** Whether the names say chrome: a long word anywhere, or a short word as a whole token. */
    static boolean negative(String names) {
        return saysAny(names, NEGATIVE, NEGATIVE_TOKENS);
    }

    /**
     * Whether lower-cased class and id names contain one of the long words anywhere ({@code newsletter-box}),
     * or one of the short words as a whole token ({@code ad}, but not {@code header}).
     */
    private static boolean saysAny(String names, List<String> anywhere, Set<String> wholeTokens) {
        if (containsAny(names, anywhere)) {
            return true;
        }
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            boolean letter = i < names.length() && Character.isLetterOrDigit(names.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 12 && wholeTokens.contains(names.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** @return lower-cased names, cut to {@value #MAX_NAMES} characters */
    static String names(String raw) {
        String cut = raw.length() > MAX_NAMES ? raw.substring(0, MAX_NAMES) : raw;
        return cut.toLowerCase(Locale.ROOT);
    }

    private static boolean containsAny(String names, List<String> words) {
        for (String word : words) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
