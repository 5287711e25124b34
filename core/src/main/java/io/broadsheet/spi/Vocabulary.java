package io.broadsheet.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * A few lower-case ASCII words to look for in text, case-insensitively: a building block for
 * {@link FormatProvider#detect detection}, which looks for a format's vocabulary in whole paragraphs of every
 * input.
 *
 * <p>{@link #foundIn(String)} answers as {@code text.toLowerCase(Locale.ROOT).contains(word)} would for any of the
 * words, in one pass over the text's characters and without lower-casing it (lower-casing paragraphs that hold a
 * typographic quote takes the slow UTF-16 path and cost more than the rest of detection). Only two characters
 * outside ASCII lower-case to ASCII: the Kelvin sign to {@code k}, and the dotted capital I to {@code i} followed
 * by a combining dot, so that it can only end a match. Immutable and thread-safe.
 *
 * <pre>{@code
 * private static final Vocabulary EU = Vocabulary.of(List.of("european commission", "high representative"));
 * ...
 * if (EU.foundIn(block.text())) { confidence += 0.2; }
 * }</pre>
 */
public final class Vocabulary {

    /** ASCII characters lower-cased, the others unchanged. */
    private static final byte[] ASCII_LOWER = asciiLower();

    /** By ASCII character: the letter index ({@code 0} for {@code 'a'}) of the words it can start, or -1. */
    private final byte[] asciiFirstLetter = new byte[128];
    /** The letter index of the words the Kelvin sign can start ({@code k}), or -1 if none starts with it. */
    private final int kelvinLetter;
    /** The letter index of the words the dotted capital I can start ({@code i}), or -1 if none starts with it. */
    private final int dottedILetter;
    /** The words' characters by first letter, {@code 'a'} to {@code 'z'}: arrays spare charAt's coder test. */
    private final char[][][] byFirstLetter = new char[26][][];
    /**
     * By first letter, bit {@code c} of the pair {@code [2 * letter], [2 * letter + 1]} set: some word has the
     * ASCII second character {@code c}. A text position whose next character folds to none of them starts no
     * word, which rejects most positions that pass the first-letter test.
     */
    private final long[] secondChars = new long[52];
    /** By first letter: some word has no second character, or one outside ASCII, so the second is not tested. */
    private final boolean[] anySecond = new boolean[26];

    private Vocabulary(List<String> words) {
        long letters = 0; // bit i set: some word starts with the letter 'a' + i
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
            char second = word.length() > 1 ? word.charAt(1) : 128;
            if (second < 128) {
                secondChars[2 * (first - 'a') + (second >> 6)] |= 1L << second;
            } else {
                anySecond[first - 'a'] = true;
            }
        }
        this.kelvinLetter = (letters & 1L << ('k' - 'a')) != 0 ? 'k' - 'a' : -1;
        this.dottedILetter = (letters & 1L << ('i' - 'a')) != 0 ? 'i' - 'a' : -1;
        for (int c = 0; c < 128; c++) {
            int letter = ASCII_LOWER[c] - 'a';
            asciiFirstLetter[c] = (byte) (letter >= 0 && letter < 26 && (letters & 1L << letter) != 0 ? letter : -1);
        }
        for (int i = 0; i < 26; i++) {
            List<String> group = grouped.get(i);
            byFirstLetter[i] = new char[group.size()][];
            for (int w = 0; w < group.size(); w++) {
                byFirstLetter[i][w] = group.get(w).toCharArray();
            }
        }
    }

    private static byte[] asciiLower() {
        byte[] lower = new byte[128];
        for (int c = 0; c < 128; c++) {
            lower[c] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return lower;
    }

    /**
     * @param words lower-case ASCII words or phrases, each starting with a letter
     * @return the vocabulary
     * @throws IllegalArgumentException if a word does not start with a lower-case ASCII letter, naming it
     */
    public static Vocabulary of(List<String> words) {
        return new Vocabulary(words);
    }

    /**
     * @param text any text
     * @return whether the lower-cased text contains one of the words
     */
    public boolean foundIn(String text) {
        // Read from a copy: C1 compiles String.charAt's Latin-1/UTF-16 test into every character's read, and
        // copying first and scanning the array cost less. The loop tests each position with table look-ups in
        // locals and calls nothing until a position passes both tests: this loop is all the cost, and C1 neither
        // inlines a larger helper nor keeps fields in registers.
        char[] chars = text.toCharArray();
        byte[] firstLetter = asciiFirstLetter;
        boolean[] anySecond = this.anySecond;
        long[] secondChars = this.secondChars;
        int n = chars.length;
        for (int start = 0; start < n; start++) {
            char c = chars[start];
            int letter = c < 128 ? firstLetter[c] : c == '\u212A' ? kelvinLetter : c == '\u0130' ? dottedILetter : -1;
            if (letter < 0) {
                continue;
            }
            if (!anySecond[letter]) {
                if (start + 1 == n) {
                    continue;
                }
                // Characters that lower-case to no ASCII character become NUL here, which the exact test rejects.
                char next = chars[start + 1];
                int second = next < 128 ? ASCII_LOWER[next] : next == '\u212A' ? 'k' : next == '\u0130' ? 'i' : 0;
                if ((secondChars[2 * letter + (second >> 6)] & 1L << second) == 0) {
                    continue;
                }
            }
            if (matchesAnyAt(chars, start, letter)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAnyAt(char[] text, int start, int letter) {
        for (char[] word : byFirstLetter[letter]) {
            if (matchesAt(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(char[] text, int start, char[] word) {
        int length = word.length;
        if (start + length > text.length) {
            return false;
        }
        // ASCII, nearly every character, is folded inline by table; C1 would not inline foldsTo.
        for (int k = 0; k < length; k++) {
            char c = text[start + k];
            if (c < 128 ? ASCII_LOWER[c] != word[k] : !nonAsciiFoldsTo(c, word[k], k == length - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nonAsciiFoldsTo(char c, char lowerAscii, boolean last) {
        return c == '\u212A' && lowerAscii == 'k' || c == '\u0130' && lowerAscii == 'i' && last;
    }
}
