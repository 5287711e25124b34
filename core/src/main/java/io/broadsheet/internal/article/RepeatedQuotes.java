package io.broadsheet.internal.article;

import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the pull quotes of a story: a sentence of the body set again, larger, as a block of its own
 * ({@code <blockquote class="pullquote">}, a quotation in a {@code <figure>}, a line that is only a quotation in
 * a copied page). Kept, it would be a paragraph the story does not have and a second quote of the same words.
 *
 * <p>What makes a block a pull quote is that the body holds its words: a block quotation of a statement or a post
 * that the story does not repeat elsewhere is the story's content and stays. Words are compared by their letters
 * and digits only, so that the marks, case and spacing a designer changes do not count, and a pull quote cut with
 * an ellipsis matches when each of its pieces does.
 *
 * <p>The article parser offers only blocks that are a block quotation or open with a quotation mark, and asks
 * once, at the end of a document that has any; the keys of the other paragraphs are built then and only then.
 */
final class RepeatedQuotes {

    /** A pull quote is a sentence or two. */
    static final int MAX_PULL_QUOTE = 400;
    /** Fewer letters than this ("Yes.", "Never again") may well be said twice. */
    static final int MIN_KEY = 20;
    /** A piece of an elided pull quote with fewer letters than this matches too easily to count. */
    static final int MIN_PIECE = 8;

    private RepeatedQuotes() {
    }

    /**
     * Whether a body block may be a pull quote: a block quotation, or a line that opens with a quotation mark,
     * short enough to be one. Two character tests for most blocks.
     */
    static boolean mayRepeat(Block block, String text) {
        int n = text.length();
        if (n > MAX_PULL_QUOTE || n < MIN_KEY) {
            return false;
        }
        char first = text.charAt(0);
        // a subheading that quotes the story ('Life-changing injuries') heads its section, as other subheadings do
        return (first == '"' || first == '\u201c' || first == '\u2018' || first == '\'' || first == '\u00ab')
                && !block.isHeading() || block.kind() == BlockKind.BLOCKQUOTE;
    }

    /**
     * The indexes, among {@code candidates}, of the paragraphs whose words another paragraph holds. Of two
     * paragraphs with the same words the first stays.
     *
     * @param paragraphs the body
     * @param candidates indexes into it of the paragraphs {@link #mayRepeat} accepted, ascending
     * @return the indexes of repeats, ascending; empty when there are none
     */
    static List<Integer> repeats(List<String> paragraphs, List<Integer> candidates) {
        String[] keys = new String[paragraphs.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(paragraphs.get(i), 0, paragraphs.get(i).length());
        }
        List<Integer> repeats = new ArrayList<>(2);
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.get(c);
            if (keys[i].length() >= MIN_KEY && heldElsewhere(paragraphs.get(i), keys, i)) {
                repeats.add(i);
            }
        }
        return repeats;
    }

    /** Whether another paragraph, longer or earlier, holds every piece of paragraph {@code i}. */
    private static boolean heldElsewhere(String text, String[] keys, int i) {
        List<String> pieces = pieces(text);
        if (pieces.isEmpty()) {
            return false;
        }
        for (int j = 0; j < keys.length; j++) {
            if (j == i || keys[j].length() < keys[i].length() || keys[j].length() == keys[i].length() && j > i) {
                continue;
            }
            boolean all = true;
            for (int p = 0; p < pieces.size() && all; p++) {
                all = keys[j].contains(pieces.get(p));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the parts of a pull quote between its ellipses, but for parts too short to tell anything. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>(2);
        int from = 0;
        int n = creditAt(text);
        for (int at = 0; at <= n; at++) {
            boolean cut = at == n || text.charAt(at) == '\u2026' || text.startsWith("...", at);
            if (cut) {
                String piece = key(text, from, at);
                if (piece.length() >= MIN_PIECE) {
                    pieces.add(piece);
                }
                from = at < n && text.charAt(at) == '.' ? at + 3 : at + 1;
                at = from - 1;
            }
        }
        return pieces;
    }

    /**
     * Where the credit a pull quote may end with starts ({@code “Trade has fallen by a third” — Lina Ostrova}): a
     * dash after the closing quotation mark. The whole text when there is none.
     */
    private static int creditAt(String text) {
        int n = text.length();
        for (int at = Math.max(1, n - MAX_CREDIT); at < n - 2; at++) {
            char c = text.charAt(at);
            if ((c == '\u2014' || c == '\u2013' || c == '-') && text.charAt(at - 1) == ' '
                    && isClosingQuote(text.charAt(at - 2 < 0 ? 0 : at - 2))) {
                return at;
            }
        }
        return n;
    }

    /** How long the credit after a pull quote may be: a name and an office. */
    private static final int MAX_CREDIT = 80;

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == '\u00bb';
    }

    /** The letters and digits of {@code text[from, to)}, lower-cased. */
    static String key(String text, int from, int to) {
        StringBuilder key = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
