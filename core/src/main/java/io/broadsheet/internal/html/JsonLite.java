package io.broadsheet.internal.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, tolerant JSON reader for the JSON-LD blocks of web pages, so that core needs no JSON library.
 *
 * <p>Objects become {@link Map}s (insertion order kept), arrays {@link List}s, strings {@link String}s, numbers
 * and literals their source text as strings, {@code null} {@code null}. It forgives what pages get wrong: trailing
 * commas, a leading {@code <!--} or {@code //} comment, raw control characters in strings and text after the
 * value. Nesting deeper than {@value #MAX_DEPTH} levels is refused (the reader recurses, and hostile input must
 * not overflow the stack); so is anything that is not JSON. Time is linear in the input.
 */
final class JsonLite {

    /** Deeper JSON is refused; real JSON-LD nests a handful of levels. */
    static final int MAX_DEPTH = 64;

    private final String in;
    private int pos;

    private JsonLite(String in) {
        this.in = in;
    }

    /**
     * @param text JSON text
     * @return the value, or empty when the text is not (tolerably) JSON
     */
    static Optional<Object> parse(String text) {
        JsonLite reader = new JsonLite(text);
        try {
            reader.skipJunk();
            if (reader.pos >= text.length()) {
                return Optional.empty();
            }
            return Optional.ofNullable(reader.value(0));
        } catch (Malformed e) {
            return Optional.empty();
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed();
        }
        skipSpace();
        if (pos >= in.length()) {
            throw new Malformed();
        }
        char c = in.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"', '\'' -> string(c);
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (!closes('}')) {
            char c = in.charAt(pos);
            String key = c == '"' || c == '\'' ? string(c) : literal();
            skipSpace();
            if (pos >= in.length() || in.charAt(pos) != ':') {
                throw new Malformed();
            }
            pos++;
            map.putIfAbsent(key, value(depth + 1));
        }
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (!closes(']')) {
            list.add(value(depth + 1));
        }
        return list;
    }

    /**
     * Skips spaces and commas between members.
     *
     * @return whether the container ends here, its closing mark consumed; otherwise a member starts at pos
     */
    private boolean closes(char close) {
        while (true) {
            skipSpace();
            if (pos >= in.length()) {
                throw new Malformed();
            }
            char c = in.charAt(pos);
            if (c != ',') {
                if (c == close) {
                    pos++;
                }
                return c == close;
            }
            pos++;
        }
    }

    private String string(char quote) {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= in.length()) {
                break;
            }
            char e = in.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 > in.length()) {
                        throw new Malformed();
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int digit = Character.digit(in.charAt(pos + k), 16);
                        if (digit < 0) {
                            throw new Malformed();
                        }
                        code = code * 16 + digit;
                    }
                    sb.append((char) code);
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
        throw new Malformed();
    }

    /** A number, {@code true}, {@code false}, {@code null} or a bare word, as its text; {@code null} for null. */
    private String literal() {
        int start = pos;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == ',' || c == '}' || c == ']' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw new Malformed();
        }
        String word = in.substring(start, pos);
        return word.equals("null") ? null : word;
    }

    private void skipSpace() {
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
            pos++;
        }
    }

    /** Skips white space and the comment wrappers some sites put around JSON-LD. */
    private void skipJunk() {
        while (true) {
            skipSpace();
            if (in.startsWith("<!--", pos)) {
                pos += 4;
            } else if (in.startsWith("//", pos)) {
                int end = in.indexOf('\n', pos);
                pos = end < 0 ? in.length() : end + 1;
            } else if (in.startsWith("/*", pos)) {
                int end = in.indexOf("*/", pos + 2);
                pos = end < 0 ? in.length() : end + 2;
            } else {
                return;
            }
        }
    }

    /** Thrown inside the reader to abandon input that is not JSON; never escapes {@link #parse}. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }
}
