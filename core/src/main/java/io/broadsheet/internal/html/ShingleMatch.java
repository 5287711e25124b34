package io.broadsheet.internal.html;

import io.broadsheet.spi.BlockKind;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares blocks with the article body a page states in its JSON-LD, by word 3-shingles, so that the page's own
 * account of its article can confirm or correct the extractor's choice. Case, punctuation and spacing do not
 * matter; time is linear in the texts.
 */
final class ShingleMatch {

    /** Shingle length in words. */
    static final int SHINGLE = 3;
    /** Article bodies longer than this are cut; no press article is longer. */
    static final int MAX_BODY = 2 << 20;

    private final Set<Long> reference = new HashSet<>();
    private final int referenceChars;

    ShingleMatch(String articleBody) {
        String body = articleBody.length() > MAX_BODY ? articleBody.substring(0, MAX_BODY) : articleBody;
        if (body.indexOf('&') >= 0) {
            body = Parser.unescapeEntities(body, false);
        }
        reference.addAll(shingles(words(body)));
        referenceChars = body.length();
    }

    /**
     * Adds blocks the article body contains, and, when the body covers the chosen content well, removes prose
     * it does not contain.
     *
     * @param blocks the page's blocks
     * @param main   the extractor's choice, updated in place
     */
    void reconcile(List<HtmlBlock> blocks, boolean[] main) {
        if (reference.size() < 30) {
            return;
        }
        double[] ratio = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            ratio[i] = ratio(blocks.get(i).text());
        }
        Set<Long> covered = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock b = blocks.get(i);
            if (!main[i] && ratio[i] >= 0.6 && isBodyKind(b) && MainContentExtractor.words(b.text()) >= 6) {
                main[i] = true;
            }
            if (main[i]) {
                for (long shingle : shingles(words(b.text()))) {
                    if (reference.contains(shingle)) {
                        covered.add(shingle);
                    }
                }
            }
        }
        boolean trusted = referenceChars >= 500 && covered.size() >= 0.8 * reference.size();
        if (!trusted) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock b = blocks.get(i);
            if (main[i] && b.kind() == BlockKind.PARAGRAPH && ratio[i] >= 0 && ratio[i] < 0.15
                    && MainContentExtractor.words(b.text()) >= 12) {
                main[i] = false;
            }
        }
    }

    private static boolean isBodyKind(HtmlBlock b) {
        return b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.BLOCKQUOTE
                || b.kind() == BlockKind.LIST_ITEM;
    }

    /** @return the share of the text's shingles found in the article body, or -1 when it has none */
    private double ratio(String text) {
        List<Long> own = shingles(words(text));
        if (own.isEmpty()) {
            return -1;
        }
        int found = 0;
        for (long shingle : own) {
            if (reference.contains(shingle)) {
                found++;
            }
        }
        return (double) found / own.size();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    static List<Long> shingles(List<String> words) {
        List<Long> shingles = new ArrayList<>(Math.max(0, words.size() - SHINGLE + 1));
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < SHINGLE; k++) {
                h = 31 * h + words.get(i + k).hashCode();
                h = h * 0x9E3779B97F4A7C15L;
            }
            shingles.add(h);
        }
        return shingles;
    }
}
