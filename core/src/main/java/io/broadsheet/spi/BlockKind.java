package io.broadsheet.spi;

/** The structural role of a {@link Block} in the loaded source. */
public enum BlockKind {
    /** A heading: Markdown {@code #}, HTML {@code h1}..{@code h6}. {@link Block#level()} holds its level. */
    HEADING,
    /** An ordinary paragraph. */
    PARAGRAPH,
    /** An item of a bulleted or numbered list. */
    LIST_ITEM,
    /** A block quotation: Markdown {@code >}, HTML {@code blockquote}. */
    BLOCKQUOTE,
    /** A figure or photo caption, where the markup says so ({@code figcaption}). */
    CAPTION,
    /** Preformatted text. */
    PREFORMATTED
}
