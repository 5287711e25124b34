package io.broadsheet.internal.load;

import io.broadsheet.internal.WorkCounter;

import java.util.Arrays;

/**
 * Character-level normalisation shared by the text and HTML readers: unusual spaces become plain spaces,
 * invisible format characters and stray control characters go, line endings become {@code \n}.
 */
public final class TextCleaner {

    /** The longest text whose copy {@link #scratch} keeps for the next call on the same thread. */
    private static final int MAX_SCRATCH = 4096;

    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[256]);

    private TextCleaner() {
    }

    /** Normalises line endings and removes control characters other than tab and newline. */
    public static String normaliseLines(String text, int[] removedControls) {
        if (!needsLineNormalising(text)) {
            // The common case: hand the text back uncopied, which halves peak memory on large inputs.
            if (removedControls != null && removedControls.length > 0) {
                removedControls[0] = 0;
            }
            return text;
        }
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

    private static boolean needsLineNormalising(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    /**
     * Normalises the characters of one line or paragraph: NBSP and the other Unicode spaces and tabs become
     * plain spaces; zero-width characters, soft hyphens and byte-order marks are removed. Runs of spaces are kept,
     * since offsets refer to this text; leading and trailing spaces are stripped.
     */
    public static String cleanInline(CharSequence text) {
        WorkCounter.add(text.length());
        if (text instanceof String plain && isCleanInline(plain)) {
            return plain;
        }
        return clean(charsOf(text));
    }

    /**
     * {@link #cleanInline} of text[begin, end), known to need cleaning: copies that range once, not twice.
     */
    static String cleanInline(char[] text, int begin, int end) {
        WorkCounter.add(end - begin);
        return clean(Arrays.copyOfRange(text, begin, end));
    }

    /**
     * {@link #cleanInline} of text[begin, end), whose only unclean characters are NBSPs ({@link LineScan#NBSP}
     * without {@link LineScan#OTHER_UNCLEAN}): the common unclean line. {@link #becomesSpace} makes each NBSP a
     * space, and with none at either end there is nothing to strip, so a plain replace does: it costs no flag
     * lookup per character, as {@link #clean}'s general loop does (about 5 % of loading the 10 MB corpus).
     */
    static String cleanNbsp(char[] text, int begin, int end) {
        if (text[begin] == '\u00A0' || text[end - 1] == '\u00A0') {
            return cleanInline(text, begin, end); // an edge NBSP becomes a space that is stripped
        }
        WorkCounter.add(end - begin);
        char[] chars = Arrays.copyOfRange(text, begin, end);
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\u00A0') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /**
     * Cleans the characters in place (no per-character StringBuilder bookkeeping) and makes them a string. The
     * characters it replaces or drops are exactly those {@link LineScan#UNCLEAN} marks, so one table load passes
     * over all others.
     */
    private static String clean(char[] chars) {
        int length = 0;
        for (char c : chars) {
            if ((LineScan.flags(c) & LineScan.UNCLEAN) == 0) {
                chars[length++] = c;
            } else if (becomesSpace(c)) {
                chars[length++] = ' ';
            }
            // any other unclean character (control, C1 control, zero-width, soft hyphen, byte-order mark) is
            // dropped, so that words match across sources
        }
        int begin = 0;
        int end = length;
        while (begin < end && chars[begin] == ' ') {
            begin++;
        }
        while (end > begin && chars[end - 1] == ' ') {
            end--;
        }
        return new String(chars, begin, end - begin);
    }

    /** NBSP, the other Unicode spaces, tab and newline: the unclean characters that become a plain space. */
    private static boolean becomesSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static char[] charsOf(CharSequence text) {
        int n = text.length();
        char[] chars = new char[n];
        if (text instanceof String string) {
            string.getChars(0, n, chars, 0);
        } else if (text instanceof StringBuilder builder) {
            builder.getChars(0, n, chars, 0);
        } else {
            for (int i = 0; i < n; i++) {
                chars[i] = text.charAt(i);
            }
        }
        return chars;
    }

    /** True when {@link #cleanInline} would return the text unchanged. */
    private static boolean isCleanInline(String text) {
        // The text is read from a copy in an array: String.charAt's Latin-1/UTF-16 test made C2 deoptimise this
        // loop, and compile it again, whenever a line with a curly quote came after it had seen Latin-1 only.
        int n = text.length();
        char[] chars = scratch(n);
        text.getChars(0, n, chars, 0);
        if (n > 0 && (chars[0] == ' ' || chars[n - 1] == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if ((LineScan.flags(chars[i]) & LineScan.UNCLEAN) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * This thread's scratch array of at least {@code length} chars. Only {@link #isCleanInline} uses it and calls
     * nothing while it holds it; an array for a text longer than {@value #MAX_SCRATCH} is not kept.
     */
    private static char[] scratch(int length) {
        char[] chars = SCRATCH.get();
        if (chars.length < length) {
            chars = new char[length];
            if (length <= MAX_SCRATCH) {
                SCRATCH.set(chars);
            }
        }
        return chars;
    }

    /**
     * @param text any text
     * @return whether it holds nothing but white space, Unicode spaces such as NBSP and invisible characters
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isBlank(CharSequence)} of text[0, length). */
    static boolean isBlank(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            if (!isBlank(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Joins lines with single spaces, skipping empty ones. */
    public static String joinLines(Iterable<String> lines) {
        String only = null;
        StringBuilder sb = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (only == null && sb == null) {
                only = line; // a single line is returned as it is, not copied
            } else {
                if (sb == null) {
                    sb = new StringBuilder(only);
                    only = null;
                }
                sb.append(' ').append(line);
            }
        }
        return sb != null ? sb.toString() : only != null ? only : "";
    }

    /** Collapses every run of white space (including NBSP-free HTML source indentation) into one space. */
    public static String collapseSpaces(CharSequence text) {
        char[] chars = charsOf(text);
        int length = 0;
        boolean space = false;
        for (char c : chars) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (!space) {
                    chars[length++] = ' ';
                }
                space = true;
            } else {
                chars[length++] = c;
                space = false;
            }
        }
        return new String(chars, 0, length);
    }
}
