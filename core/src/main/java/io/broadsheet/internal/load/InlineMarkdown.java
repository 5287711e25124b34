package io.broadsheet.internal.load;

import io.broadsheet.internal.WorkCounter;
import org.jsoup.parser.Parser;

import java.util.Arrays;

/**
 * Strips Markdown inline markup from one line: {@code **bold**}, {@code __bold__}, {@code *emphasis*},
 * {@code [text](url)}, {@code <https://autolink>}, backslash escapes and HTML entities.
 *
 * <p>A single left-to-right scan; each opener looks for its closer within {@value #WINDOW} characters only, so a
 * line full of unmatched markers costs linear time, not quadratic. The text inside a run is stripped in turn
 * (bold inside a link and so on). That nesting is kept on an explicit stack rather than by recursion, and all
 * runs write into one output array (an inner run's text lands exactly where the outer run would append it), so
 * the hot loop is one small method over {@code char[]}s that the JIT compiles once and cheaply.
 */
public final class InlineMarkdown {

    static final int WINDOW = 400;

    private static final int BOLD = 1;
    private static final int OTHER = 2;

    private InlineMarkdown() {
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
        WorkCounter.add(line.length());
        if (!hasMarkup(line)) {
            // Most lines have no markup: hand them back uncopied, which matters for multi-megabyte lines.
            return new Result(line, null);
        }
        char[] chars = line.toCharArray();
        return new Stripper(chars, 0, chars.length).run();
    }

    /**
     * {@link #strip(String)} of chars[begin, end), without first making the line a string.
     *
     * @param chars holds the line; only read
     * @return the line without inline markup, and the bold run that opened it
     */
    static Result strip(char[] chars, int begin, int end) {
        WorkCounter.add(end - begin);
        if (!hasMarkup(chars, begin, end)) {
            return new Result(new String(chars, begin, end - begin), null);
        }
        return new Stripper(chars, begin, end).run();
    }

    /** One line's stripping: the output so far, the runs in progress, and the line's leading bold run. */
    private static final class Stripper {
        private final char[] in;
        private final int lineBegin;
        private final int lineEnd;
        private char[] out;
        private int length;
        /** Enclosing runs, innermost last: bounds, kind, where the enclosing run resumes, where its text starts. */
        private int[] stack = new int[5 * 4];
        private int depth;
        private String leadingStrong;
        // out[0, blankUpTo) is known to be blank; advanced incrementally, so the check costs linear time overall
        private int blankUpTo;
        private boolean textSeen;

        /** Strips in[begin, end). */
        Stripper(char[] in, int begin, int end) {
            this.in = in;
            this.lineBegin = begin;
            this.lineEnd = end;
            this.out = new char[end - begin];
        }

        Result run() {
            char[] in = this.in;
            int from = lineBegin;
            int to = lineEnd;
            int i = lineBegin;
            while (true) {
                if (i >= to) {
                    if (depth == 0) {
                        return new Result(unescapeFrom(0), leadingStrong);
                    }
                    // an inner run ends: its text is already in place; resolve its entities, go back out
                    int top = --depth * 5;
                    int start = stack[top + 4];
                    String unescaped = unescapeFrom(start);
                    if (stack[top + 2] == BOLD && depth == 0) {
                        noteLeadingStrong(start, unescaped);
                    }
                    from = stack[top];
                    to = stack[top + 1];
                    i = stack[top + 3];
                    continue;
                }
                char c = in[i];
                if (!isSpecial(c)) {
                    // plain text up to the next character that may open markup, copied in one go
                    int end = i + 1;
                    while (end < to && !isSpecial(in[end])) {
                        end++;
                    }
                    append(in, i, end);
                    i = end;
                    continue;
                }
                int inner = -1;
                int innerEnd = -1;
                int resume = -1;
                int kind = OTHER;
                if (c == '\\') {
                    if (i + 1 < to && isMarkdownPunctuation(in[i + 1])) {
                        append(in, i + 1, i + 2);
                        i += 2;
                        continue;
                    }
                } else if (c == '*' || c == '_') {
                    if (i + 1 < to && in[i + 1] == c) {
                        int close = findCloser(i + 2, to, c, true);
                        if (close <= i + 2) {
                            append(in, i, i + 2);
                            i += 2;
                            continue;
                        }
                        inner = i + 2;
                        innerEnd = close;
                        resume = close + 2;
                        kind = BOLD;
                    } else if (i + 1 < to && !isWhitespace(in[i + 1]) && (i == from || !isLetterOrDigit(in[i - 1]))) {
                        int close = findCloser(i + 1, to, c, false);
                        if (close > i + 1 && !isWhitespace(in[close - 1])
                                && (close + 1 >= to || !isLetterOrDigit(in[close + 1]))) {
                            inner = i + 1;
                            innerEnd = close;
                            resume = close + 1;
                        }
                    }
                } else if (c == '[') {
                    int closeText = linkTextEnd(i, to);
                    int end = closeText < 0 ? -1 : linkTargetEnd(i, closeText, to);
                    if (end > 0) {
                        inner = i + 1;
                        innerEnd = closeText;
                        resume = end + 1;
                    }
                } else { // '<'
                    int end = autolinkEnd(i, to);
                    if (end > i) {
                        int target = startsWith("mailto:", i + 1, end) ? i + 1 + "mailto:".length() : i + 1;
                        append(in, target, end);
                        i = end + 1;
                        continue;
                    }
                }
                if (inner < 0) {
                    append(in, i, i + 1);
                    i++;
                    continue;
                }
                push(from, to, kind, resume);
                from = inner;
                to = innerEnd;
                i = inner;
            }
        }

