package io.broadsheet.internal.html;

import io.broadsheet.internal.load.TextCleaner;
import io.broadsheet.spi.MetadataKeys;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a page states about itself: {@code <title>}, Open Graph and other {@code meta} tags, JSON-LD
 * ({@code headline}, {@code datePublished}, {@code author}, {@code publisher}, {@code articleBody}, inside
 * {@code @graph} or arrays, a publisher given by {@code @id} resolved to the object of that id),
 * {@code <time datetime>}, the canonical link and the first {@code h1}.
 *
 * <p>Values are trimmed and normalised like block text; the first source in order of authority wins. The
 * JSON-LD {@code articleBody} is not metadata but a strong hint for main-content extraction, so it is returned
 * separately.
 */
public final class PageMetadata {

    /** Longest value kept for a metadata key; longer ones are cut (descriptions can be whole articles). */
    static final int MAX_VALUE = 2000;
    /** JSON-LD scripts larger than this are not read. */
    static final int MAX_JSON_LD = 4 << 20;

    /** Meta names (lower case) that state the publication date, most authoritative first. */
    // Selectors parsed once: jsoup parses a selector string anew on every call. Evaluators hold no state
    // between calls, so all threads share them.
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator DATE_PUBLISHED =
            QueryParser.parse("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "published_time", "datepublished", "date", "dc.date", "dc.date.issued",
            "dc.date.created", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date", "pubdate",
            "publishdate", "publish-date", "publish_date", "article.published", "article_date_original",
            "original-publish-date", "cxenseparse:recs:publishtime", "displaydate", "dc.date.modified",
            "article:modified_time", "og:updated_time", "lastmod");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "byl", "dc.creator", "dcterms.creator");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "liveblogposting", "report", "pressrelease", "scholarlyarticle", "techarticle",
            "socialmediaposting", "webpage", "creativework");

    private PageMetadata() {
    }

    /** Metadata by {@link MetadataKeys} key, plus the JSON-LD article body when the page has one. */
    public record Result(Map<String, String> metadata, Optional<String> articleBody) {
        /** Copies. */
        public Result {
            metadata = Map.copyOf(metadata);
        }
    }

    /**
     * @param page the parsed page, before anything is removed from it
     * @return its metadata
     */
    public static Result read(Document page) {
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, String> tags = metaTags(page);
        JsonLd jsonLd = JsonLd.read(page);

        put(meta, MetadataKeys.TITLE, page.title());
        put(meta, MetadataKeys.OG_TITLE, first(tags, "og:title", "twitter:title"));
        put(meta, MetadataKeys.HEADLINE, jsonLd.headline);
        put(meta, MetadataKeys.SITE_NAME, properCase(withoutRepeat(first(tags, "og:site_name", "application-name")),
                jsonLd.publisher));
        put(meta, MetadataKeys.SITE_NAME, jsonLd.publisher);
        put(meta, MetadataKeys.DESCRIPTION, first(tags, "og:description", "description", "twitter:description"));
        put(meta, MetadataKeys.SECTION, first(tags, "article:section", "parsely-section", "section"));
        put(meta, MetadataKeys.SECTION, jsonLd.section);

        for (String name : DATE_META.subList(0, DATE_META.indexOf("dc.date.modified"))) {
            put(meta, MetadataKeys.PUBLISHED, tags.get(name));
        }
        put(meta, MetadataKeys.PUBLISHED, jsonLd.published);
        put(meta, MetadataKeys.PUBLISHED, timeElement(page));
        for (String name : DATE_META.subList(DATE_META.indexOf("dc.date.modified"), DATE_META.size())) {
            put(meta, MetadataKeys.PUBLISHED, tags.get(name));
        }
        put(meta, MetadataKeys.PUBLISHED, jsonLd.modified);
        put(meta, MetadataKeys.MODIFIED, first(tags, "article:modified_time", "og:updated_time", "dc.date.modified"));
        put(meta, MetadataKeys.MODIFIED, jsonLd.modified);

        put(meta, MetadataKeys.AUTHOR, jsonLd.author);
        for (String name : AUTHOR_META) {
            String value = tags.get(name);
            if (value != null && !value.startsWith("http")) {
                put(meta, MetadataKeys.AUTHOR, stripBy(value));
            }
        }

        Element canonical = page.selectFirst(CANONICAL);
        put(meta, MetadataKeys.CANONICAL_URL, canonical == null ? null : canonical.attr("href"));
        put(meta, MetadataKeys.CANONICAL_URL, first(tags, "og:url", "twitter:url"));
        put(meta, MetadataKeys.CANONICAL_URL, jsonLd.url);

        Element h1 = page.body() == null ? null : page.body().selectFirst(H1);
        put(meta, MetadataKeys.H1, h1 == null ? null : h1.text());
        return new Result(meta, Optional.ofNullable(jsonLd.articleBody).filter(s -> !s.isBlank()));
    }

    /**
     * Cuts the site name from a {@code <title>}: {@code Talks collapse | The Daily Planet} becomes
     * {@code Talks collapse}. The known site name is cut wherever it stands; otherwise the longest part between
     * separators is kept when the others are short.
     *
     * @param title    the page title
     * @param siteName the site name if known, or null
     * @return the title without the site's name
     */
    public static String cleanTitle(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        for (int round = 0; round < 3; round++) {
            String cut = cutSite(t, siteName);
            if (cut.equals(t)) {
                break;
            }
            t = cut;
        }
        return t;
    }

    /**
     * The site's name as a {@code <title>} gives it after the headline: {@code Chip Maker Picks Ohio - The Daily
     * Ledger} with the headline {@code Chip Maker Picks Ohio} gives {@code The Daily Ledger}; after a section
     * ({@code ... | Environment | The Sentinel}) the last part. For pages that state no site name.
     *
     * @param pageTitle the page's {@code <title>}, or null
     * @param headline  the headline the page was given
     * @return the site's name, or null when the title is not the headline followed by a short name
     */
    public static String siteNameAfterHeadline(String pageTitle, String headline) {
        if (pageTitle == null || headline == null || headline.isEmpty() || !pageTitle.startsWith(headline)) {
            return null;
        }
        String rest = pageTitle.substring(headline.length());
        for (String sep : SEPARATORS) {
            if (rest.startsWith(sep)) {
                String name = rest.substring(sep.length());
                int last = name.lastIndexOf(sep);
                name = (last >= 0 ? name.substring(last + sep.length()) : name).strip();
                return name.isEmpty() || words(name) > MAX_SITE_NAME_WORDS ? null : name;
            }
        }
        return null;
    }

    private static String cutSite(String t, String siteName) {
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.strip();
            for (String sep : SEPARATORS) {
                if (t.endsWith(sep + site) && t.length() > site.length() + sep.length()) {
                    return t.substring(0, t.length() - site.length() - sep.length()).strip();
                }
                if (t.startsWith(site + sep) && t.length() > site.length() + sep.length()) {
                    return t.substring(site.length() + sep.length()).strip();
                }
            }
        }
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (words(head) >= 3 && words(tail) <= 4 && !isHeadlineTail(tail)) {
                    return head;
                }
                int first = t.indexOf(sep);
                String lead = t.substring(0, first).strip();
                String rest = t.substring(first + sep.length()).strip();
                if (words(lead) <= 3 && words(rest) >= 4) {
                    return rest;
                }
            }
        }
        return t;
    }

    /**
     * {@code – latest}, {@code – live}, {@code – as it happened}: words in lower case after a dash are the
     * headline's own, as live pages end it; a site's name is capitalised, or a domain ({@code theguardian.com}).
     */
    private static boolean isHeadlineTail(String tail) {
        return !tail.isEmpty() && Character.isLowerCase(tail.charAt(0)) && tail.indexOf('.') < 0;
    }

    /**
     * A site name that says itself twice, as a content system's template joins a page's site to its parent's
     * ({@code European Commission - European Commission}), said once.
     */
    private static String withoutRepeat(String name) {
        if (name == null || name.length() < 7) {
            return name;
        }
        for (String sep : SEPARATORS) {
            int half = (name.length() - sep.length()) / 2;
            if (2 * half + sep.length() == name.length() && name.startsWith(sep, half)
                    && name.regionMatches(0, name, half + sep.length(), half)) {
                return name.substring(0, half);
            }
        }
        return name;
    }

    /**
     * The site's name as the JSON-LD publisher writes it when the meta tag writes the same name in lower case
     * ({@code the Guardian}, a logo's styling, against {@code The Guardian}); a publisher in capitals
     * ({@code FRANCE 24} against {@code France 24}) does not replace the meta tag's name.
     */
    private static String properCase(String siteName, String publisher) {
        if (siteName == null || publisher == null || siteName.isEmpty() || publisher.isEmpty()
                || !Character.isLowerCase(siteName.charAt(0)) || !Character.isUpperCase(publisher.charAt(0))) {
            return siteName;
        }
        return siteName.strip().equalsIgnoreCase(publisher.strip()) ? publisher : siteName;
    }

    /** A site's name is a few words: {@code The Daily Ledger}, {@code Sentinel News & Media}. */
    private static final int MAX_SITE_NAME_WORDS = 6;
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ",
            " \u2022 ", " \u00bb ", " / ");

    private static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static String stripBy(String author) {
        String a = author.strip();
        return a.regionMatches(true, 0, "by ", 0, 3) ? a.substring(3).strip() : a;
    }

    /** All {@code meta} tags by lower-case {@code property}, {@code name} or {@code itemprop}; first one wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && key.length() < 100) {
                    tags.putIfAbsent(key, content);
                }
            }
        }
        return tags;
    }

    private static String timeElement(Document page) {
        Element published = page.selectFirst(DATE_PUBLISHED);
        if (published != null) {
            return published.hasAttr("datetime") ? published.attr("datetime") : published.attr("content");
        }
        Element time = page.selectFirst(TIME);
        return time == null ? null : time.attr("datetime");
    }

    private static String first(Map<String, String> tags, String... keys) {
        for (String key : keys) {
            String value = tags.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value == null || meta.containsKey(key)) {
            return;
        }
        String clean = TextCleaner.collapseSpaces(TextCleaner.cleanInline(
                value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value)).strip();
        if (!clean.isEmpty()) {
            meta.put(key, clean);
        }
    }

    /** What the page's JSON-LD says about its article; the first article-like object wins field by field. */
    private static final class JsonLd {
        String headline;
        String published;
        String modified;
        String author;
        String publisher;
        String section;
        String url;
        String articleBody;
        /** The {@code @id} of a publisher named elsewhere ({@code "publisher": {"@id": "...#publisher"}}). */
        String publisherId;
        /** The names of the objects that carry an {@code @id}, to resolve such references; made when needed. */
        Map<String, String> namesById;

        static JsonLd read(Document page) {
            JsonLd result = new JsonLd();
            for (Element script : page.select(JSON_LD)) {
                String json = script.data();
                if (json.length() > MAX_JSON_LD) {
                    continue;
                }
                JsonLite.parse(json).ifPresent(value -> result.visit(value, 0));
            }
            if (result.publisher == null && result.publisherId != null && result.namesById != null) {
                result.publisher = result.namesById.get(result.publisherId);
            }
            return result;
        }

        /** Visits the value's article-like objects: top level, array elements and {@code @graph} members. */
        private void visit(Object value, int depth) {
            if (depth > 3) {
                return;
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    visit(item, depth + 1);
                }
            } else if (value instanceof Map<?, ?> map) {
                if (isArticle(map.get("@type"))) {
                    take(map);
                }
                if (map.get("@id") instanceof String id && map.get("name") instanceof String name) {
                    if (namesById == null) {
                        namesById = new HashMap<>();
                    }
                    namesById.putIfAbsent(id, name);
                }
                Object graph = map.get("@graph");
                if (graph != null) {
                    visit(graph, depth + 1);
                }
                Object main = map.get("mainEntity");
                if (main instanceof Map<?, ?>) {
                    visit(main, depth + 1);
                }
            }
        }

        private static boolean isArticle(Object type) {
            if (type instanceof String s) {
                return ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT).replace("schema:", ""));
            }
            if (type instanceof List<?> list) {
                for (Object t : list) {
                    if (isArticle(t)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void take(Map<?, ?> article) {
            boolean page = "webpage".equalsIgnoreCase(String.valueOf(article.get("@type")));
            if (!page) {
                headline = headline != null ? headline : text(article.get("headline"));
                articleBody = articleBody != null ? articleBody : text(article.get("articleBody"));
                author = author != null ? author : name(article.get("author"));
                section = section != null ? section : text(article.get("articleSection"));
            }
            published = published != null ? published : text(article.get("datePublished"));
            modified = modified != null ? modified : text(article.get("dateModified"));
            publisher = publisher != null ? publisher : name(article.get("publisher"));
            if (publisher == null && publisherId == null && article.get("publisher") instanceof Map<?, ?> ref
                    && ref.get("@id") instanceof String id) {
                publisherId = id;
            }
            if (!page) {
                url = url != null ? url : text(article.get("url"));
            }
        }

        private static String text(Object value) {
            if (value instanceof String s) {
                return s;
            }
            if (value instanceof List<?> list && !list.isEmpty()) {
                return text(list.get(0));
            }
            return null;
        }

        /** A name: a string, an object's {@code name}, or the names of an array joined with commas. */
        private static String name(Object value) {
            if (value instanceof String s) {
                return s.startsWith("http") ? null : s;
            }
            if (value instanceof Map<?, ?> map) {
                return text(map.get("name"));
            }
            if (value instanceof List<?> list) {
                StringBuilder sb = new StringBuilder();
                for (Object item : list) {
                    String n = item instanceof Map<?, ?> || item instanceof String ? name(item) : null;
                    if (n != null && !n.isBlank()) {
                        if (sb.length() > 0) {
                            sb.append(", ");
                        }
                        sb.append(n.strip());
                    }
                }
                return sb.length() == 0 ? null : sb.toString();
            }
            return null;
        }
    }
}
