package io.broadsheet.internal.load;

import org.jsoup.parser.Parser;

/**
 * The recursive implementation of {@link InlineMarkdown#strip} as it was before it became one iterative pass,
 * kept as the oracle that the iterative one must match on every input.
 */
final class InlineMarkdownReference {

    static final int WINDOW = 400;

    private InlineMarkdownReference() {
    }

    /**
     * The cleaned line and the bold run that opened it.
     *
     * @param text          the line without markup
     * @param leadingStrong the text of a bold run that opens the line, or null
     */
    public record Result(String text, String leadingStrong) {
    }

    /**
     * @param line one line of Markdown-ish text
     * @return the line without inline markup, and the bold run that opened it
     */
    public static Result strip(String line) {
        if (!hasMarkup(line)) {
            // Most lines have no markup: hand them back uncopied, which matters for multi-megabyte lines.
            return new Result(line, null);
        }
        StringBuilder out = new StringBuilder(line.length());
        String leadingStrong = null;
        // out[0, blankUpTo) is known to be blank; advanced incrementally, so the check costs linear time overall
        int blankUpTo = 0;
        boolean textSeen = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < n && isMarkdownPunctuation(line.charAt(i + 1))) {
                out.append(line.charAt(i + 1));
                i += 2;
            } else if ((c == '*' || c == '_') && i + 1 < n && line.charAt(i + 1) == c) {
                int close = findCloser(line, i + 2, c, true);
                if (close > i + 2) {
                    String inner = strip(line.substring(i + 2, close)).text();
                    while (!textSeen && blankUpTo < out.length()) {
                        textSeen = !Character.isWhitespace(out.charAt(blankUpTo++));
                    }
                    if (!textSeen && leadingStrong == null) {
                        leadingStrong = inner;
                    }
                    out.append(inner);
                    i = close + 2;
                } else {
                    out.append(c).append(c);
                    i += 2;
                }
            } else if ((c == '*' || c == '_') && i + 1 < n && !Character.isWhitespace(line.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))) {
                int close = findCloser(line, i + 1, c, false);
                if (close > i + 1 && !Character.isWhitespace(line.charAt(close - 1))
                        && (close + 1 >= n || !Character.isLetterOrDigit(line.charAt(close + 1)))) {
                    out.append(strip(line.substring(i + 1, close)).text());
                    i = close + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '[') {
                int linkEnd = link(line, i, out);
                if (linkEnd > i) {
                    i = linkEnd;
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '<' && autolinkEnd(line, i) > i) {
                int end = autolinkEnd(line, i);
                String target = line.substring(i + 1, end);
                out.append(target.startsWith("mailto:") ? target.substring("mailto:".length()) : target);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        String text = out.indexOf("&") >= 0 ? Parser.unescapeEntities(out.toString(), false) : out.toString();
        return new Result(text, leadingStrong);
    }

    private static boolean hasMarkup(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '\\', '*', '_', '[', '<', '&' -> {
                    return true;
                }
                default -> {
                    // plain character
                }
            }
        }
        return false;
    }

    private static int whiteSpaceEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int findCloser(String line, int from, char marker, boolean doubled) {
        int limit = Math.min(line.length(), from + WINDOW);
        for (int j = from; j < limit; j++) {
            if (line.charAt(j) == marker) {
                if (!doubled) {
                    return j;
                }
                if (j + 1 < line.length() && line.charAt(j + 1) == marker) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Handles {@code [text](target)}: appends the text and returns the index after the link, or -1. */
    private static int link(String line, int open, StringBuilder out) {
        int limit = Math.min(line.length(), open + WINDOW);
        int closeText = -1;
        for (int j = open + 1; j < limit; j++) {
            char c = line.charAt(j);
            if (c == ']') {
                closeText = j;
                break;
            }
            if (c == '[') {
                return -1;
            }
        }
        if (closeText < 0 || closeText + 1 >= line.length() || line.charAt(closeText + 1) != '(') {
            return -1;
        }
        for (int j = closeText + 2; j < limit; j++) {
            char c = line.charAt(j);
            if (c == ')') {
                out.append(strip(line.substring(open + 1, closeText)).text());
                return j + 1;
            }
            if (c == ' ' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static int autolinkEnd(String line, int open) {
        if (!(line.startsWith("http://", open + 1) || line.startsWith("https://", open + 1)
                || line.startsWith("mailto:", open + 1))) {
            return -1;
        }
        int limit = Math.min(line.length(), open + WINDOW);
        for (int j = open + 1; j < limit; j++) {
            char c = line.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c == ' ' || c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isMarkdownPunctuation(char c) {
        return "\\`*_{}[]()#+-.!<>|~".indexOf(c) >= 0;
    }
}
