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
 * <p>Single marks ({@code ‘ ’ '}) quote only where a document has used no double mark so far: in the British style
 * ({@code 'We will fight on,' she said.}), where a quote within a quote takes double marks ({@code 'It is
 * "improving", they say,' she said.}): those keep the document in the single-mark style. Elsewhere they are nested quotes or apostrophes ({@code Russia's},
 * {@code '90s}). Because apostrophes look like them, a single-marked quote needs a clear opening at the start of a
 * word and a closing mark in its own paragraph, and is never repaired.
 *
 * <p>One instance scans one document, in paragraph order; it remembers whether double marks have been seen.
 */
final class MarkScanner {

    /** Words written with a leading apostrophe, which opens no quotation: {@code rock 'n' roll}, {@code 'til}. */
    private static final Set<String> ELISIONS = Set.of("n", "em", "til", "tis", "twas", "cause",
            "cos", "bout", "round", "s", "t", "d", "ll", "re", "ve", "m");

    private final List<String> paragraphs;
    private final Word.Table words;
    /** Whether a paragraph scanned so far held a double mark: then single marks quote nothing. */
    private boolean doubleMarks;

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
        boolean nextOpens = p + 1 < paragraphs.size() && opensWithMark(paragraphs.get(p + 1));
        int before = spans.size();
        char[] chars = words.charsOf(text);
        int firstDouble = nextMark(chars, 0, text.length());
        if (firstDouble < text.length()) {
            if (!doubleMarks && nestedInSingleMarks(p, text, chars, firstDouble, spans, before)) {
                return spans.size() - before;     // 'They were told it was "improving",' he said: British style
            }
            doubleMarks = true;
            scanParagraph(p, text, chars, nextOpens, spans);
        } else if (!doubleMarks) {
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
    private static void scanParagraph(int p, String text, char[] chars, boolean nextOpens, List<MarkedSpan> out) {
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
     * Finds the single-marked quotations of a paragraph with no double marks: {@code ‘...’} or {@code '...'}, opened
     * at the start of a word and closed in the paragraph; an opening left unclosed quotes nothing.
     */
    private static void scanSingleMarks(int p, String text, char[] chars, List<MarkedSpan> out) {
        int n = text.length();
        int open = -1;
        for (int i = nextSingleMark(chars, 0, n); i < n; i = nextSingleMark(chars, i + 1, n)) {
            if (open < 0) {
                if (opensSingle(text, chars, i, n)) {
                    open = i;
                }
            } else if (closesSingle(chars, i, n)) {
                add(out, p, text, open, open + 1, i, i + 1, false, false, false);
                open = -1;
            }
        }
    }

    /**
     * In a document that has so far quoted with single marks, whether every double mark of this paragraph lies
     * inside one of its single-marked quotations, the British way of nesting a quote in a quote; if so, those
     * quotations are added and the document stays in the single-mark style. Otherwise nothing is added.
     */
    private static boolean nestedInSingleMarks(int p, String text, char[] chars, int firstDouble,
                                               List<MarkedSpan> spans, int before) {
        if (nextSingleMark(chars, 0, firstDouble) >= firstDouble) {
            return false;         // no single mark before the first double one: it quotes in its own right
        }
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
            char c = chars[i];
            if (c == '\'' || c == '\u2018' || c == '\u2019') {
                return i;
            }
        }
        return n;
    }

    /** An opening single mark: {@code ‘} or {@code '} at the start of a word that is no elision ({@code 'til}). */
    private static boolean opensSingle(String text, char[] chars, int i, int n) {
        char c = chars[i];
        if (c == '\u2019' || i + 1 >= n || !Character.isLetter(chars[i + 1])) {
            return false;
        }
        if (i > 0) {
            char before = chars[i - 1];
            if (!Character.isWhitespace(before) && "([\u2014\u2013".indexOf(before) < 0) {
                return false;
            }
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
    private static boolean closesSingle(char[] chars, int i, int n) {
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
        // "the nurses' pay": an s, a space and a lower-case word read as a possessive
        return !(before == 's' && after == ' ' && i + 2 < n && Character.isLowerCase(chars[i + 2]));
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
     * The first double mark in {@code chars[from, n)}, or {@code n}. One pass over the characters however many
     * kinds of mark there are: every mark but the straight one lies at or above U+00AB, so most characters cost
     * one or two comparisons, and an array read instead of {@link String#charAt}'s checks.
     */
    private static int nextMark(char[] chars, int from, int n) {
        for (int i = from; i < n; i++) {
            char c = chars[i];
            if (c == '"' || (c >= '\u00AB' && isDoubleMark(c))) {
                return i;
            }
        }
        return n;
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

    static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
