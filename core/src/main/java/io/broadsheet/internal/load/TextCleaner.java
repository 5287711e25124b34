package io.broadsheet.internal.load;

/**
 * Character-level normalisation shared by the text and HTML readers: unusual spaces become plain spaces,
 * invisible format characters and stray control characters go, line endings become {@code \n}.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    /** Normalises line endings and removes control characters other than tab and newline. */
    public static String normaliseLines(String text, int[] removedControls) {
        StringBuilder sb = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
            } else if (c == '\f' || c == '\u000B') {
                sb.append('\n');
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F) {
                removed++;
            } else {
                sb.append(c);
            }
        }
        if (removedControls != null && removedControls.length > 0) {
            removedControls[0] = removed;
        }
        return sb.toString();
    }

    /**
     * Normalises the characters of one line or paragraph: NBSP and the other Unicode spaces and tabs become
     * plain spaces; zero-width characters, soft hyphens and byte-order marks are removed. Runs of spaces are kept,
     * since offsets refer to this text; leading and trailing spaces are stripped.
     */
    public static String cleanInline(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                        '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\n' ->
                        sb.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // invisible: dropped so that words match across sources
                }
                default -> {
                    if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)) {
                        sb.append(c);
                    }
                }
            }
        }
        int begin = 0;
        int end = sb.length();
        while (begin < end && sb.charAt(begin) == ' ') {
            begin++;
        }
        while (end > begin && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(begin, end);
    }

    /**
     * @param text any text
     * @return whether it holds nothing but white space, Unicode spaces such as NBSP and invisible characters
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\u200C'
                    && c != '\u200D' && c != '\u2060' && c != '\uFEFF' && c != '\u00AD') {
                return false;
            }
        }
        return true;
    }

    /** Joins lines with single spaces, skipping empty ones. */
    public static String joinLines(Iterable<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** Collapses every run of white space (including NBSP-free HTML source indentation) into one space. */
    public static String collapseSpaces(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }
}
