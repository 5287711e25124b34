package io.broadsheet.internal.trace;

import java.util.Arrays;

/**
 * Finds where a quote sits in a stretch of source words: the stretch of the source that the whole quote
 * aligns with at the fewest word edits (approximate substring matching, after Sellers 1980).
 *
 * <p>Every quote word must be accounted for (matched, substituted or counted as added), while source words
 * before and after the aligned stretch are free: that is what lets a reporter quote part of a sentence. Word
 * substitutions and additions cost {@value #CHANGE} and omissions {@value #OMISSION}: reporters drop words from
 * the middle of a quote far more often than they add them, and the cheap omission lets a quote word find its
 * match a few source words further on rather than count as added. Where the quote marks an omission with an
 * ellipsis, source words left out at that point cost nothing: the reporter said so. Time and memory are proportional to the
 * quote's length times the stretch's; callers bound both. An instance reuses its buffers, so it belongs to one
 * thread.
 */
final class Aligner {

    /** The cost of a substituted or added quote word. */
    static final int CHANGE = 3;
    /** The cost of a source word the quote leaves out. */
    static final int OMISSION = 1;

    /**
     * The fewest source keys left out in one run, starting or ending at a sentence boundary, that count as the
     * reporter skipping whole sentences rather than thinning the passage.
     */
    static final int MIN_CUT = 4;

    private static final byte MATCH = 0;
    private static final byte SUBSTITUTE = 1;
    /** The quote word has no counterpart in the source. */
    private static final byte ADDED = 2;
    /** The source word has no counterpart in the quote. */
    private static final byte OMITTED = 3;

    private int[] previous = new int[64];
    private int[] current = new int[64];
    private byte[] moves = new byte[1024];

    /** The outcome of one alignment; its arrays belong to it. */
    static final class Alignment {
        /** Weighted word edits: substitutions, additions and omissions; 0 when the quote is a run of the source. */
        final int cost;
        /** Quote keys equal to their source key. */
        final int matches;
        /** Content-word keys among {@link #matches}. */
        final int contentMatches;
        /** The summed weight of the matched quote keys. */
        final double matchedWeight;
        /** First and last (exclusive) aligned source keys, in source coordinates. */
        final int sourceStart;
        final int sourceEnd;
        /**
         * Source keys inside the stretch left out where the quote has an ellipsis, or in a cut of at least
         * {@value #MIN_CUT} keys that starts or ends at a sentence boundary: a reporter joining two statements.
         */
        final int elided;

        Alignment(int cost, int matches, int contentMatches, double matchedWeight, int sourceStart, int sourceEnd,
                  int elided) {
            this.cost = cost;
            this.matches = matches;
            this.contentMatches = contentMatches;
            this.matchedWeight = matchedWeight;
            this.sourceStart = sourceStart;
            this.sourceEnd = sourceEnd;
            this.elided = elided;
        }

        /** @return whether this alignment is better than another: fewer edits, then more matched words */
        boolean betterThan(Alignment other) {
            return other == null || cost < other.cost || (cost == other.cost && matches > other.matches);
        }

        /** Whether neither alignment is better than the other. */
        boolean ties(Alignment other) {
            return cost == other.cost && matches == other.matches;
        }
    }

    /**
     * Aligns a whole quote with the best stretch of {@code source[from, to)}.
     *
     * @param quote        the quote's key ids; -1 for words no source has
     * @param quoteContent whether each quote key is a content word
     * @param quoteWeights how much each quote key counts when matched
     * @param elidedBefore whether the quote has an ellipsis before each key; null when it has none
     * @param source       the source's key ids
     * @param opensSentence whether each source key starts a sentence
     * @param from         first source key to consider
     * @param to           end of the source keys to consider, exclusive
     * @return the best alignment; its source stretch is empty when nothing matched
     */
    Alignment align(int[] quote, boolean[] quoteContent, float[] quoteWeights, boolean[] elidedBefore, int[] source,
                    boolean[] opensSentence, int from, int to) {
        int m = quote.length;
        int n = to - from;
        int width = n + 1;
        ensure(width, (long) (m + 1) * width);
        int[] prev = previous;
        int[] cur = current;
        byte[] move = moves;
        Arrays.fill(prev, 0, width, 0);
        Arrays.fill(move, 0, width, OMITTED);
        for (int i = 1; i <= m; i++) {
            int q = quote[i - 1];
            int row = i * width;
            int omission = i < m && elidedBefore != null && elidedBefore[i] ? 0 : OMISSION;
            cur[0] = i * CHANGE;
            move[row] = ADDED;
            for (int j = 1; j <= n; j++) {
                boolean same = q >= 0 && q == source[from + j - 1];
                int diagonal = prev[j - 1] + (same ? 0 : CHANGE);
                int added = prev[j] + CHANGE;
                int omitted = cur[j - 1] + omission;
                // Ties go to an exact match, then to an added quote word rather than a substitution, so that a
                // reporter's extra words at a quote's edge do not drag unrelated source words into the passage.
                int best;
                byte how;
                if (same && diagonal <= added && diagonal <= omitted) {
                    best = diagonal;
                    how = MATCH;
                } else if (added <= diagonal && added <= omitted) {
                    best = added;
                    how = ADDED;
                } else if (diagonal <= omitted) {
                    best = diagonal;
                    how = SUBSTITUTE;
                } else {
                    best = omitted;
                    how = OMITTED;
                }
                cur[j] = best;
                move[row + j] = how;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        int end = 0;
        for (int j = 1; j <= n; j++) {
            if (prev[j] < prev[end]) {
                end = j;
            }
        }
        int cost = prev[end];

        int matches = 0;
        int contentMatches = 0;
        double matchedWeight = 0;
        int elided = 0;
        // A run of omitted source keys, and whole-sentence cuts not yet known to lie after a kept source key.
        int run = 0;
        int pendingCut = 0;
        int start = end;
        int i = m;
        int j = end;
        while (i > 0) {
            byte how = move[i * width + j];
            if (how != OMITTED && run > 0) {
                // The run left out local source keys j .. j + run - 1.
                boolean marked = i < m && elidedBefore != null && elidedBefore[i];
                if (!marked && run >= MIN_CUT
                        && (opensSentence[from + j] || (j + run < n && opensSentence[from + j + run]))) {
                    pendingCut += run;
                }
                run = 0;
            }
            if (how == MATCH || how == SUBSTITUTE) {
                elided += pendingCut;
                pendingCut = 0;
            }
            if (how == MATCH) {
                matches++;
                matchedWeight += quoteWeights[i - 1];
                if (quoteContent[i - 1]) {
                    contentMatches++;
                }
                i--;
                j--;
                start = j;
            } else if (how == SUBSTITUTE) {
                i--;
                j--;
                start = j;
            } else if (how == ADDED) {
                i--;
            } else {
                if (i < m && elidedBefore != null && elidedBefore[i]) {
                    elided++;
                }
                run++;
                j--;
            }
        }
        int sourceEnd = end;
        // Trailing quote words counted as added leave the stretch ending at the last aligned source word.
        if (start > sourceEnd) {
            start = sourceEnd;
        }
        return new Alignment(cost, matches, contentMatches, matchedWeight, from + start, from + sourceEnd, elided);
    }

    private void ensure(int width, long cells) {
        if (previous.length < width) {
            previous = new int[Math.max(width, previous.length * 2)];
            current = new int[previous.length];
        }
        if (moves.length < cells) {
            moves = new byte[(int) Math.max(cells, Math.min(Integer.MAX_VALUE - 8, moves.length * 2L))];
        }
    }
}
