package io.broadsheet.internal.load;

import io.broadsheet.internal.WordCount;
import io.broadsheet.internal.WorkCounter;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;
import io.broadsheet.spi.DatelineParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts plain or Markdown-ish text into blocks.
 *
 * <p>Paragraphs are separated by blank lines; a document that has no blank line between its lines at all (many
 * copy-pasted articles) gets one paragraph per line instead. Markdown headings ({@code #}), list items and
 * {@code >} quotations become their own blocks. A YAML front matter at the very top becomes metadata.
 *
 * <p>Text copied from a web page keeps blank lines in some places and not others, so that its head (section,
 * headline, standfirst; byline and date) comes as a few lines with no blank line between them. At the top of a
 * document whose paragraphs are separated by blank lines, a block of short lines that does not end like a
 * sentence is cut into one block a line ({@link #splitHeadLines}), unless its lines are wrapped prose: a line is
 * taken as wrapped when the next line's first word would not have fitted after it within the width the body's
 * own wrapped paragraphs show.
 */
public final class TextBlockReader {

    private TextBlockReader() {
    }

    /** The blocks and front-matter metadata of a text. */
    public record Result(List<Block> blocks, Map<String, String> frontMatter, boolean markdown) {
    }

    /**
     * @param text text with normalised line endings and no control characters ({@link TextCleaner#normaliseLines})
     * @return its blocks
     */
    public static Result read(String text) {
        int n = text.length();
        char[] chars = CharScratch.take(n);
        try {
            text.getChars(0, n, chars, 0);
            return read(new PlainText(chars, n), false);
        } finally {
            CharScratch.release(chars);
        }
    }

    /**
     * Reads text that may still need {@link TextCleaner#normaliseLines}, giving up at the first character that
     * normalising would change.
     *
     * @param plain the text; only read, and not kept
     * @return its blocks, or null when it needs normalising first
     */
    static Result readIfNormalised(PlainText plain) {
        return read(plain, true);
    }

    private static Result read(PlainText plain, boolean checkNormalised) {
        char[] text = plain.chars();
        int n = plain.length();
        // Lines are walked in place, as ranges of the text: a line is copied once, when it becomes a block's line.
        WorkCounter.add(3L * n);
        Map<String, String> frontMatter = new LinkedHashMap<>();
        int startLine = startsWithFrontMatterFence(text, n) ? FrontMatter.read(headLines(text, n), frontMatter) : 0;
        int from = offsetOfLine(text, n, startLine);
        if (checkNormalised && (LineScan.classify(text, 0, from) & LineScan.NORMALISE) != 0) {
            return null;
        }
        boolean markdown = !frontMatter.isEmpty();
        // Most texts either show a blank line between text near the top or have none (one paragraph per line).
        // So reading starts as if there were none, and starts again, joining lines, on meeting the first: that
        // usually repeats a line or two, where a pass of its own to decide first went over the whole of every
        // text without one.
        Result result = readLines(plain, from, startLine, checkNormalised, true, frontMatter, markdown);
        if (result == HAS_BLANK_LINE_BETWEEN_TEXT) {
            result = readLines(plain, from, startLine, checkNormalised, false, frontMatter, markdown);
        }
        return result;
    }

    /** What {@link #readLines} returns when reading one paragraph per line meets a blank line between text. */
    private static final Result HAS_BLANK_LINE_BETWEEN_TEXT = new Result(List.of(), Map.of(), false);

    /**
     * Reads the lines from offset {@code from} on.
     *
     * @param oneParagraphPerLine whether to make each line a paragraph of its own (true for a text with no blank
     *                            line between text); when true, returns {@link #HAS_BLANK_LINE_BETWEEN_TEXT} on
     *                            meeting such a line
     * @return the blocks, or null when {@code checkNormalised} and the text needs normalising
     */
    private static Result readLines(PlainText plain, int from, int startLine, boolean checkNormalised,
                                    boolean oneParagraphPerLine, Map<String, String> frontMatter, boolean markdown) {
        char[] text = plain.chars();
        int n = plain.length();
        Paragraph pending = new Paragraph(plain);
        List<Block> blocks = new ArrayList<>();
        boolean seenText = false;
        boolean blankAfterText = false;
        int lineNo = startLine;
        for (int begin = from; begin < n; ) {
            int lineBegin = begin;
            long scan = LineScan.scanLine(text, begin, n);
            int end = (int) scan;
            int flags = (int) (scan >>> 32);
            lineNo++;
            if (checkNormalised && (flags & LineScan.NORMALISE) != 0) {
                return null;
            }
            int b = skipWhiteSpace(text, begin, end);
            int e = skipWhiteSpaceBack(text, b, end);
            begin = end + 1;
            if (b == e) {
                blankAfterText = seenText;
                pending.flush(blocks);
                continue;
            }
            if (blankAfterText && oneParagraphPerLine) {
                return HAS_BLANK_LINE_BETWEEN_TEXT;
            }
            seenText = true;
            if ((b > lineBegin || e < end) && (flags & (LineScan.UNCLEAN | LineScan.NORMALISE)) != 0) {
                // The white space trimmed off may have been all that was unclean; markup signs are not white space.
                flags = LineScan.classify(text, b, e);
            } else {
                flags &= LineScan.MARKUP | LineScan.UNCLEAN | LineScan.MARKDOWN_HINT | LineScan.NORMALISE;
            }
            if (!markdown && (flags & LineScan.MARKDOWN_HINT) != 0) {
                markdown = LineScan.hasMarkdownSignal(text, b, e);
            }
            if (LineScan.mayOpenBlock(text[b])) {
                markdown |= readMarkedLine(text, b, e, flags, lineNo, oneParagraphPerLine, pending, blocks);
            } else if (oneParagraphPerLine) {
                pending.flush(blocks);
                pending.add(text, b, e, flags, lineNo);
                pending.flush(blocks, BlockKind.PARAGRAPH, 0);
            } else {
                pending.add(text, b, e, flags, lineNo);
            }
        }
        pending.flush(blocks);
        if (!oneParagraphPerLine && !blocks.isEmpty()) {
            splitHeadLines(blocks, pending.wrapWidth);
        }
        return new Result(blocks, frontMatter, markdown);
    }

    /** How many blocks at the top of a document may be its head. */
    private static final int MAX_HEAD_BLOCKS = 6;
    /**
     * A head (section, headline, standfirst, byline, date, ...) glued into one block has a few lines; a GOV.UK
     * speech's has eight (kind, headline, summary, {@code From:}, {@code Published}, {@code Delivered on:},
     * {@code Location:}).
     */
    private static final int MAX_HEAD_LINES = 8;
    /** A line of a head is at most this long. */
    private static final int MAX_HEAD_LINE = 160;
    /** Lower-case words that leave a line's phrase to be finished on the next line ({@code News provided by}). */
    private static final Set<String> JOINING_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "of", "on", "or", "the", "to", "with");

    /**
     * Cuts the blocks at the top of the document that are really a head's lines without blank lines between them
     * ({@code Politics} / {@code Ministers agree new rules on river pollution} / {@code Water firms face fines})
     * into a block a line. The head ends at the first block that ends like a sentence: the story.
     *
     * @param blocks    the blocks read, changed in place
     * @param wrapWidth the longest line that is not the last of a paragraph ending like a sentence, 0 when no
     *                  such paragraph is wrapped
     */
    static void splitHeadLines(List<Block> blocks, int wrapWidth) {
        int last = Math.min(blocks.size(), MAX_HEAD_BLOCKS);
        for (int i = 0; i < last; i++) {
            Block block = blocks.get(i);
            if (endsLikeSentence(block.text()) && !endsWithLabelledNote(block)) {
                return;
            }
            if (block.kind() == BlockKind.PARAGRAPH && block.lines().size() > 1 && isHeadLines(block.lines())) {
                List<Block> parts = headParts(block, wrapWidth);
                if (parts.size() > 1) {
                    blocks.remove(i);
                    blocks.addAll(i, parts);
                    last = Math.min(blocks.size(), last + parts.size() - 1);
                    i += parts.size() - 1;
                }
            }
        }
    }

    /**
     * {@code Delivered on: 3 March 2025 (Transcript of the speech)}: a block of several lines whose last is a
     * labelled value with a note in brackets ends with the bracket, not with a sentence.
     */
    private static boolean endsWithLabelledNote(Block block) {
        String text = block.text();
        if (text.charAt(text.length() - 1) != ')' || block.lines().size() < 2) {
            return false;
        }
        String last = block.lines().get(block.lines().size() - 1);
        int colon = last.indexOf(':');
        return colon > 0 && colon <= MAX_LABEL && WordCount.of(last.substring(0, colon)) <= MAX_LABEL_WORDS;
    }

    /** The longest label in front of a value ({@code Delivered on:}). */
    private static final int MAX_LABEL = 20;
    private static final int MAX_LABEL_WORDS = 3;

    /**
     * Whether the lines may be a head's: a few, each short, none a way to reach someone (a contact card's
     * {@code +32 2 555 01 23} or address: the card is one block), and none carrying its phrase on to the next
     * line (the next opens in lower case, or the line ends with a label's colon, a comma, a dash or a joining word
     * such as {@code by}). The last does not end like a sentence (the caller has checked); the others may (a
     * standfirst is a sentence), as the wrap test tells them from wrapped prose.
     */
    private static boolean isHeadLines(List<String> lines) {
        if (lines.size() > MAX_HEAD_LINES) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            char first = line.charAt(0);
            if (line.length() > MAX_HEAD_LINE || first == '+' || first == '(' || line.indexOf('@') >= 0
                    || i + 1 < lines.size() && (carriesOn(line)
                    || Character.isLowerCase(lines.get(i + 1).charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line ends with a colon, a comma, a dash or a joining word, its phrase going on on the next
     * line.
     */
    private static boolean carriesOn(String line) {
        int n = line.length();
        char last = line.charAt(n - 1);
        if (last == ':' || last == ',' || last == '-' || last == '\u2013' || last == '\u2014' || last == '&' || last == '/'
                || last == '|') {
            return true;
        }
        int space = line.lastIndexOf(' ');
        return n - space <= 5 && Character.isLowerCase(line.charAt(space + 1))
                && JOINING_WORDS.contains(line.substring(space + 1));
    }

    /**
     * Whether the one-word line is a page's date label ({@code Published}, {@code Updated}) whose date is on the
     * next line.
     */
    private static boolean isStampLabel(String line) {
        return line.indexOf(' ') < 0 && DatelineParser.opensWithPageStamp(line + " ");
    }

    /**
     * The block cut at each line break that is no wrap: where the next line's first word would have fitted
     * after the line within {@code wrapWidth} (anywhere when the body is not wrapped), and the line is no date
     * label.
     */
    private static List<Block> headParts(Block block, int wrapWidth) {
        List<String> lines = block.lines();
        List<Block> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || !isStampLabel(lines.get(i - 1)) && (wrapWidth == 0
                    || lines.get(i - 1).length() + 1 + firstWordLength(lines.get(i)) <= wrapWidth)) {
                List<String> part = lines.subList(from, i);
                String text = part.size() == 1 ? part.get(0) : String.join(" ", part);
                parts.add(new Block(block.kind(), text, part, block.level(), block.line() + from,
                        from == 0 ? block.leadingStrong() : Optional.empty(), block.mainContent()));
                from = i;
            }
        }
        return parts;
    }

    private static int firstWordLength(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line.length() : space;
    }

    /** Whether the text ends with the mark a sentence, or a quoted one, ends with. */
    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ';' || last == ':' || last == '"'
                || last == '\u201d' || last == '\u2019' || last == ')';
    }

    /**
     * Reads a trimmed line text[b, e) that opens with a character a heading, list item or block quotation opens
     * with. The marker is cut off by moving the bounds, not by copying.
     *
     * @return whether the line is a Markdown heading
     */
    private static boolean readMarkedLine(char[] text, int b, int e, int flags, int lineNo,
                                          boolean oneParagraphPerLine, Paragraph pending, List<Block> blocks) {
        if (!pending.open && (text[b] == '-' || text[b] == '*') && isThematicBreak(text, b, e)) {
            // "---" between blocks: a Markdown rule, which separates and says nothing; under a line of text it
            // would underline a heading, so only a rule after a blank line is dropped
            return false;
        }
        int heading = headingLevel(text, b, e);
        BlockKind kind = null;
        int contentBegin = b;
        int contentEnd = e;
        int marker;
        if (heading > 0) {
            kind = BlockKind.HEADING;
            contentBegin = skipWhiteSpace(text, b + heading, e);
            contentEnd = closingHashesStart(text, contentBegin, e);
        } else if ((marker = listMarkerLength(text, b, e)) > 0) {
            kind = BlockKind.LIST_ITEM;
            contentBegin = skipWhiteSpace(text, b + marker, e);
        } else if (text[b] == '>' && !(e - b > 1 && text[b + 1] == '>')) {
            kind = BlockKind.BLOCKQUOTE;
            contentBegin = skipWhiteSpace(text, b + 1, e);
        }
        int contentFlags = kind == null ? flags : LineScan.classify(text, contentBegin, contentEnd);
        if (kind != null || oneParagraphPerLine) {
            pending.flush(blocks);
            pending.add(text, contentBegin, contentEnd, contentFlags, lineNo);
            pending.flush(blocks, kind == null ? BlockKind.PARAGRAPH : kind, Math.max(heading, 0));
        } else {
            pending.add(text, contentBegin, contentEnd, contentFlags, lineNo);
        }
        return heading > 0;
    }

    /**
     * The lines of the paragraph being read, cleaned as they arrive: inline markup stripped, characters
     * normalised, empty results dropped.
     */
    private static final class Paragraph {
        private final PlainText source;
        private final List<String> cleaned = new ArrayList<>();
        private String leadingStrong;
        private int line;
        private boolean open;
        /** The longest line of the paragraph being read that is not its last. */
        private int longestInner;
        /** The length of the paragraph's last line so far, 0 before its first. */
        private int lastLength;
        /**
         * Whether a line after the first opens in lower case: wrapped prose, not a list of short lines (a copied
         * page's share links closed by {@code Is this page useful?}), whose widths say nothing of the wrap.
         */
        private boolean wrapsProse;
        /** The longest line that is not the last of a paragraph ending like a sentence: the body's wrap width. */
        int wrapWidth;

        Paragraph(PlainText source) {
            this.source = source;
        }

        /** Adds the line text[begin, end), whose {@link LineScan#classify} flags are given. */
        void add(char[] text, int begin, int end, int flags, int lineNo) {
            if (!open) {
                open = true;
                line = lineNo;
            }
            String clean;
            String strong = null;
            if ((flags & (LineScan.MARKUP | LineScan.UNCLEAN)) == 0) {
                // The common line: no markup, nothing to normalise, already stripped; one copy and done.
                clean = source.string(begin, end);
            } else if ((flags & (LineScan.MARKUP | LineScan.OTHER_UNCLEAN)) == 0) {
                clean = TextCleaner.cleanNbsp(text, begin, end);
            } else if ((flags & LineScan.MARKUP) == 0) {
                clean = TextCleaner.cleanInline(text, begin, end);
            } else {
                InlineMarkdown.Result stripped = InlineMarkdown.strip(text, begin, end);
                strong = stripped.leadingStrong();
                clean = TextCleaner.cleanInline(stripped.text());
            }
            if (cleaned.isEmpty()) {
                leadingStrong = strong;
            }
            if (!clean.isEmpty()) {
                // the line before, now known not to be the last
                longestInner = Math.max(longestInner, lastLength);
                wrapsProse |= lastLength > 0 && Character.isLowerCase(clean.charAt(0));
                lastLength = clean.length();
                cleaned.add(clean);
            }
        }

        void flush(List<Block> blocks) {
            flush(blocks, BlockKind.PARAGRAPH, 0);
        }

        void flush(List<Block> blocks, BlockKind kind, int level) {
            if (!open) {
                return;
            }
            open = false;
            if (!cleaned.isEmpty()) {
                // No line is empty, so joining them with single spaces is what TextCleaner.joinLines does;
                // String.join sizes the result exactly and copies each line once.
                String text = cleaned.size() == 1 ? cleaned.get(0) : String.join(" ", cleaned);
                if (longestInner > wrapWidth && wrapsProse && endsLikeSentence(text)) {
                    wrapWidth = longestInner;
                }
                blocks.add(new Block(kind, text, cleaned, level, line,
                        Optional.ofNullable(leadingStrong == null ? null : TextCleaner.cleanInline(leadingStrong)), true));
                cleaned.clear();
            }
            leadingStrong = null;
            wrapsProse = false;
            longestInner = 0;
            lastLength = 0;
        }
    }

    /** {@code ---}, {@code * * *}: three or more of the same mark, with nothing but spaces between. */
    private static boolean isThematicBreak(char[] text, int b, int e) {
        char mark = text[b];
        int marks = 0;
        for (int i = b; i < e; i++) {
            if (text[i] == mark) {
                marks++;
            } else if (text[i] != ' ' && text[i] != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }

    /**
     * Where the optional closing {@code ##} of the ATX heading content text[begin, end) starts, after the white
     * space before it (it needs a space before it, so {@code C#} stays); {@code end} when there is none.
     */
    private static int closingHashesStart(char[] text, int begin, int end) {
        int hashes = end;
        while (hashes > begin && text[hashes - 1] == '#') {
            hashes--;
        }
        if (hashes == end || hashes > begin && text[hashes - 1] != ' ' && text[hashes - 1] != '\t') {
            return end;
        }
        return skipWhiteSpaceBack(text, begin, hashes);
    }

    private static boolean startsWithFrontMatterFence(char[] text, int n) {
        int end = 0;
        while (end < n && text[end] != '\n') {
            end++;
        }
        int b = skipWhiteSpace(text, 0, end);
        return skipWhiteSpaceBack(text, b, end) - b == 3 && text[b] == '-' && text[b + 1] == '-' && text[b + 2] == '-';
    }

    /** The first lines of the text, as many as front matter may span. */
    private static List<String> headLines(char[] text, int n) {
        List<String> lines = new ArrayList<>();
        int begin = 0;
        while (begin < n && lines.size() < FrontMatter.MAX_LINES) {
            int end = begin;
            while (end < n && text[end] != '\n') {
                end++;
            }
            lines.add(new String(text, begin, end - begin));
            begin = end + 1;
        }
        return lines;
    }

    /** The offset where the 0-based line starts (the text's length when it has fewer lines). */
    private static int offsetOfLine(char[] text, int n, int line) {
        int offset = 0;
        for (int i = 0; i < line && offset < n; i++) {
            while (offset < n && text[offset] != '\n') {
                offset++;
            }
            offset = Math.min(n, offset + 1);
        }
        return offset;
    }

    /** The first offset in [from, to) that is not white space as {@link String#strip()} sees it, or {@code to}. */
    private static int skipWhiteSpace(char[] text, int from, int to) {
        int i = from;
        while (i < to && isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    /** The end of [from, to) without its trailing white space as {@link String#strip()} sees it. */
    private static int skipWhiteSpaceBack(char[] text, int from, int to) {
        int i = to;
        while (i > from && isWhitespace(text[i - 1])) {
            i--;
        }
        return i;
    }

    /** {@link Character#isWhitespace(char)}, with ASCII decided inline. */
    private static boolean isWhitespace(char c) {
        return c <= ' ' ? c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C : c >= 0x80 && Character.isWhitespace(c);
    }

    /** The level of the ATX heading that the trimmed line text[b, e) is, or 0. */
    private static int headingLevel(char[] text, int b, int e) {
        int level = 0;
        while (b + level < e && text[b + level] == '#') {
            level++;
        }
        if (level == 0 || level > 6 || b + level >= e || text[b + level] != ' ') {
            return 0;
        }
        return level;
    }

    /** The length of the list marker and its space that open the trimmed line text[b, e), or 0. */
    private static int listMarkerLength(char[] text, int b, int e) {
        int length = e - b;
        char first = text[b];
        if (length > 2 && (first == '-' || first == '*' || first == '+') && text[b + 1] == ' '
                && !(first == '*' && contains(text, b + 2, e, '*'))) {
            return 2;
        }
        if (length > 2 && LineScan.isBullet(first) && (text[b + 1] == ' ' || text[b + 1] == '\t'
                || text[b + 1] == '\u00A0')) {
            return 2;       // "• a cap on fees": a bullet copied from a page or a word processor
        }
        int digits = 0;
        while (digits < length && digits < 3 && Character.isDigit(text[b + digits])) {
            digits++;
        }
        if (digits > 0 && digits + 1 < length && (text[b + digits] == '.' || text[b + digits] == ')')
                && text[b + digits + 1] == ' ') {
            return digits + 2;
        }
        return 0;
    }

    private static boolean contains(char[] text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text[i] == c) {
                return true;
            }
        }
        return false;
    }
}
