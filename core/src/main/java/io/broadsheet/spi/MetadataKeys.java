package io.broadsheet.spi;

/** Keys of {@link SourceDocument#metadata()} that the loaders fill. Front-matter keys are kept as written. */
public final class MetadataKeys {
    /** The HTML {@code <title>}. */
    public static final String TITLE = "title";
    /** {@code og:title}. */
    public static final String OG_TITLE = "og:title";
    /** {@code og:site_name}, or the publisher from JSON-LD. */
    public static final String SITE_NAME = "site_name";
    /** The canonical URL: {@code link rel=canonical} or {@code og:url}. */
    public static final String CANONICAL_URL = "canonical";
    /**
     * The publication date or date-time as the page states it (ISO 8601 where the page uses it): from the
     * {@code meta} tags, JSON-LD {@code datePublished} or {@code <time datetime>}, else the modification date.
     */
    public static final String PUBLISHED = "published";
    /** The page's description meta tag. */
    public static final String DESCRIPTION = "description";
    /** The page's section ({@code article:section}). */
    public static final String SECTION = "section";
    /** The first {@code h1} of the page. */
    public static final String H1 = "h1";
    /** The headline the page's JSON-LD states. */
    public static final String HEADLINE = "headline";
    /** The author or authors (comma-separated) from JSON-LD or the {@code author} meta tags. */
    public static final String AUTHOR = "author";
    /** The date or date-time of the last modification, as the page states it. */
    public static final String MODIFIED = "modified";

    private MetadataKeys() {
    }
}
