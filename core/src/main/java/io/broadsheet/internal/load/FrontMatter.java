package io.broadsheet.internal.load;

import io.broadsheet.spi.MetadataKeys;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the YAML front matter that Markdown archives put above a document: top-level {@code key: value} pairs
 * with plain, single-quoted or double-quoted values, including double-quoted values folded over several lines
 * ({@code title: "Press Briefing by ... and\} / {@code   \ Commerce Secretary Gina\_Raimondo"}). Nested
 * structures are skipped; this is metadata, not a YAML parser.
 */
final class FrontMatter {

    /** Front matter longer than this is not front matter. */
    static final int MAX_LINES = 200;

    /** Front-matter keys that state a standard metadata value, in order of preference. */
    private static final Map<String, List<String>> STANDARD = Map.of(
            MetadataKeys.TITLE, List.of("title", "headline"),
            MetadataKeys.PUBLISHED, List.of("published_time", "published", "date"),
            MetadataKeys.CANONICAL_URL, List.of("canonical_url", "source_url", "url"),
            MetadataKeys.AUTHOR, List.of("author"));

    private FrontMatter() {
    }

    /**
     * @param lines the document's lines
     * @param out   receives the values, keys in lower case, plus the standard {@link MetadataKeys} they imply
     * @return the index of the first line after the front matter, or 0 when there is none
     */
    static int read(List<String> lines, Map<String, String> out) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        int limit = Math.min(lines.size(), MAX_LINES);
        int end = -1;
        for (int i = 1; i < limit; i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return 0;
        }
        for (int k = 1; k < end; k++) {
            String entry = lines.get(k);
            int colon = entry.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(entry.charAt(0))) {
                continue;
            }
            String key = entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String raw = entry.substring(colon + 1).strip();
            String value;
            if (raw.startsWith("\"")) {
                StringBuilder folded = new StringBuilder(raw.substring(1));
                while (!closesDoubleQuoted(folded) && k + 1 < end
                        && !lines.get(k + 1).isEmpty() && Character.isWhitespace(lines.get(k + 1).charAt(0))) {
                    k++;
                    folded.append('\n').append(lines.get(k).strip());
                }
                value = doubleQuoted(folded);
            } else if (raw.startsWith("'") && raw.endsWith("'") && raw.length() >= 2) {
                value = raw.substring(1, raw.length() - 1).replace("''", "'");
            } else {
                value = raw;
            }
            value = TextCleaner.cleanInline(value);
            if (!value.isEmpty()) {
                out.putIfAbsent(key, value);
            }
        }
        STANDARD.forEach((standard, keys) -> keys.stream().filter(out::containsKey).findFirst()
                .ifPresent(key -> out.putIfAbsent(standard, out.get(key))));
        // a web clipper's "source:" is the page's address (MarkDownload); elsewhere it may name an agency
        String source = out.get("source");
        if (source != null && source.startsWith("http")) {
            out.putIfAbsent(MetadataKeys.CANONICAL_URL, source);
        }
        return end + 1;
    }

    /** True when the text (after the opening quote) holds an unescaped closing quote. */
    private static boolean closesDoubleQuoted(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes a double-quoted scalar's body up to its closing quote: escapes, and YAML line folding (a line break
     * is a space, unless the line ends in a backslash, which joins the lines).
     */
    private static String doubleQuoted(CharSequence body) {
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\n') {
                sb.append(' ');
            } else if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                switch (next) {
                    case '\n' -> { /* escaped line break: the lines join with nothing between */ }
                    case '_' -> sb.append('\u00A0');
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case ' ' -> sb.append(' ');
                    default -> sb.append(next);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
