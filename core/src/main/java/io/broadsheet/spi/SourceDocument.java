package io.broadsheet.spi;

import io.broadsheet.internal.html.PageMetadata;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An input after loading and before format-specific parsing: decoded, normalised and cut into {@link Block}s,
 * with whatever metadata the markup stated. This is what a {@link FormatProvider} detects and parses.
 *
 * @param name     the input's name or path as given
 * @param markup   whether it was HTML, Markdown-ish or plain text
 * @param charset  the character set it was decoded with
 * @param blocks   the blocks in source order
 * @param metadata metadata from the markup, by lower-case key (see {@link MetadataKeys})
 * @param warnings problems met while loading, each naming where
 */
public record SourceDocument(String name, Markup markup, Charset charset, List<Block> blocks,
                             Map<String, String> metadata, List<String> warnings) {

    /** Validates and copies. */
    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(markup, "markup");
        Objects.requireNonNull(charset, "charset");
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param key a metadata key, for example {@link MetadataKeys#OG_TITLE}
     * @return the value, if the markup stated it
     */
    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /**
     * The headline the source states outside its body text: for HTML the page's first {@code h1}, else its
     * {@code og:title}, else its JSON-LD headline, else its {@code <title>} without the site's name; for text, a
     * front-matter {@code title}. Providers compare it with their first blocks to find the headline block.
     *
     * @return the stated headline, if any
     */
    public Optional<String> statedTitle() {
        if (markup != Markup.HTML) {
            return metadata(MetadataKeys.TITLE);
        }
        return metadata(MetadataKeys.H1)
                .or(() -> metadata(MetadataKeys.OG_TITLE))
                .or(() -> metadata(MetadataKeys.HEADLINE))
                .or(() -> metadata(MetadataKeys.TITLE)
                        .map(title -> PageMetadata.cleanTitle(title, metadata.get(MetadataKeys.SITE_NAME))));
    }

    /**
     * @param count how many blocks at most
     * @return the first non-empty blocks, the part of a document that detection should look at; on an HTML
     *         page, the first {@code count} blocks of main content with the chrome between them
     */
    public List<Block> head(int count) {
        if (markup != Markup.HTML) {
            return blocks.subList(0, Math.min(count, blocks.size()));
        }
        // A saved page opens with its chrome (cookie banner, menus, share buttons) before the article's first
        // line: blocks outside the main content do not use up the count, so that detection reaches the opening
        // however long the menu is. Bounded, so that a page of nothing but chrome is not read whole.
        int limit = Math.min(blocks.size(), count * MAX_CHROME_PER_HEAD_BLOCK);
        int end = 0;
        for (int content = 0; end < limit && content < count; end++) {
            if (blocks.get(end).mainContent()) {
                content++;
            }
        }
        return blocks.subList(0, end);
    }

    /** How many blocks {@link #head} reads at most on a page, for each block of main content it asks for. */
    private static final int MAX_CHROME_PER_HEAD_BLOCK = 8;

    /** How the input was marked up. */
    public enum Markup {
        /** An HTML page or fragment, read through Jsoup. */
        HTML,
        /** Text with Markdown conventions: {@code #} headings, {@code **bold**}, {@code <url>} links. */
        MARKDOWN,
        /** Plain text. */
        TEXT
    }
}
