package io.broadsheet.internal.quote;

import java.util.List;

/** One paragraph read for attribution: its tokens, its mentions, and indexes to find a mention by position. */
final class ParagraphView {
    final int index;
    final String text;
    /** The tokens as the rules read them: a fixed-size list over {@link #tokenArray}. */
    final List<Token> tokens;
    /** The tokens as the {@link MentionFinder} reads them, without a list's checks and casts. */
    final Token[] tokenArray;
    final List<Mention> mentions;
    /** Mentions by their end and start token, built when a rule first asks: most paragraphs hold no quote. */
    private Mention[] endingAt;
    private Mention[] startingAt;
    private final int firstQuote;
    private final int[] quoteTokens;

    ParagraphView(int index, String text, Token[] tokens, List<Mention> mentions, int firstQuote,
                  int quoteCount) {
        this.firstQuote = firstQuote;
        this.quoteTokens = new int[quoteCount];
        if (quoteCount > 0) {
            java.util.Arrays.fill(quoteTokens, -1);
            for (int i = 0; i < tokens.length; i++) {
                int q = tokens[i].quote() - firstQuote;
                if (tokens[i].isQuote() && q >= 0 && q < quoteCount) {
                    quoteTokens[q] = i;
                }
            }
        }
        this.index = index;
        this.text = text;
        this.tokens = java.util.Arrays.asList(tokens);
        this.tokenArray = tokens;
        this.mentions = mentions;
    }

    private void indexMentions() {
        endingAt = new Mention[tokenArray.length + 1];
        startingAt = new Mention[tokenArray.length + 1];
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
        if (endingAt == null) {
            indexMentions();
        }
        return end >= 0 && end < endingAt.length ? endingAt[end] : null;
    }

    /** @return the mention whose phrase or name starts at token {@code i}, or {@code null} */
    Mention startingAt(int i) {
        if (startingAt == null) {
            indexMentions();
        }
        return i >= 0 && i < startingAt.length ? startingAt[i] : null;
    }

    /** @return the index of the token standing for quotation {@code quote}, or -1 */
    int tokenOfQuote(int quote) {
        int k = quote - firstQuote;
        return k >= 0 && k < quoteTokens.length ? quoteTokens[k] : -1;
    }
}
