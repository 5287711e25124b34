package io.broadsheet.internal.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a paragraph into words, possessive endings and punctuation, with each quotation as a single token, and
 * numbers the sentences. One pass over the characters; no regular expressions.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /**
     * @param text          the paragraph
     * @param quotes        the document's marked spans
     * @param firstQuote    index in {@code quotes} of this paragraph's first span
     * @param quoteCount    how many spans this paragraph has
     * @param firstSentence document-wide index for the paragraph's first sentence
     * @return the tokens, each with its sentence index
     */
    static List<Token> tokenize(String text, List<MarkedSpan> quotes, int firstQuote, int quoteCount,
                                int firstSentence) {
        List<Token> raw = new ArrayList<>();
        int q = firstQuote;
        int qEnd = firstQuote + quoteCount;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (q < qEnd && i >= quotes.get(q).regionBegin()) {
                MarkedSpan span = quotes.get(q);
                raw.add(new Token(TokenKind.QUOTE, span.regionBegin(), span.regionEnd(),
                        text.substring(span.begin(), span.end()), "", "", 0, q));
                i = Math.max(i, span.regionEnd());
                q++;
                continue;
            }
            int limit = q < qEnd ? quotes.get(q).regionBegin() : n;
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || ((c == '$' || c == '\u20AC' || c == '\u00A3' || c == '@'
                    || c == '#') && i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i = word(text, i, limit, raw);
            } else if (",:;.?!()[]\u2026".indexOf(c) >= 0) {
                raw.add(punct(i, i + 1, String.valueOf(c)));
                i++;
            } else if (c == '\u2014' || c == '\u2013' || c == '\u2012' || c == '\u2015') {
                raw.add(punct(i, i + 1, "\u2014"));
                i++;
            } else if (c == '-' && (i + 1 >= limit || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                int end = i + 1;
                while (end < limit && text.charAt(end) == '-') {
                    end++;
                }
                raw.add(punct(i, end, "\u2014"));
                i = end;
            } else {
                i++;
            }
        }
        return numberSentences(raw, firstSentence);
    }

    private static Token punct(int begin, int end, String text) {
        return new Token(TokenKind.PUNCT, begin, end, text, text, text, 0, -1);
    }

    private static int word(String text, int start, int limit, List<Token> out) {
        int i = start + 1;
        int segment = start;    // start of the current dot-separated segment, for U.S.-style initials
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            boolean nextIsWordChar = i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1));
            if ((c == '\'' || c == '\u2019') && nextIsWordChar && isPossessiveS(text, i, limit)) {
                break;
            }
            if (nextIsWordChar && (c == '-' || c == '\'' || c == '\u2019' || c == '&' || c == '\u2010'
                    || c == '\u2011')) {
                i++;
                segment = i;    // "D-N.Y.": each part may be an initial
                continue;
            }
            if (c == '.' && nextIsWordChar && (i - segment == 1 || Character.isDigit(text.charAt(i - 1)))) {
                i++;
                segment = i;
                continue;
            }
            break;
        }
        String word = text.substring(start, i);
        if (i < limit && text.charAt(i) == '.' && keepsPeriod(word)) {
            i++;
            word = text.substring(start, i);
        }
        out.add(new Token(TokenKind.WORD, start, i, word, lower(word), Lexicon.normalise(word), 0, -1));
        if (i < limit && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
            if (isPossessiveS(text, i, limit)) {
                out.add(new Token(TokenKind.POSSESSIVE, i, i + 2, text.substring(i, i + 2), "'s", "'s", 0, -1));
                return i + 2;
            }
            boolean afterS = word.endsWith("s") || word.endsWith("S");
            boolean endsWord = i + 1 >= limit || !Character.isLetterOrDigit(text.charAt(i + 1));
            if (afterS && endsWord) {
                out.add(new Token(TokenKind.POSSESSIVE, i, i + 1, text.substring(i, i + 1), "'", "'", 0, -1));
                return i + 1;
            }
        }
        return i;
    }

    private static boolean isPossessiveS(String text, int apostrophe, int limit) {
        int s = apostrophe + 1;
        if (s >= limit || (text.charAt(s) != 's' && text.charAt(s) != 'S')) {
            return false;
        }
        return s + 1 >= limit || !Character.isLetterOrDigit(text.charAt(s + 1));
    }

    private static boolean keepsPeriod(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;                                    // an initial: Antony J. Blinken
        }
        if (word.indexOf('.') > 0) {
            return true;                                    // U.S. or a.m.
        }
        return Lexicon.isAbbreviation(word.toLowerCase(Locale.ROOT));
    }

    static String lower(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.indexOf('\u2019') >= 0 ? lower.replace('\u2019', '\'') : lower;
    }

    private static List<Token> numberSentences(List<Token> raw, int firstSentence) {
        List<Token> out = new ArrayList<>(raw.size());
        int sentence = firstSentence;
        for (int k = 0; k < raw.size(); k++) {
            Token t = raw.get(k);
            out.add(t.withSentence(sentence));
            if (k + 1 < raw.size() && endsSentence(t, raw.get(k + 1))) {
                sentence++;
            }
        }
        return out;
    }

    private static boolean endsSentence(Token t, Token next) {
        boolean nextStarts = next.isQuote() || (next.isWord() && (Character.isUpperCase(next.text().charAt(0))
                || Character.isDigit(next.text().charAt(0))));
        if (!nextStarts) {
            return false;
        }
        if (t.kind() == TokenKind.PUNCT) {
            return t.text().equals(".") || t.text().equals("?") || t.text().equals("!") || t.text().equals("\u2026");
        }
        if (t.isQuote()) {
            String quoted = t.text();
            char last = quoted.isEmpty() ? ' ' : quoted.charAt(quoted.length() - 1);
            return last == '.' || last == '?' || last == '!' || last == '\u2026';
        }
        return false;
    }
}
