package io.broadsheet.internal.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The usual gender of 28,000 first names, looked up by binary search in the bytes of {@code first-names.tsv}.
 *
 * <p>A hash map of the names cost about 30 ms at every start (a string and a node per line, built mostly in the
 * interpreter) and 3 MB of heap. Here loading is one pass over the file's bytes that records where each name
 * starts and ends; a lookup compares a few bytes at each of about 15 steps. The file must be sorted by byte
 * value and hold lower-case ASCII names, as {@code core/src/build/make-first-names.py} writes it; loading checks
 * both, so a badly edited file fails at once instead of silently losing names.
 */
final class FirstNameTable {

    private final byte[] text;
    /** Where each name starts in {@link #text}, in sorted order. */
    private final int[] starts;
    /** Where each name ends: the offset of its tab. */
    private final int[] ends;
    private final Gender[] genders;

    private FirstNameTable(byte[] text, int[] starts, int[] ends, Gender[] genders) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.genders = genders;
    }

    /**
     * @param resource a resource beside this class: {@code name<TAB>m|f} lines, {@code #} comments
     * @return the table
     * @throws IllegalStateException naming the line when the file is not sorted, not ASCII or has no gender
     */
    static FirstNameTable read(String resource) {
        byte[] text;
        try (InputStream in = FirstNameTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
        int capacity = text.length / 8 + 16;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        Gender[] genders = new Gender[capacity];
        int count = 0;
        int line = 0;
        for (int start = 0; start < text.length; ) {
            int end = start;
            while (end < text.length && text[end] != '\n') {
                end++;
            }
            line++;
            if (end > start && text[start] != '#') {
                int tab = start;
                while (tab < end && text[tab] != '\t') {
                    if (text[tab] < 0 || (text[tab] >= 'A' && text[tab] <= 'Z')) {
                        throw new IllegalStateException(resource + " line " + line
                                + ": a name must be lower-case ASCII");
                    }
                    tab++;
                }
                if (tab == start || tab + 1 >= end) {
                    throw new IllegalStateException(resource + " line " + line + ": expected name<TAB>gender");
                }
                if (count > 0 && compare(text, starts[count - 1], ends[count - 1], text, start, tab) >= 0) {
                    throw new IllegalStateException(resource + " line " + line + ": names must be sorted and unique");
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    genders = Arrays.copyOf(genders, count * 2);
                }
                starts[count] = start;
                ends[count] = tab;
                genders[count] = gender(text[tab + 1]);
                count++;
            }
            start = end + 1;
        }
        return new FirstNameTable(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                Arrays.copyOf(genders, count));
    }

    /** @return how many names the table holds */
    int size() {
        return starts.length;
    }

    /**
     * @param lowerName a name in lower case
     * @return its usual gender, or {@code null} when the table does not hold it
     */
    Gender get(String lowerName) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compare(text, starts[mid], ends[mid], lowerName);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return genders[mid];
            }
        }
        return null;
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
        return Arrays.compareUnsigned(a, aFrom, aTo, b, bFrom, bTo);
    }
}
