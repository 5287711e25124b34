package io.broadsheet.internal.load;

import io.broadsheet.internal.WorkCounter;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.BlockKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cuts plain or Markdown-ish text into blocks.
 *
 * <p>Paragraphs are separated by blank lines; a document that has no blank line between its lines at all (many
 * copy-pasted articles) gets one paragraph per line instead. Markdown headings ({@code #}), list items and
 * {@code >} quotations become their own blocks. A YAML front matter at the very top becomes metadata.
 */
public final class TextBlockReader {


    private TextBlockReader() {
    }

    /** The blocks and front-matter metadata of a text. */
    public record Result(List<Block> blocks, Map<String, String> frontMatter, boolean markdown) {
    }

    public static Result read(String text) {
        List<String> lines = splitLines(text);
        WorkCounter.add(text.length());
        Map<String, String> frontMatter = new LinkedHashMap<>();
        int start = FrontMatter.read(lines, frontMatter);
        boolean oneParagraphPerLine = !hasBlankLineBetweenText(lines, start);
        boolean markdown = !frontMatter.isEmpty();

        List<Block> blocks = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int pendingLine = 0;
        for (int i = start; i < lines.size(); i++) {
            String raw = lines.get(i);
            String trimmed = raw.strip();
            int lineNo = i + 1;
            if (trimmed.isEmpty()) {
                flush(blocks, pending, pendingLine);
                continue;
            }
            int heading = headingLevel(trimmed);
            BlockKind kind = null;
            String content = trimmed;
            if (heading > 0) {
                kind = BlockKind.HEADING;
                content = stripClosingHashes(trimmed.substring(heading).strip());
                markdown = true;
            } else if (isListItem(trimmed)) {
                kind = BlockKind.LIST_ITEM;
                content = trimmed.substring(listMarkerLength(trimmed)).strip();
            } else if (trimmed.startsWith(">") && !trimmed.startsWith(">>")) {
                kind = BlockKind.BLOCKQUOTE;
                content = trimmed.substring(1).strip();
            }
            if (trimmed.contains("**") || trimmed.contains("](") || trimmed.contains("<http")) {
                markdown = true;
            }
            if (kind != null || oneParagraphPerLine) {
                flush(blocks, pending, pendingLine);
                pending.add(content);
                flush(blocks, pending, lineNo, kind == null ? BlockKind.PARAGRAPH : kind, Math.max(heading, 0));
                continue;
            }
            if (pending.isEmpty()) {
                pendingLine = lineNo;
            }
            pending.add(content);
        }
        flush(blocks, pending, pendingLine);
        return new Result(blocks, frontMatter, markdown);
    }

    private static void flush(List<Block> blocks, List<String> pending, int line) {
        flush(blocks, pending, line, BlockKind.PARAGRAPH, 0);
    }

    private static void flush(List<Block> blocks, List<String> pending, int line, BlockKind kind, int level) {
        if (pending.isEmpty()) {
            return;
        }
        List<String> cleaned = new ArrayList<>(pending.size());
        pending.forEach(raw -> WorkCounter.add(raw.length()));
        String leadingStrong = null;
        for (String raw : pending) {
            InlineMarkdown.Result stripped = InlineMarkdown.strip(raw);
            if (cleaned.isEmpty()) {
                leadingStrong = stripped.leadingStrong();
            }
            String clean = TextCleaner.cleanInline(stripped.text());
            if (!clean.isEmpty()) {
                cleaned.add(clean);
            }
        }
        pending.clear();
        if (cleaned.isEmpty()) {
            return;
        }
        String text = TextCleaner.joinLines(cleaned);
        blocks.add(new Block(kind, text, cleaned, level, line,
                Optional.ofNullable(leadingStrong == null ? null : TextCleaner.cleanInline(leadingStrong)), true));
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

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(begin, i));
                begin = i + 1;
            }
        }
        if (begin < text.length()) {
            lines.add(text.substring(begin));
        }
        return lines;
    }

    /** True when some blank line separates two lines of text. */
    private static boolean hasBlankLineBetweenText(List<String> lines, int start) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (int i = start; i < lines.size(); i++) {
            boolean blank = lines.get(i).isBlank();
            if (!blank && blankAfterText) {
                return true;
            }
            if (!blank) {
                seenText = true;
            } else if (seenText) {
                blankAfterText = true;
            }
        }
        return false;
    }

    /** Drops an ATX heading's closing {@code #}s in one backward scan, so a line of hashes costs linear time. */
    private static String withoutClosingHashes(String content) {
        int end = content.length();
        while (end > 0 && content.charAt(end - 1) == '#') {
            end--;
            while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
        }
        return content.substring(0, end);
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
}
