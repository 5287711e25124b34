package io.broadsheet.internal.load;

/**
 * Character classes for the loader's scans, and the one pass that classifies a line, so that the common line (no
 * inline markup, no character to normalise) is copied once and never looked at again. The character sets are
 * exactly those of {@link InlineMarkdown#strip}'s quick check, {@link TextCleaner#cleanInline} and
 * {@link TextCleaner#normaliseLines}.
 */
final class LineScan {

    /** The line holds a character that may start inline Markdown: {@code \ * _ [ < &}. */
    static final int MARKUP = 1;
    /**
     * The line holds a character other than NBSP that {@link TextCleaner#cleanInline} replaces or drops, or edge
     * spaces.
     */
    static final int OTHER_UNCLEAN = 2;
    /**
     * The line holds a no-break space, which {@link TextCleaner#cleanInline} makes a plain space. Flagged apart
     * because it is by far the most common unclean character (pasted transcripts put one after every sentence),
     * and a line whose only unclean characters are NBSPs is cleaned by a simple replace.
     */
    static final int NBSP = 64;
    /** The line holds a character that {@link TextCleaner#cleanInline} replaces or drops, or edge spaces. */
    static final int UNCLEAN = OTHER_UNCLEAN | NBSP;
    /** The line holds {@code * ] <}, without which it cannot show {@code **}, {@code ](} or {@code <http}. */
    static final int MARKDOWN_HINT = 4;

    /** The character is {@code \n}. */
    static final int NEWLINE = 8;
    /** The character is {@code <}. */
    static final int ANGLE = 16;
    /** {@link TextCleaner#normaliseLines} changes or removes the character. */
    static final int NORMALISE = 32;

    /**
     * The flags of the Latin-1 chars, so that a scan costs one load per character of most text; {@link #flagsOf}
     * answers for the rest (curly quotes, dashes, other scripts), which are few in a press document. A table of
     * all 65,536 chars took 17-28 ms of every process's start-up to fill.
     */
    private static final byte[] FLAGS = new byte[0x100];

    static {
        for (int c = 0; c < FLAGS.length; c++) {
            FLAGS[c] = (byte) flagsOf((char) c);
        }
    }

    private static int flagsOf(char c) {
        int flags = switch (c) {
            case '\\', '_', '[', '&' -> MARKUP;
            case '*', '<' -> MARKUP | MARKDOWN_HINT;
            case ']' -> MARKDOWN_HINT;
            default -> 0;
        };
        if (c < 0x20 || c >= 0x7F && c < 0xA1 || c == '\u00AD' || c == '\u1680' || c >= '\u2000' && c <= '\u200D'
                || c == '\u202F' || c == '\u205F' || c == '\u2060' || c == '\u3000' || c == '\uFEFF') {
            flags |= c == '\u00A0' ? NBSP : OTHER_UNCLEAN;
        }
        if (c == '\n') {
            flags |= NEWLINE;
        } else if (c == '<') {
            flags |= ANGLE;
        } else if (c < 0x20 && c != '\t' || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            flags |= NORMALISE;
        }
        return flags;
    }

    /** @return the flags of one character */
    static int flags(char c) {
        return c < FLAGS.length ? FLAGS[c] : flagsOf(c);
    }

    private LineScan() {
    }

    /**
     * @return the {@link #MARKUP}, {@link #UNCLEAN}, {@link #MARKDOWN_HINT} and {@link #NORMALISE} flags of
     *         text[begin, end)
     */
    static int classify(char[] text, int begin, int end) {
        if (begin == end) {
            return 0;
        }
        int flags = text[begin] == ' ' || text[end - 1] == ' ' ? OTHER_UNCLEAN : 0;
        for (int i = begin; i < end; i++) {
            flags |= flags(text[i]);
        }
        return flags & (MARKUP | UNCLEAN | MARKDOWN_HINT | NORMALISE);
    }

    /**
     * Finds the end of the line that starts at {@code begin} and the flags of all its characters in one pass. A
     * method of its own (not a loop inside the block reader's) so that the JIT compiles this hot loop alone,
     * quickly, rather than recompiling the whole reader around it.
     *
     * @return the offset of the line's {@code \n} (or {@code length}) in the low 32 bits, the OR of its
     *         characters' {@link #flags} in the high 32 bits
     */
    static long scanLine(char[] text, int begin, int length) {
        int flags = 0;
        int end = begin;
        while (end < length) {
            char c = text[end];
            if (c == '\n') {
                break;
            }
            flags |= flags(c);
            end++;
        }
        return (long) flags << 32 | end;
    }

    /** True when text[begin, end) holds {@code **}, {@code ](} or {@code <http}, the signs of Markdown. */
    static boolean hasMarkdownSignal(char[] text, int begin, int end) {
        for (int i = begin; i + 1 < end; i++) {
            char c = text[i];
            char next = text[i + 1];
            if (c == '*' && next == '*' || c == ']' && next == '(' || c == '<' && next == 'h' && i + 5 <= end
                    && text[i + 2] == 't' && text[i + 3] == 't' && text[i + 4] == 'p') {
                return true;
            }
        }
        return false;
    }

    /** True when a trimmed line opening with this character may be a heading, list item or block quotation. */
    static boolean mayOpenBlock(char first) {
        return first == '#' || first == '-' || first == '*' || first == '+' || first == '>'
                || Character.isDigit(first) || first >= '\u2022' && isBullet(first);
    }

    /**
     * The bullet signs that pages copied as text and word processors put before list items instead of Markdown's
     * {@code -}: {@code •}, {@code ‣}, {@code ▪}, {@code ●}, {@code ◦}.
     */
    static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u2023' || c == '\u25AA' || c == '\u25CF' || c == '\u25E6';
    }
}
