package io.broadsheet.internal.quote;

import java.util.List;

/** One paragraph read for attribution: its tokens, its mentions, and indexes to find a mention by position. */
final class ParagraphView {
    final int index;
    final String text;
    final List<Token> tokens;
    final List<Mention> mentions;
    private final Mention[] endingAt;
    private final Mention[] startingAt;
    private final int firstQuote;
    private final int[] quoteTokens;

    ParagraphView(int index, String text, List<Token> tokens, List<Mention> mentions, int firstQuote,
                  int quoteCount) {
        this.firstQuote = firstQuote;
        this.quoteTokens = new int[quoteCount];
        java.util.Arrays.fill(quoteTokens, -1);
        for (int i = 0; i < tokens.size(); i++) {
            int q = tokens.get(i).quote() - firstQuote;
            if (tokens.get(i).isQuote() && q >= 0 && q < quoteCount) {
                quoteTokens[q] = i;
            }
        }
        this.index = index;
        this.text = text;
        this.tokens = tokens;
        this.mentions = mentions;
        this.endingAt = new Mention[tokens.size() + 1];
        this.startingAt = new Mention[tokens.size() + 1];
        for (Mention m : mentions) {
            endingAt[m.end] = m;
            if (startingAt[m.phraseStart] == null) {
                startingAt[m.phraseStart] = m;
            }
            if (startingAt[m.start] == null) {
                startingAt[m.start] = m;
            }
        }
    }

    /** @return the mention whose last token is {@code i - 1}, or {@code null} */
    Mention endingAt(int end) {
        return end >= 0 && end < endingAt.length ? endingAt[end] : null;
    }

    /** @return the mention whose phrase or name starts at token {@code i}, or {@code null} */
    Mention startingAt(int i) {
        return i >= 0 && i < startingAt.length ? startingAt[i] : null;
    }

    /** @return the index of the token standing for quotation {@code quote}, or -1 */
    int tokenOfQuote(int quote) {
        int k = quote - firstQuote;
        return k >= 0 && k < quoteTokens.length ? quoteTokens[k] : -1;
    }
}
