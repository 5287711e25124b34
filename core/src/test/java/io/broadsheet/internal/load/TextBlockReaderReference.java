package io.broadsheet.internal.load;

import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The block reader as it was before it read a {@code char[]} (commit 8b61f88, over a String, with the String
 * helpers it used), kept to check {@link TextBlockReader} against. Cuts plain or Markdown-ish text into blocks.
 *
 * <p>Paragraphs are separated by blank lines; a document that has no blank line between its lines at all (many
 * copy-pasted articles) gets one paragraph per line instead. Markdown headings ({@code #}), list items and
 * {@code >} quotations become their own blocks. A YAML front matter at the very top becomes metadata.
 */
final class TextBlockReaderReference {

    private TextBlockReaderReference() {
    }

    /** The blocks and front-matter metadata of a text. */
    record Result(List<Block> blocks, Map<String, String> frontMatter, boolean markdown) {
    }

    /**
     * @param text text with normalised line endings and no control characters ({@link TextCleaner#normaliseLines})
     * @return its blocks
     */
    static Result read(String text) {
        return read(text, false);
    }

    /**
     * Reads text that may still need {@link TextCleaner#normaliseLines}, giving up at the first character that
     * normalising would change.
     *
     * @param text any text
     * @return its blocks, or null when it needs normalising first
     */
    static Result readIfNormalised(String text) {
        return read(text, true);
    }

    private static Result read(String text, boolean checkNormalised) {
        // Lines are walked in place, as ranges of the text: a line is copied once, when it becomes a block's line.
        Map<String, String> frontMatter = new LinkedHashMap<>();
        int startLine = startsWithFrontMatterFence(text) ? FrontMatter.read(headLines(text), frontMatter) : 0;
        int from = offsetOfLine(text, startLine);
        char[] scratch = new char[Math.max(1, Math.min(text.length(), 1024))];
        if (checkNormalised && from > 0 && needsNormalising(text, 0, from, scratch)) {
            return null;
        }
        boolean oneParagraphPerLine = !hasBlankLineBetweenText(text, from);
        Paragraph pending = new Paragraph();
        List<Block> blocks = new ArrayList<>();
        boolean markdown = !frontMatter.isEmpty();
        int n = text.length();
        int lineNo = startLine;
        for (int begin = from; begin < n; ) {
            int newline = text.indexOf('\n', begin);
            int end = newline < 0 ? n : newline;
            lineNo++;
            int b = skipWhiteSpace(text, begin, end);
            int e = skipWhiteSpaceBack(text, b, end);
            if (checkNormalised && (b > begin || e < end) && (needsNormalising(text, begin, b, scratch)
                    || needsNormalising(text, e, end, scratch))) {
                return null;
            }
            begin = end + 1;
            if (b == e) {
                pending.flush(blocks);
                continue;
            }
            int flags = classify(text, b, e, scratch);
            if (checkNormalised && (flags & LineScan.NORMALISE) != 0) {
                return null;
            }
            if (!markdown && (flags & LineScan.MARKDOWN_HINT) != 0) {
                markdown = hasMarkdownSignal(text, b, e);
            }
            if (LineScan.mayOpenBlock(text.charAt(b))) {
                markdown |= readMarkedLine(text.substring(b, e), flags, lineNo, oneParagraphPerLine, pending, blocks,
                        scratch);
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
            TextBlockReader.splitHeadLines(blocks, wrapWidth(blocks));
        }
        return new Result(blocks, frontMatter, markdown);
    }

    /**
     * The longest line that is not the last of a block of wrapped prose (a line after its first opens in lower
     * case) ending like a sentence; 0 when there is none.
     */
    private static int wrapWidth(List<Block> blocks) {
        int width = 0;
        for (Block block : blocks) {
            String text = block.text();
            if (".!?;:\"\u201d\u2019)".indexOf(text.charAt(text.length() - 1)) >= 0 && wrapsProse(block.lines())) {
                for (String line : block.lines().subList(0, block.lines().size() - 1)) {
                    width = Math.max(width, line.length());
                }
            }
        }
        return width;
    }

    private static boolean wrapsProse(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (Character.isLowerCase(lines.get(i).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsNormalising(String text, int begin, int end, char[] scratch) {
        return begin < end && (classify(text, begin, end, scratch) & LineScan.NORMALISE) != 0;
    }

    /**
     * Reads a trimmed line that opens with a character a heading, list item or block quotation opens with.
     *
     * @return whether the line is a Markdown heading
     */
    private static boolean readMarkedLine(String trimmed, int flags, int lineNo, boolean oneParagraphPerLine,
                                          Paragraph pending, List<Block> blocks, char[] scratch) {
        if (!pending.open && isThematicBreak(trimmed)) {
            return false;
        }
        int heading = headingLevel(trimmed);
        BlockKind kind = null;
        String content = trimmed;
        if (heading > 0) {
            kind = BlockKind.HEADING;
            content = stripClosingHashes(trimmed.substring(heading).strip());
        } else if (isListItem(trimmed)) {
            kind = BlockKind.LIST_ITEM;
            content = trimmed.substring(listMarkerLength(trimmed)).strip();
        } else if (trimmed.startsWith(">") && !trimmed.startsWith(">>")) {
            kind = BlockKind.BLOCKQUOTE;
            content = trimmed.substring(1).strip();
        }
        int contentFlags = content == trimmed ? flags : classify(content, 0, content.length(), scratch);
        if (kind != null || oneParagraphPerLine) {
            pending.flush(blocks);
            pending.add(content, 0, content.length(), contentFlags, lineNo);
            pending.flush(blocks, kind == null ? BlockKind.PARAGRAPH : kind, Math.max(heading, 0));
        } else {
            pending.add(content, 0, content.length(), contentFlags, lineNo);
        }
        return heading > 0;
    }

    /**
     * The lines of the paragraph being read, cleaned as they arrive: inline markup stripped, characters
     * normalised, empty results dropped.
     */
    private static final class Paragraph {
        private final List<String> cleaned = new ArrayList<>();
        private String leadingStrong;
        private int line;
        private boolean open;

        /** Adds the line text[begin, end), whose {@link LineScan#classify} flags are given. */
        void add(String text, int begin, int end, int flags, int lineNo) {
            if (!open) {
                open = true;
                line = lineNo;
            }
            String clean;
            String strong = null;
            if ((flags & (LineScan.MARKUP | LineScan.UNCLEAN)) == 0) {
                // The common line: no markup, nothing to normalise, already stripped; one copy and done.
                clean = text.substring(begin, end);
            } else if ((flags & LineScan.MARKUP) == 0) {
                clean = TextCleaner.cleanInline(text.substring(begin, end));
            } else {
                InlineMarkdown.Result stripped = InlineMarkdown.strip(text.substring(begin, end));
                strong = stripped.leadingStrong();
                clean = TextCleaner.cleanInline(stripped.text());
            }
            if (cleaned.isEmpty()) {
                leadingStrong = strong;
            }
            if (!clean.isEmpty()) {
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
                String text = TextCleaner.joinLines(cleaned);
                blocks.add(new Block(kind, text, cleaned, level, line,
                        Optional.ofNullable(leadingStrong == null ? null : TextCleaner.cleanInline(leadingStrong)), true));
                cleaned.clear();
            }
            leadingStrong = null;
        }
    }

    /** Drops the optional closing {@code ##} of an ATX heading (after a space, so {@code C#} stays), in one pass. */
    static String stripClosingHashes(String content) {
        int end = content.length();
        while (end > 0 && content.charAt(end - 1) == '#') {
            end--;
        }
        if (end == content.length() || end > 0 && content.charAt(end - 1) != ' ' && content.charAt(end - 1) != '\t') {
            return content;
        }
        return content.substring(0, end).stripTrailing();
    }

    private static boolean startsWithFrontMatterFence(String text) {
        int newline = text.indexOf('\n');
        int end = newline < 0 ? text.length() : newline;
        int b = skipWhiteSpace(text, 0, end);
        return skipWhiteSpaceBack(text, b, end) - b == 3 && text.startsWith("---", b);
    }

    /** The first lines of the text, as many as front matter may span. */
    private static List<String> headLines(String text) {
        List<String> lines = new ArrayList<>();
        int begin = 0;
        while (begin < text.length() && lines.size() < FrontMatter.MAX_LINES) {
            int newline = text.indexOf('\n', begin);
            int end = newline < 0 ? text.length() : newline;
            lines.add(text.substring(begin, end));
            begin = end + 1;
        }
        return lines;
    }

    /** The offset where the 0-based line starts (the text's length when it has fewer lines). */
    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line && offset < text.length(); i++) {
            int newline = text.indexOf('\n', offset);
            offset = newline < 0 ? text.length() : newline + 1;
        }
        return offset;
    }

    /** True when some blank line separates two lines of text, looking at the lines from offset {@code from}. */
    private static boolean hasBlankLineBetweenText(String text, int from) {
        boolean seenText = false;
        boolean blankAfterText = false;
        int n = text.length();
        for (int begin = from; begin < n; ) {
            int newline = text.indexOf('\n', begin);
            int end = newline < 0 ? n : newline;
            boolean blank = skipWhiteSpace(text, begin, end) == end;
            if (!blank && blankAfterText) {
                return true;
            }
            if (!blank) {
                seenText = true;
            } else if (seenText) {
                blankAfterText = true;
            }
            begin = end + 1;
        }
        return false;
    }

    /** The first offset in [from, to) that is not white space as {@link String#strip()} sees it, or {@code to}. */
    private static int skipWhiteSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of [from, to) without its trailing white space as {@link String#strip()} sees it. */
    private static int skipWhiteSpaceBack(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** {@code ---} or {@code * * *}: a Markdown rule. */
    private static boolean isThematicBreak(String line) {
        char mark = line.charAt(0);
        if (mark != '-' && mark != '*') {
            return false;
        }
        String marks = line.replace(" ", "").replace("\t", "");
        return marks.length() >= 3 && marks.chars().allMatch(c -> c == mark);
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        if (level == 0 || level > 6 || level >= line.length() || line.charAt(level) != ' ') {
            return 0;
        }
        return level;
    }

    private static boolean isListItem(String line) {
        return listMarkerLength(line) > 0;
    }

    private static int listMarkerLength(String line) {
        if (line.length() > 2 && (line.charAt(0) == '-' || line.charAt(0) == '*' || line.charAt(0) == '+')
                && line.charAt(1) == ' ' && !(line.charAt(0) == '*' && line.indexOf('*', 2) > 0)) {
            return 2;
        }
        if (line.length() > 2 && LineScan.isBullet(line.charAt(0))
                && (line.charAt(1) == ' ' || line.charAt(1) == '\t' || line.charAt(1) == '\u00A0')) {
            return 2;
        }
        int digits = 0;
        while (digits < line.length() && digits < 3 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits + 1 < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && line.charAt(digits + 1) == ' ') {
            return digits + 2;
        }
        return 0;
    }

    static int classify(String text, int begin, int end, char[] scratch) {
        if (begin == end) {
            return 0;
        }
        int flags = text.charAt(begin) == ' ' || text.charAt(end - 1) == ' ' ? LineScan.UNCLEAN : 0;
        for (int i = begin; i < end; i++) {
            flags |= LineScan.flags(text.charAt(i));
        }
        return flags & (LineScan.MARKUP | LineScan.UNCLEAN | LineScan.MARKDOWN_HINT | LineScan.NORMALISE);
    }

    static boolean hasMarkdownSignal(String text, int begin, int end) {
        for (int i = begin; i + 1 < end; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c == '*' && next == '*' || c == ']' && next == '(' || c == '<' && next == 'h'
                    && text.startsWith("http", i + 1) && i + 5 <= end) {
                return true;
            }
        }
        return false;
    }
}
