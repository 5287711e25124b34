package io.broadsheet.internal.trace;

import io.broadsheet.QuoteSource.WordEdit;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word-level difference between a source passage and a reported quote.
 *
 * <p>Commons Text's {@link StringsComparator} (Myers' algorithm) compares characters, so each distinct
 * normalised word is first given a character of its own; the script over those characters is then the script
 * over words. Words are compared normalised (case, apostrophes, accents folded) and reported as written: kept
 * and added words as the quote has them, dropped words as the source has them. A changed stretch is reported as
 * its dropped words followed by the words that replace them.
 */
final class WordDiff {

    /** Beyond this many distinct words a character code per word would run out; such quotes get a coarse diff. */
    private static final int MAX_DISTINCT_WORDS = Character.MAX_VALUE - 1;

    private WordDiff() {
    }

    /**
     * @param source the passage's words, from {@code sourceFrom} to {@code sourceTo} (exclusive)
     * @param quote  the quote's words, all of them
     * @return the edits turning the passage into the quote, adjacent words of one kind merged
     */
    static List<WordEdit> between(WordTokens source, int sourceFrom, int sourceTo, WordTokens quote) {
        Map<String, Character> codes = new HashMap<>();
        String left = encode(source, sourceFrom, sourceTo, codes);
        String right = encode(quote, 0, quote.size(), codes);
        Collector collector = new Collector(source, sourceFrom, quote);
        if (left == null || right == null) {
            for (int i = sourceFrom; i < sourceTo; i++) {
                collector.visitDeleteCommand(null);
            }
            for (int i = 0; i < quote.size(); i++) {
                collector.visitInsertCommand(null);
            }
        } else {
            new StringsComparator(left, right).getScript().visit(collector);
        }
        collector.flush();
        return collector.edits;
    }

    private static String encode(WordTokens words, int from, int to, Map<String, Character> codes) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            Character code = codes.get(words.normalised(i));
            if (code == null) {
                if (codes.size() >= MAX_DISTINCT_WORDS) {
                    return null;
                }
                code = (char) (codes.size() + 1);
                codes.put(words.normalised(i), code);
            }
            sb.append(code.charValue());
        }
        return sb.toString();
    }

    /** Walks the edit script, turning character commands back into runs of words. */
    private static final class Collector implements CommandVisitor<Character> {
        private final WordTokens source;
        private final WordTokens quote;
        private int sourceAt;
        private int quoteAt;
        private final List<WordEdit> edits = new ArrayList<>();
        private final List<String> kept = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();
        private final List<String> added = new ArrayList<>();

        Collector(WordTokens source, int sourceFrom, WordTokens quote) {
            this.source = source;
            this.quote = quote;
            this.sourceAt = sourceFrom;
        }

        @Override
        public void visitKeepCommand(Character c) {
            flushChanges();
            kept.add(quote.word(quoteAt));
            sourceAt++;
            quoteAt++;
        }

        @Override
        public void visitDeleteCommand(Character c) {
            flushKept();
            dropped.add(source.word(sourceAt++));
        }

        @Override
        public void visitInsertCommand(Character c) {
            flushKept();
            added.add(quote.word(quoteAt++));
        }

        void flush() {
            flushKept();
            flushChanges();
        }

        private void flushKept() {
            emit(WordEdit.Op.KEEP, kept);
        }

        private void flushChanges() {
            emit(WordEdit.Op.DELETE, dropped);
            emit(WordEdit.Op.INSERT, added);
        }

        private void emit(WordEdit.Op op, List<String> words) {
            if (!words.isEmpty()) {
                edits.add(new WordEdit(op, String.join(" ", words)));
                words.clear();
            }
        }
    }
}
