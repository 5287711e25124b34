package io.broadsheet.format.transcript.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds any of a few lower-case ASCII words in text as {@code text.toLowerCase(Locale.ROOT).contains(word)}
 * would, in one pass and without copying the text: detection looks for vocabulary in whole paragraphs, and
 * lower-casing them (most hold a typographic quote, which makes the slow UTF-16 path run) cost more than the
 * rest of detection. Only two characters outside ASCII lower-case to ASCII: the Kelvin sign to {@code k}, and
 * the dotted capital I to {@code i} followed by a combining dot, so that it can only end a match. The
 * eu-press-note format has the same class. Immutable and thread-safe.
 */
final class FoldedWords {

    /** Bit {@code i} set: some word starts with the letter {@code 'a' + i}. */
    private final long firstLetters;
    /** The words by first letter, {@code 'a'} to {@code 'z'}. */
    private final String[][] byFirstLetter = new String[26][];

    /**
     * @param words lower-case ASCII words, each starting with a letter
     * @throws IllegalArgumentException if a word does not start with a lower-case ASCII letter
     */
    FoldedWords(List<String> words) {
        long letters = 0;
        List<List<String>> grouped = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            grouped.add(new ArrayList<>());
        }
        for (String word : words) {
            char first = word.isEmpty() ? 0 : word.charAt(0);
            if (first < 'a' || first > 'z') {
                throw new IllegalArgumentException("word must start with a lower-case ASCII letter: '" + word + "'");
            }
            letters |= 1L << (first - 'a');
            grouped.get(first - 'a').add(word);
        }
        this.firstLetters = letters;
        for (int i = 0; i < 26; i++) {
            byFirstLetter[i] = grouped.get(i).toArray(String[]::new);
        }
    }

    /**
     * @param text any text
     * @return whether the lower-cased text contains one of the words
     */
    boolean foundIn(String text) {
        int n = text.length();
        for (int start = 0; start < n; start++) {
            char c = text.charAt(start);
            int letter;
            if (c < 128) {
                letter = (c | 0x20) - 'a'; // ASCII letters of either case; any other character falls outside 0..25
                if (letter < 0 || letter > 25 || (firstLetters & 1L << letter) == 0) {
                    continue;
                }
            } else if (c == '\u212A') {
                letter = 'k' - 'a';
            } else if (c == '\u0130') {
                letter = 'i' - 'a';
            } else {
                continue;
            }
            for (String word : byFirstLetter[letter]) {
                if (matchesAt(text, start, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int start, String word) {
        int length = word.length();
        if (start + length > text.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (!foldsTo(text.charAt(start + k), word.charAt(k), k == length - 1)) {
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
