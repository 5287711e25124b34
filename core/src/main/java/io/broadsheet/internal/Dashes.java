package io.broadsheet.internal;

/** The dashes that set text apart in press copy: hyphen-minus, en dash and em dash. */
public final class Dashes {

    private Dashes() {
    }

    /**
     * @param c a character
     * @return whether it is a hyphen-minus, an en dash or an em dash
     */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /**
     * @param text a text
     * @param from where to start
     * @return the index of the first character at or after {@code from} that is neither a dash nor a space
     */
    public static int skipDashesAndSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (isDash(text.charAt(i)) || text.charAt(i) == ' ')) {
            i++;
        }
        return i;
    }
}
