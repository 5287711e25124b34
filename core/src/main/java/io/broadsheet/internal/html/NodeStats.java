package io.broadsheet.internal.html;

/**
 * Counts over one element's subtree, gathered in a single post-order pass so that the extractor can judge any
 * container in constant time.
 */
final class NodeStats {
    /** Non-white-space characters of visible text. */
    int chars;
    /** How many of {@link #chars} are inside links. */
    int linkChars;
    /** Commas in the text: a cheap measure of prose. */
    int commas;
    /** {@code p} elements. */
    int paragraphs;
    /** {@code li} elements. */
    int listItems;
    /** Characters inside {@code li} elements. */
    int listChars;
    /** Characters inside headings. */
    int headingChars;
    /** Images, including {@code picture} and {@code svg}. */
    int images;
    /** Form inputs, selects, text areas and buttons. */
    int inputs;
    /** Embedded frames, objects, videos. */
    int embeds;

    void addTo(NodeStats parent) {
        parent.chars += chars;
        parent.linkChars += linkChars;
        parent.commas += commas;
        parent.paragraphs += paragraphs;
        parent.listItems += listItems;
        parent.listChars += listChars;
        parent.headingChars += headingChars;
        parent.images += images;
        parent.inputs += inputs;
        parent.embeds += embeds;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
