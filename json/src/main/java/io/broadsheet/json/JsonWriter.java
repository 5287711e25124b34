package io.broadsheet.json;

import java.util.Optional;

/**
 * Writes one JSON value into a {@link StringBuilder}, in the same bytes Jackson's default settings give:
 * no spaces, {@code "} and {@code \} escaped, control characters as {@code \b \t \n \f \r} or {@code \}{@code u00XX}
 * with upper-case hex digits, everything else (non-ASCII included) as it is.
 *
 * <p>Kept apart from Jackson because the command line prints a document per line and Jackson's data binding took
 * about 100 ms to start in every run; callers only ever write strings, whole numbers, booleans and nulls.
 */
final class JsonWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    /** Whether a value was just completed, so that the next name or array element needs a comma first. */
    private boolean afterValue;
    /** Where {@link #string} copies each string's characters; one writer writes one document. */
    private char[] chars = new char[256];

    JsonWriter(StringBuilder out) {
        this.out = out;
    }

    JsonWriter beginObject() {
        separate();
        out.append('{');
        afterValue = false;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        afterValue = true;
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        afterValue = false;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        afterValue = true;
        return this;
    }

    /** Writes a member name; its value comes next. */
    JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        afterValue = false;
        return this;
    }

    /** Writes a string, or {@code null} for a null reference. */
    JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        afterValue = true;
        return this;
    }

    /** Writes the string if present, else {@code null}. */
    JsonWriter value(Optional<String> value) {
        return value(value.orElse(null));
    }

    JsonWriter value(int value) {
        separate();
        out.append(value);
        afterValue = true;
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        afterValue = true;
        return this;
    }

    JsonWriter nullValue() {
        return value((String) null);
    }

    private void separate() {
        if (afterValue) {
            out.append(',');
        }
    }

    private void string(String s) {
        // Scanned from a char[] copy (one arraycopy): String.charAt checks the string's coder and bounds at every
        // character. A string with nothing to escape, nearly every one, then goes in whole, which copies its bytes
        // at once; StringBuilder appends a range of a string or an array a character at a time.
        int n = s.length();
        char[] cs = scratch(n);
        s.getChars(0, n, cs, 0);
        int i = 0;
        while (i < n && cs[i] >= 0x20 && cs[i] != '"' && cs[i] != '\\') {
            i++;
        }
        out.append('"');
        if (i == n) {
            out.append(s).append('"');
            return;
        }
        int plain = 0;    // start of the run of characters copied as they are
        for (; i < n; i++) {
            char c = cs[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(cs, plain, i - plain).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            plain = i + 1;
        }
        out.append(cs, plain, n - plain).append('"');
    }

    /** @return this writer's scratch array, grown to hold at least {@code length} characters */
    private char[] scratch(int length) {
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        return chars;
    }
}
