package io.broadsheet.internal.load;

/**
 * Classifies a line in one pass, so that the common line (no inline markup, no character to normalise) is
 * copied once and never looked at again. The character sets are exactly those of
 * {@link InlineMarkdown#strip}'s quick check and {@link TextCleaner#cleanInline}'s.
 */
final class LineScan {

    /** The line holds a character that may start inline Markdown: {@code \ * _ [ < &}. */
    static final int MARKUP = 1;
    /** The line holds a character that {@link TextCleaner#cleanInline} replaces or drops, or edge spaces. */
    static final int UNCLEAN = 2;
    /** The line holds {@code * ] <}, without which it cannot show {@code **}, {@code ](} or {@code <http}. */
    static final int MARKDOWN_HINT = 4;

    /** Flags of the ASCII characters, by code. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII[c] = UNCLEAN;
        }
        ASCII[0x7F] = UNCLEAN;
        ASCII['\\'] = MARKUP;
        ASCII['_'] = MARKUP;
        ASCII['['] = MARKUP;
        ASCII['&'] = MARKUP;
        ASCII['*'] = MARKUP | MARKDOWN_HINT;
        ASCII['<'] = MARKUP | MARKDOWN_HINT;
        ASCII[']'] = MARKDOWN_HINT;
    }

    private LineScan() {
    }

    /** @return the {@link #MARKUP}, {@link #UNCLEAN} and {@link #MARKDOWN_HINT} flags of text[begin, end) */
    static int classify(String text, int begin, int end) {
        if (begin == end) {
            return 0;
        }
        int flags = text.charAt(begin) == ' ' || text.charAt(end - 1) == ' ' ? UNCLEAN : 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            flags |= c < 0x80 ? ASCII[c] : nonAscii(c);
        }
        return flags;
    }

    private static int nonAscii(char c) {
        return c < 0xA1 || c == '\u00AD' || c == '\u1680' || c >= '\u2000' && c <= '\u200D' || c == '\u202F'
                || c == '\u205F' || c == '\u2060' || c == '\u3000' || c == '\uFEFF' ? UNCLEAN : 0;
    }

    /** True when text[begin, end) holds {@code **}, {@code ](} or {@code <http}, the signs of Markdown. */
    static boolean hasMarkdownSignal(String text, int begin, int end) {
        for (int i = begin; i + 1 < end; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c == '*' && next == '*' || c == ']' && next == '(' || c == '<' && next == 'h'
                    && text.startsWith("http", i + 1) && i + 5 <= end) {
                return true;
            }
        }
        return false;
    }

    /** True when a trimmed line opening with this character may be a heading, list item or block quotation. */
    static boolean mayOpenBlock(char first) {
        return first == '#' || first == '-' || first == '*' || first == '+' || first == '>'
                || Character.isDigit(first);
    }
}