        private void push(int from, int to, int kind, int resume) {
            int top = depth++ * 5;
            if (top + 5 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[top] = from;
            stack[top + 1] = to;
            stack[top + 2] = kind;
            stack[top + 3] = resume;
            stack[top + 4] = length;
        }

        private void append(char[] chars, int begin, int end) {
            int n = end - begin;
            if (length + n > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
            }
            System.arraycopy(chars, begin, out, length, n);
            length += n;
        }

        /**
         * Resolves HTML entities in out[start, length), in place. jsoup leaves an {@code &} alone unless a
         * letter, digit or {@code #} follows it, so without such an {@code &} its (costly to set up) entity
         * parser is not needed.
         *
         * @return out[start, length) as a string, after resolving
         */
        private String unescapeFrom(int start) {
            for (int j = start; j + 1 < length; j++) {
                if (out[j] == '&' && (isLetterOrDigit(out[j + 1]) || out[j + 1] == '#')) {
                    String resolved = Parser.unescapeEntities(new String(out, start, length - start), false);
                    length = start;
                    append(resolved.toCharArray(), 0, resolved.length());
                    return resolved;
                }
            }
            return new String(out, start, length - start);
        }

        private void noteLeadingStrong(int innerStart, String inner) {
            while (!textSeen && blankUpTo < innerStart) {
                textSeen = !isWhitespace(out[blankUpTo++]);
            }
            if (!textSeen && leadingStrong == null) {
                leadingStrong = inner;
            }
        }

        private int findCloser(int from, int to, char marker, boolean doubled) {
            int limit = Math.min(to, from + WINDOW);
            for (int j = from; j < limit; j++) {
                if (in[j] == marker && (!doubled || j + 1 < to && in[j + 1] == marker)) {
                    return j;
                }
            }
            return -1;
        }

        /** The {@code ]} closing the link text opened at {@code open} and followed by {@code (}, or -1. */
        private int linkTextEnd(int open, int to) {
            int limit = Math.min(to, open + WINDOW);
            for (int j = open + 1; j < limit; j++) {
                if (in[j] == ']') {
                    return j + 1 < to && in[j + 1] == '(' ? j : -1;
                }
                if (in[j] == '[') {
                    return -1;
                }
            }
            return -1;
        }

        /** The {@code )} closing the target of the link opened at {@code open}, or -1. */
        private int linkTargetEnd(int open, int closeText, int to) {
            int limit = Math.min(to, open + WINDOW);
            for (int j = closeText + 2; j < limit; j++) {
                char c = in[j];
                if (c == ')') {
                    return j;
                }
                if (c == ' ' || c == '(') {
                    return -1;
                }
            }
            return -1;
        }

        private int autolinkEnd(int open, int to) {
            if (!(startsWith("http://", open + 1, to) || startsWith("https://", open + 1, to)
                    || startsWith("mailto:", open + 1, to))) {
                return -1;
            }
            int limit = Math.min(to, open + WINDOW);
            for (int j = open + 1; j < limit; j++) {
                char c = in[j];
                if (c == '>') {
                    return j;
                }
                if (c == ' ' || c == '<') {
                    return -1;
                }
            }
            return -1;
        }

        /** True when in[at, to) starts with the ASCII prefix. */
        private boolean startsWith(String prefix, int at, int to) {
            if (at + prefix.length() > to) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (in[at + k] != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean hasMarkup(char[] line, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = line[i];
            if (isSpecial(c) || c == '&') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMarkup(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpecial(c) || c == '&') {
                return true;
            }
        }
        return false;
    }

    /** The characters that may open markup in the scan ({@code &} is resolved per run, at its end). */
    private static boolean isSpecial(char c) {
        return c == '\\' || c == '*' || c == '_' || c == '[' || c == '<';
    }

    /** {@link Character#isWhitespace(char)}, with ASCII decided inline. */
    private static boolean isWhitespace(char c) {
        return c < 0x80 ? c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII decided inline. */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    private static boolean isMarkdownPunctuation(char c) {
        return switch (c) {
            case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '<', '>', '|', '~' -> true;
            default -> false;
        };
    }
}
