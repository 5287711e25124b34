package io.broadsheet.internal.quote;

import io.broadsheet.internal.WorkCounter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the stretches of text between quotation marks, one left-to-right pass per paragraph.
 *
 * <p>Straight marks ({@code "}) are told apart as opening or closing by the characters around them; typographic
 * marks ({@code “ ” „ « »}) by their shape, with German {@code „…“} and mixed styles accepted. Lost marks are
 * repaired: a closing mark with no opening one starts its quote at the paragraph's start (or after the previous
 * quote), and a quote still open at the end of its paragraph ends there unless the next paragraph opens with a
 * mark, the convention for a quotation that runs over paragraphs. Nothing ever spans more than one paragraph, so
 * no quote can swallow the rest of a document.
 *
 * <p>Single marks ({@code ‘ ’ '}) quote in the British style ({@code 'We will fight on,' she said.}), where a quote
 * within a quote takes double marks ({@code 'It is "improving", they say,' she said.}); elsewhere they are nested
 * quotes or apostrophes ({@code Russia's}, {@code '90s}). Papers mix the styles from one paragraph to the next (a
 * double-marked phrase, then a single-marked statement), so the style is read per paragraph: single marks quote in
 * a paragraph with no double marks, and in one with double marks where they lie outside its double-marked
 * quotations. Because apostrophes look like them, a single-marked quote needs a clear opening at the start of a
 * word and a closing mark in its own paragraph, or, running over paragraphs, a next paragraph that opens with a
 * single mark again; it is never repaired.
 *
 * <p>One instance scans one document, in paragraph order.
 */
final class MarkScanner {

    /** Words written with a leading apostrophe, which opens no quotation: {@code rock 'n' roll}, {@code 'til}. */
    private static final Set<String> ELISIONS = Set.of("n", "em", "til", "tis", "twas", "cause",
            "cos", "bout", "round", "s", "t", "d", "ll", "re", "ve", "m");

    /**
     * Words that never follow a plural possessive, which is followed by what it owns: after {@code s'} they show the
     * mark closes a quote.
     */
    private static final Set<String> NO_POSSESSED = Set.of("and", "or", "but", "on", "in", "at", "to", "as",
            "after", "before", "because", "while", "when", "with", "for", "from", "by", "than", "that", "which",
            "who", "is", "was", "were", "are", "has", "had", "have", "if", "into", "over", "since", "until",
            "he", "she", "they", "it", "we", "said", "says", "adding");

    private final List<String> paragraphs;
    private final Word.Table words;
    /**
     * Where {@link #nextMark} first passed a single mark at the start of a word, the only place one can open a
     * quotation, since the paragraph's scan began; -1 if it has not. Noted on the way, so that the paragraphs
     * without one, most of them, are read once.
     */
    private int singleOpening;
    /** Single-marked spans of a paragraph that also holds double marks, before they are merged; reused. */
    private final List<MarkedSpan> singles = new ArrayList<>();

    /**
     * @param paragraphs the document's paragraphs
     * @param words      this thread's word cache, which lends the buffer the characters are read from
     */
    MarkScanner(List<String> paragraphs, Word.Table words) {
        this.paragraphs = paragraphs;
        this.words = words;
    }

    /**
     * @param paragraphs the document's paragraphs
     * @param words      this thread's word cache, which lends the buffer the characters are read from
     * @return the marked spans, in reading order
     */
    static List<MarkedSpan> scan(List<String> paragraphs, Word.Table words) {
        MarkScanner scanner = new MarkScanner(paragraphs, words);
        List<MarkedSpan> spans = new ArrayList<>();
        long scanned = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            scanned += paragraphs.get(p).length();
            scanner.scan(p, spans);
        }
        WorkCounter.add(scanned);      // once per document: the counter is a thread-local
        return spans;
    }

    /**
     * Finds one paragraph's marked spans, the paragraphs before it already scanned. Lets a caller tokenize each
     * paragraph right after scanning it, while the word table still lends out its characters: {@link
     * Word.Table#charsOf} then hands them over without copying them a second time. Unlike {@link #scan(List,
     * Word.Table)}, leaves counting the work to the caller.
     *
     * @param p     the paragraph to scan; paragraphs are scanned in order
     * @param spans the spans of paragraphs {@code 0..p-1}; this paragraph's are added
     * @return how many spans were added
     */
    int scan(int p, List<MarkedSpan> spans) {
        String text = paragraphs.get(p);
        boolean continuing = !spans.isEmpty() && spans.get(spans.size() - 1).paragraph() == p - 1
                && spans.get(spans.size() - 1).continues();
        int before = spans.size();
        char[] chars = words.charsOf(text);
        int n = text.length();
        singleOpening = -1;
        int firstDouble = nextMark(chars, 0, n);
        if (firstDouble < n) {
            int openingBefore = singleOpening;
            if (openingBefore < 0 || !nestedInSingleMarks(p, text, chars, firstDouble, spans, before)) {
                boolean nextOpens = p + 1 < paragraphs.size() && opensWithMark(paragraphs.get(p + 1));
                scanParagraph(p, text, chars, nextOpens, spans);
                if (singleOpening >= 0) {
                    addSinglesOutside(p, text, chars, spans, before);    // "a disgrace", then 'We will not ...'
                }
            }
        } else if (singleOpening >= 0) {
            scanSingleMarks(p, text, chars, spans);
        }
        if (continuing && spans.size() > before) {
            MarkedSpan first = spans.get(before);
            if (first.regionBegin() == firstNonSpace(text, 0)) {
                spans.set(before, first.withContinued());
            }
        }
        return spans.size() - before;
    }

    /** @param chars {@code text}'s characters, at the start of a possibly longer buffer */
    private void scanParagraph(int p, String text, char[] chars, boolean nextOpens, List<MarkedSpan> out) {
        int n = text.length();
        int open = -1;          // index of the current opening mark, -1 outside a quote
        char opener = 0;
        int depth = 0;          // nested double quotes inside the current one
        int lastEnd = 0;        // where text after the previous quote starts
        for (int i = nextMark(chars, 0, n); i < n; i = nextMark(chars, i + 1, n)) {
            char c = text.charAt(i);
            boolean left = leftFlanking(text, i);
            boolean right = rightFlanking(text, i);
            if (open < 0) {
                if (opensOutside(c, left, right, text, i)) {
                    open = i;
                    opener = c;
                    depth = 0;
                } else if (closesOutside(c, left, right, text, i)) {
                    int start = firstNonSpace(text, lastEnd == 0 ? 0 : sentenceStartAfter(text, lastEnd, i));
                    add(out, p, text, start, start, i, i + 1, true, false, false);
                    lastEnd = i + 1;
                }
                continue;
            }
            // inside a quote
            if (closesInside(c, opener, left, right)) {
                if (depth > 0) {
                    depth--;
                } else {
                    add(out, p, text, open, open + 1, i, i + 1, false, false, false);
                    open = -1;
                    lastEnd = i + 1;
                }
            } else if (left && depth < 2) {
                depth++;
            }
        }
        if (open >= 0) {
            add(out, p, text, open, open + 1, n, n, false, !nextOpens, nextOpens);
        }
    }

    /**
     * Finds the single-marked quotations of a paragraph: {@code ‘...’} or {@code '...'}, opened at the start of a
     * word and closed in the paragraph. An opening left unclosed quotes nothing, unless it starts a sentence or
     * follows a colon and the next paragraph opens with a single mark: a quotation running over paragraphs.
     */
    private void scanSingleMarks(int p, String text, char[] chars, List<MarkedSpan> out) {
        int n = text.length();
        int open = -1;
        for (int i = nextSingleMark(chars, 0, n); i < n; i = nextSingleMark(chars, i + 1, n)) {
            if (open < 0) {
                if (opensSingle(text, chars, i, n)) {
                    open = i;
                }
            } else if (closesSingle(text, chars, i, n)) {
                add(out, p, text, open, open + 1, i, i + 1, false, false, false);
                open = -1;
            }
        }
        if (open >= 0 && opensStatement(chars, open) && p + 1 < paragraphs.size()
                && opensWithSingleMark(paragraphs.get(p + 1))) {
            add(out, p, text, open, open + 1, n, n, false, false, true);
        }
    }

    /**
     * Adds the single-marked quotations of a paragraph whose double marks quote in their own right, as in {@code
     * 'We will not back down,' she said of the "disgrace".}: each one that no double-marked span crosses, with the
     * double-marked spans nested inside it dropped. Spans stay in reading order.
     *
     * @param before where this paragraph's double-marked spans start in {@code spans}
     */
    private void addSinglesOutside(int p, String text, char[] chars, List<MarkedSpan> spans, int before) {
        singles.clear();
        scanSingleMarks(p, text, chars, singles);
        for (int k = 0; k < singles.size(); k++) {
            MarkedSpan single = singles.get(k);
            boolean crossed = false;
            for (int d = before; d < spans.size() && !crossed; d++) {
                MarkedSpan span = spans.get(d);
                crossed = span.regionBegin() < single.regionEnd() && single.regionBegin() < span.regionEnd()
                        && (span.regionBegin() < single.regionBegin() || span.regionEnd() > single.regionEnd());
            }
            if (crossed) {
                continue;       // a single mark inside a double-marked quotation: nested, or an apostrophe
            }
            int at = before;
            while (at < spans.size() && spans.get(at).regionBegin() < single.regionBegin()) {
                at++;
            }
            while (at < spans.size() && spans.get(at).regionEnd() <= single.regionEnd()) {
                spans.remove(at);           // a double-marked quote within the single-marked one
            }
            spans.add(at, single);
        }
    }

    /**
     * Whether every double mark of a paragraph with a single mark opening a word before its first double mark lies
     * inside one of its single-marked quotations, the British way of nesting a quote in a quote; if so, those
     * quotations are added. Otherwise nothing is added.
     */
    private boolean nestedInSingleMarks(int p, String text, char[] chars, int firstDouble,
                                        List<MarkedSpan> spans, int before) {
        scanSingleMarks(p, text, chars, spans);
        int n = text.length();
        int k = before;
        for (int i = firstDouble; i < n; i = nextMark(chars, i + 1, n)) {
            while (k < spans.size() && spans.get(k).regionEnd() <= i) {
                k++;
            }
            if (k == spans.size() || spans.get(k).regionBegin() > i) {
                while (spans.size() > before) {
                    spans.remove(spans.size() - 1);
                }
                return false;
            }
        }
        return true;
    }

    private static int nextSingleMark(char[] chars, int from, int n) {
        for (int i = from; i < n; i++) {
            if (isSingleMark(chars[i])) {
                return i;
            }
        }
        return n;
    }

    private static boolean isSingleMark(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    /** An opening single mark: {@code ‘} or {@code '} at the start of a word that is no elision ({@code 'til}). */
    private static boolean opensSingle(String text, char[] chars, int i, int n) {
        char c = chars[i];
        if (c == '\u2019' || i + 1 >= n || !startsWord(chars, i)) {
            return false;
        }
        if (Character.isDigit(chars[i + 1])) {
            // "'20 years ago we had nothing,'" quotes; a year cut to two digits ("since '97", "the '90s") does not
            int digitsEnd = i + 1;
            while (digitsEnd < n && digitsEnd - i <= 3 && Character.isDigit(chars[digitsEnd])) {
                digitsEnd++;
            }
            return digitsEnd - i != 3;
        }
        if (!Character.isLetter(chars[i + 1])) {
            return false;
        }
        int wordEnd = i + 1;
        while (wordEnd < n && wordEnd - i <= 6 && Character.isLetter(chars[wordEnd])) {
            wordEnd++;
        }
        return !ELISIONS.contains(text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * A closing single mark: after a word or its punctuation, and before a space, punctuation or the end; not the
     * apostrophe of a plural possessive ({@code the nurses' pay}) or of a contraction ({@code don't}).
     */
    private static boolean closesSingle(String text, char[] chars, int i, int n) {
        if (chars[i] == '\u2018' || i == 0 || Character.isWhitespace(chars[i - 1])) {
            return false;
        }
        if (i + 1 >= n) {
            return true;
        }
        char after = chars[i + 1];
        if (Character.isLetterOrDigit(after)) {
            return false;
        }
        char before = chars[i - 1];
        if (",.?!".indexOf(before) >= 0) {
            return true;
        }
        if (i >= 2 && (before == 'n' || before == 'N') && isSingleMark(chars[i - 2])) {
            return false;         // "rock 'n' roll": the elided "and" has a mark on both sides
        }
        // "the nurses' pay": an s, a space and a lower-case word read as a possessive; but a word that never follows
        // one closes the quote: "called it 'a matter for the courts' and left"
        return !(before == 's' && after == ' ' && i + 2 < n && Character.isLowerCase(chars[i + 2]))
                || followsNoPossessive(text, i + 2, n);
    }

    /** Whether the lower-case word at {@code from} is one that cannot follow a possessive: a function word. */
    private static boolean followsNoPossessive(String text, int from, int n) {
        int end = from;
        while (end < n && end - from <= 8 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - from <= 7 && NO_POSSESSED.contains(text.substring(from, end));
    }

    private static void add(List<MarkedSpan> out, int p, String text, int regionBegin, int begin, int end,
                            int regionEnd, boolean unopened, boolean unclosed, boolean continues) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > b) {
            out.add(new MarkedSpan(p, b, e, regionBegin, regionEnd, unopened, unclosed, false, continues));
        }
    }

    /**
     * The first double mark in {@code chars[from, n)}, or {@code n}; notes in {@link #singleOpening} the first single
     * mark passed at the start of a word. One pass over the characters however many kinds of mark there are: every
     * mark but the straight ones lies at or above U+00AB, and the straight ones between the double mark and the
     * apostrophe, so letters and spaces cost two comparisons, and an array read instead of {@link String#charAt}'s
     * checks.
     */
    private int nextMark(char[] chars, int from, int n) {
        for (int i = from; i < n; i++) {
            char c = chars[i];
            if (c <= '\'') {
                // spaces, the commonest character below the marks, are turned down by the second comparison
                if (c >= '"') {
                    if (c == '"') {
                        return i;
                    }
                    if (c == '\'' && singleOpening < 0 && startsWord(chars, i)) {
                        singleOpening = i;
                    }
                }
            } else if (c >= '\u00AB') {
                if (isDoubleMark(c)) {
                    return i;
                }
                if (c == '\u2018' && singleOpening < 0) {
                    singleOpening = i;
                }
            }
        }
        return n;
    }

    /** Whether a mark at {@code i} stands where a quotation may open: first, or after a space, bracket or dash. */
    private static boolean startsWord(char[] chars, int i) {
        if (i == 0) {
            return true;
        }
        char before = chars[i - 1];
        // No white space lies between the space and U+1680, so the apostrophe of "it's" costs two comparisons.
        if (before > ' ' && before < '\u1680') {
            return before == '(' || before == '[';
        }
        return Character.isWhitespace(before) || before == '\u2014' || before == '\u2013';
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB';
    }

    private static boolean opensOutside(char c, boolean left, boolean right, String text, int i) {
        return switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB' -> true;
            case '\u00BB' -> left && !right;      // German »…« style
            case '\u201D' -> left && !right && text.indexOf('\u201D', i + 1) > 0; // Swedish ”…” style
            default -> {                          // straight mark: decided by its neighbours
                if (i > 0 && Character.isDigit(text.charAt(i - 1)) && !left) {
                    yield false;                  // inches or seconds: 12"
                }
                yield left || !right;
            }
        };
    }

    private static boolean closesOutside(char c, boolean left, boolean right, String text, int i) {
        if (c == '"' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
            return false;
        }
        return (c == '\u201D' || c == '"' || c == '\u00BB') && right;
    }

    private static boolean closesInside(char c, char opener, boolean left, boolean right) {
        return switch (c) {
            case '\u201D' -> true;
            case '\u00BB' -> opener != '\u00BB';
            case '\u00AB' -> opener == '\u00BB';
            case '\u201C' -> opener == '\u201E' || (right && !left);
            case '"' -> right || !left;
            default -> false;
        };
    }

    /** A mark that can open: something follows it, and whitespace, an opening bracket or a dash precedes it. */
    private static boolean leftFlanking(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{\u2014\u2013-/\u2018'".indexOf(before) >= 0
                || isDoubleMark(before);
    }

    /** A mark that can close: something precedes it, and whitespace, punctuation or the end follows it. */
    private static boolean rightFlanking(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 >= text.length()) {
            return true;
        }
        char after = text.charAt(i + 1);
        return Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-\u2026\u2019'".indexOf(after) >= 0
                || isDoubleMark(after);
    }

    /** The start of the first sentence after {@code from}, or {@code from} if none starts before {@code limit}. */
    private static int sentenceStartAfter(String text, int from, int limit) {
        for (int i = from; i + 1 < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return from;
    }

    private static boolean opensWithMark(String paragraph) {
        int i = firstNonSpace(paragraph, 0);
        if (i >= paragraph.length()) {
            return false;
        }
        char c = paragraph.charAt(i);
        return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u201F' || c == '\u00AB';
    }

    /** Whether a paragraph opens with a single mark before a word: the next part of a single-marked quotation. */
    private static boolean opensWithSingleMark(String paragraph) {
        int i = firstNonSpace(paragraph, 0);
        if (i + 1 >= paragraph.length()) {
            return false;
        }
        char c = paragraph.charAt(i);
        return (c == '\'' || c == '\u2018') && Character.isLetter(paragraph.charAt(i + 1));
    }

    /**
     * Whether an opening mark at {@code i} starts its paragraph, a sentence or what a colon introduces, as a
     * quotation running over paragraphs does; not a partial quotation within a sentence.
     */
    private static boolean opensStatement(char[] chars, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(chars[k])) {
            k--;
        }
        return k < 0 || ".:?!,".indexOf(chars[k]) >= 0;
    }

    static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
