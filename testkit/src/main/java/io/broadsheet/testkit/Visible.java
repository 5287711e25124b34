package io.broadsheet.testkit;

/**
 * Renders strings for failure messages so that characters a reader cannot tell apart become visible:
 * {@code it’s} shows as {@code it[U+2019 ’]s}, a no-break space as {@code [U+00A0 NBSP]}.
 */
public final class Visible {

    private Visible() {
    }

    /**
     * @param text any text, or {@code null}
     * @return the text quoted, with non-ASCII and invisible characters spelled out
     */
    public static String show(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x20 && cp < 0x7F) {
                sb.appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("[U+%04X %s]", cp, label(cp)));
            }
        }
        return sb.append('"').toString();
    }

    private static String label(int cp) {
        return switch (cp) {
            case 0x00A0 -> "NBSP";
            case 0x202F -> "NARROW NBSP";
            case 0x200B -> "ZERO WIDTH SPACE";
            case 0x00AD -> "SOFT HYPHEN";
            case 0xFEFF -> "BOM";
            default -> Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                    ? Character.getName(cp) : new String(Character.toChars(cp));
        };
    }
}
