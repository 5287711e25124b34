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
        out.append('"');
        int plain = 0;    // start of the run of characters copied as they are
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, plain, i).append('\\');
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
        out.append(s, plain, s.length()).append('"');
    }
}
