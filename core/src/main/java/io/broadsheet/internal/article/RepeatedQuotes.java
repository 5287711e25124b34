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
 * <p>The article parser offers only blocks that are a block quotation or a quotation alone, and asks once, at the
 * end of a document that has any; a run of characters from the candidate, found as it stands, picks the few
 * paragraphs worth comparing letter by letter.
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
     * Whether a body block may be a pull quote: a block quotation, or a line that is a quotation and nothing more,
     * opening with a quotation mark and ending with one right after a word (or with the credit after it), short
     * enough to be one. Character tests on its ends for most blocks.
     */
    static boolean mayRepeat(Block block, String text) {
        int n = text.length();
        if (n > MAX_PULL_QUOTE || n < MIN_KEY) {
            return false;
        }
        if (block.kind() == BlockKind.BLOCKQUOTE) {
            return true;
        }
        char first = text.charAt(0);
        if (first != '"' && first != '\u201c' && first != '\u2018' && first != '\'' && first != '\u00ab') {
            return false;
        }
        // The words a page pulls out end without the full stop of the sentence they come from, or with a credit;
        // a paragraph that is a whole quoted sentence ("... again.") goes on a speaker's words. A subheading that
        // quotes the story ('Life-changing injuries') heads its section, as other subheadings do.
        char last = text.charAt(n - 1);
        return (isClosingQuote(last) && Character.isLetterOrDigit(text.charAt(n - 2)) || Character.isLetter(last))
                && !block.isHeading();
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
        List<Integer> repeats = new ArrayList<>(2);
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.get(c);
            if (heldElsewhere(paragraphs, i)) {
                repeats.add(i);
            }
        }
        return repeats;
    }

    /**
     * Whether another paragraph, longer or earlier, holds every piece of paragraph {@code i}. A run of characters
     * from the middle of its longest piece, found as it stands, picks the paragraphs worth comparing letter by
     * letter: most documents have none.
     */
    private static boolean heldElsewhere(List<String> paragraphs, int i) {
        String text = paragraphs.get(i);
        int end = creditAt(text);
        String anchor = anchor(text, end);
        if (anchor == null) {
            return false;
        }
        List<String> pieces = null;
        String key = null;
        for (int j = 0; j < paragraphs.size(); j++) {
            String other = paragraphs.get(j);
            if (j == i || other.length() < anchor.length() || !other.contains(anchor)) {
                continue;
            }
            if (pieces == null) {
                pieces = pieces(text, end);
                key = key(text, 0, end);
                if (pieces.isEmpty() || key.length() < MIN_KEY) {
                    return false;
                }
            }
            String otherKey = key(other, 0, other.length());
            if (otherKey.length() < key.length() || otherKey.length() == key.length() && j > i) {
                continue;
            }
            boolean all = true;
            for (int p = 0; p < pieces.size() && all; p++) {
                all = otherKey.contains(pieces.get(p));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** How many characters the anchor {@link #heldElsewhere} looks for has. */
    static final int ANCHOR = 16;

    /**
     * {@value #ANCHOR} characters from the middle of {@code text[0, end)}, starting at a word, or else from its
     * first letter, with no ellipsis in them; null when the text gives none.
     */
    private static String anchor(String text, int end) {
        int middle = text.indexOf(' ', end / 2 - ANCHOR / 2);
        String anchor = middle < 0 ? null : anchorAt(text, middle + 1, end);
        if (anchor != null) {
            return anchor;
        }
        int first = 0;
        while (first < end && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        return anchorAt(text, first, end);
    }

    private static String anchorAt(String text, int from, int end) {
        if (from + ANCHOR > end) {
            return null;
        }
        for (int k = from; k < from + ANCHOR; k++) {
            char c = text.charAt(k);
            if (c == '\u2026' || c == '.' && text.charAt(k + 1) == '.') {
                return null;
            }
        }
        return text.substring(from, from + ANCHOR);
    }

    /** The keys of the parts of a pull quote between its ellipses, but for parts too short to tell anything. */
    private static List<String> pieces(String text, int n) {
        List<String> pieces = new ArrayList<>(2);
        int from = 0;
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
