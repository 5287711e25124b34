package io.broadsheet.format.wire.internal;

/**
 * Case-insensitive comparison with lower-case ASCII phrases, without copying the text: {@link #startsWith}
 * answers as {@code text.toLowerCase(Locale.ROOT).startsWith(phrase)} would. Only two characters outside ASCII
 * lower-case to ASCII: the Kelvin sign to {@code k}, and the dotted capital I to {@code i} followed by a
 * combining dot, so that it can only match a phrase's last character.
 */
final class Folding {

    private Folding() {
    }

    /**
     * @param text   any text
     * @param phrase lower-case ASCII
     * @return whether the lower-cased text starts with the phrase
     */
    static boolean startsWith(String text, String phrase) {
        int length = phrase.length();
        if (text.length() < length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (!foldsTo(text.charAt(k), phrase.charAt(k), k == length - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean foldsTo(char c, char lowerAscii, boolean last) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) == lowerAscii;
        }
        return c == '\u212A' && lowerAscii == 'k' || c == '\u0130' && lowerAscii == 'i' && last;
    }
}
