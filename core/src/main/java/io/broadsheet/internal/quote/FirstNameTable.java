package io.broadsheet.internal.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The usual gender of 28,000 first names, looked up by binary search in the bytes of {@code first-names.tsv}.
 *
 * <p>A hash map of the names cost about 30 ms at every start (a string and a node per line, built mostly in the
 * interpreter) and 3 MB of heap; an index of where each line starts still cost about 15 ms of interpreted
 * scanning. Here loading only reads the bytes, and a lookup bisects them directly: it backs up from the middle
 * of the remaining range to the start of a line and compares that line's name, about 15 steps of a few bytes
 * each, and lookups are few (once per distinct word per thread).
 *
 * <p>The file must be sorted by byte value and hold one lower-case ASCII {@code name<TAB>gender} line per name
 * after its {@code #} comment lines, as {@code core/src/build/make-first-names.py} writes it. {@link #check}
 * verifies that; the tests run it on the shipped file, so a badly edited file fails the build, naming the line.
 */
final class FirstNameTable {

    private final byte[] text;
    /** Where the first name starts: after the leading comment lines. */
    private final int first;

    private FirstNameTable(byte[] text, int first) {
        this.text = text;
        this.first = first;
    }

    /**
     * @param resource a resource beside this class: {@code #} comment lines, then sorted {@code name<TAB>m|f} lines
     * @return the table
     */
    static FirstNameTable read(String resource) {
        byte[] text = bytesOf(resource);
        int first = 0;
        while (first < text.length && text[first] == '#') {
            first = endOfLine(text, first) + 1;
        }
        return new FirstNameTable(text, first);
    }

    /**
     * Checks that a resource is fit for {@link #read}.
     *
     * @param resource a resource beside this class
     * @throws IllegalStateException naming the line when the file is not sorted, not ASCII, has a blank line
     *                               or a line without a gender
     */
    static void check(String resource) {
        byte[] text = bytesOf(resource);
        int previousStart = -1;
        int previousTab = -1;
        int line = 0;
        boolean names = false;
        for (int start = 0; start < text.length; start = endOfLine(text, start) + 1) {
            line++;
            if (text[start] == '#' && !names) {
                continue;
            }
            names = true;
            int tab = start;
            while (tab < text.length && text[tab] != '\t' && text[tab] != '\n') {
                if (text[tab] < 0 || (text[tab] >= 'A' && text[tab] <= 'Z')) {
                    throw new IllegalStateException(resource + " line " + line + ": a name must be lower-case ASCII");
                }
                tab++;
            }
            if (tab == start || tab + 1 >= text.length || text[tab] != '\t' || text[tab + 1] == '\n') {
                throw new IllegalStateException(resource + " line " + line + ": expected name<TAB>gender");
            }
            if (previousStart >= 0 && compare(text, previousStart, previousTab, text, start, tab) >= 0) {
                throw new IllegalStateException(resource + " line " + line + ": names must be sorted and unique");
            }
            previousStart = start;
            previousTab = tab;
        }
    }

    /** @return how many names the table holds */
    int size() {
        int lines = 0;
        for (int start = first; start < text.length; start = endOfLine(text, start) + 1) {
            lines++;
        }
        return lines;
    }

    /**
     * @param lowerName a name in lower case
     * @return its usual gender, or {@code null} when the table does not hold it
     */
    Gender get(String lowerName) {
        int low = first;            // always a line's start
        int high = text.length;     // a line's start, or the end
        while (low < high) {
            int start = (low + high) >>> 1;
            while (start > low && text[start - 1] != '\n') {
                start--;
            }
            int tab = start;
            while (text[tab] != '\t') {
                tab++;
            }
            int order = compare(text, start, tab, lowerName);
            if (order < 0) {
                low = endOfLine(text, tab) + 1;
            } else if (order > 0) {
                high = start;
            } else {
                return gender(text[tab + 1]);
            }
        }
        return null;
    }

    private static byte[] bytesOf(String resource) {
        try (InputStream in = FirstNameTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }

    /** @return the offset of the line feed that ends the line holding {@code from}, or the text's length */
    private static int endOfLine(byte[] text, int from) {
        int end = from;
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        return end;
    }

    private static Gender gender(byte code) {
        return code == 'm' ? Gender.MALE : code == 'f' ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** Compares the ASCII bytes {@code a[aFrom, aTo)} with the chars of {@code b}, as strings compare. */
    private static int compare(byte[] a, int aFrom, int aTo, String b) {
        int n = Math.min(aTo - aFrom, b.length());
        for (int i = 0; i < n; i++) {
            int diff = (a[aFrom + i] & 0xFF) - b.charAt(i);
            if (diff != 0) {
                return diff;
            }
        }
        return (aTo - aFrom) - b.length();
    }

    private static int compare(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        return java.util.Arrays.compareUnsigned(a, aFrom, aTo, b, bFrom, bTo);
    }
}
