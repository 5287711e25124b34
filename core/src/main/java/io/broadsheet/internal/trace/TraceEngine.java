package io.broadsheet.internal.trace;

import io.broadsheet.Fidelity;
import io.broadsheet.QuoteSource;
import io.broadsheet.QuoteSource.WordEdit;
import io.broadsheet.Span;
import io.broadsheet.Speaker;
import io.broadsheet.SpeakerKind;
import io.broadsheet.internal.WorkCounter;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Traces one quote to its primary source in three steps.
 * <ol>
 *   <li><b>Candidates.</b> The quote's two-word shingles are looked up in the {@link PassageIndex}, rarest first
 *       and within a budget of postings, and each paragraph scores the inverse document frequency of the
 *       shingles it shares. The best few paragraphs go on.</li>
 *   <li><b>Alignment.</b> The quote is aligned word by word with each candidate ({@link Aligner}); when the
 *       alignment runs into a paragraph's edge, the next paragraph of the same turn is joined and tried too.</li>
 *   <li><b>Judgement.</b> The best alignment is verbatim when every word matches once case, punctuation, quote
 *       style and dashes are ignored; altered when most of the quote's words, and most of its content words,
 *       match a compact passage; otherwise the quote has no source here.</li>
 * </ol>
 * Thread-safe: per-thread scratch buffers are kept in a {@link ThreadLocal}.
 */
public final class TraceEngine {

    /**
     * The engine's thresholds.
     *
     * @param minWords          quotes shorter than this many words (but of two or more) are traced only when they
     *                          are verbatim and the source's speaker is the reported one: a few common words
     *                          prove nothing on their own
     * @param minQuoteShare     an altered quote must match at least this share of its words
     * @param minPassageShare   ... and at least this share of the passage's words
     * @param minMatches        ... and at least this many words
     * @param minContentMatches ... of which at least this many content words, and half of the quote's content words
     * @param candidates        how many candidate paragraphs are aligned per quote
     * @param postingBudget     how many index postings a quote may visit; rare shingles are visited first
     * @param maxCells          the largest alignment (quote words times passage words) attempted
     */
    public record Settings(int minWords, double minQuoteShare, double minPassageShare, int minMatches,
                           int minContentMatches, int candidates, int postingBudget, long maxCells) {

        /** The defaults. */
        public static final Settings DEFAULT = new Settings(4, 0.6, 0.5, 4, 2, 5, 1_024, 4_000_000L);

        /** Validates. */
        public Settings {
            if (minWords < 1 || minMatches < 1 || minContentMatches < 0 || candidates < 1 || postingBudget < 1
                    || maxCells < 1) {
                throw new IllegalArgumentException("trace settings must be positive: " + minWords + ", "
                        + minMatches + ", " + minContentMatches + ", " + candidates + ", " + postingBudget + ", "
                        + maxCells);
            }
            if (!(minQuoteShare > 0 && minQuoteShare <= 1) || !(minPassageShare > 0 && minPassageShare <= 1)) {
                throw new IllegalArgumentException("shares must be in (0, 1]: " + minQuoteShare + ", "
                        + minPassageShare);
            }
        }
    }

    private final PassageIndex index;
    private final Settings settings;
    private final ThreadLocal<Scratch> scratch;

    /**
     * @param index    the primary sources
     * @param settings the thresholds
     */
    public TraceEngine(PassageIndex index, Settings settings) {
        this.index = index;
        this.settings = settings;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(index.paragraphCount()));
    }

    /** @return the index this engine searches */
    public PassageIndex index() {
        return index;
    }

    /**
     * @param quoteText         the quote's words
     * @param speaker           who the report says spoke them
     * @param reportingDocument the name of the document that reports the quote; its own paragraphs are skipped
     * @return the quote's source, if a primary source holds it
     */
    public Optional<QuoteSource> find(String quoteText, Optional<Speaker> speaker, String reportingDocument) {
        WordTokens quoteWords = WordTokens.of(quoteText);
        if (quoteWords.size() < Math.min(2, settings.minWords())) {
            return Optional.empty();
        }
        boolean needsSpeaker = quoteWords.size() < settings.minWords();
        // A quote copied with a transcriber's "(Applause.)" in it: the note is no more the speaker's words there.
        boolean[] quoteNotes = quoteText.indexOf('(') < 0 && quoteText.indexOf('[') < 0 ? null
                : quoteWords.stageDirections(true);
        MatchKeys keys = MatchKeys.of(quoteWords).without(quoteNotes);
        int m = keys.size();
        int[] ids = new int[m];
        boolean[] content = new boolean[m];
        float[] weights = new float[m];
        int contentWords = 0;
        double totalWeight = 0;
        for (int k = 0; k < m; k++) {
            ids[k] = index.idOf(keys.key(k));
            content[k] = keys.isContent(k);
            contentWords += content[k] ? 1 : 0;
            weights[k] = index.keyWeight(ids[k]);
            totalWeight += weights[k];
        }
        if (contentWords == 0) {
            return Optional.empty();
        }
        boolean[] elided = elisions(quoteText, quoteWords, keys);
        WorkCounter.add(m);
        Scratch s = scratch.get();
        int found = candidates(ids, s, reportingDocument);
        Aligner.Alignment best = null;
        Window bestWindow = null;
        for (int c = 0; c < found; c++) {
            if (s.topScore[c] < 0.5f * s.topScore[0]) {
                // Shares far fewer (or far commoner) word pairs than the leader: cannot beat it.
                break;
            }
            int g = s.top[c];
            Window window = Window.of(index, g);
            int n = window.ids.length;
            // The quote can only align near the word pairs it shares with the paragraph.
            int from = Math.max(0, s.minPosition[g] - m - 4);
            int to = Math.min(n, s.maxPosition[g] + m + 6);
            if ((long) m * (to - from) > settings.maxCells()) {
                continue;
            }
            Aligner.Alignment a = s.aligner.align(ids, content, weights, elided, window.ids, window.opensSentence, from, to);
            WorkCounter.add((long) m * (to - from) / 16);
            for (int step = 0; step < 3 && a.cost > 0; step++) {
                Window wider = null;
                if (a.sourceEnd >= window.ids.length - 1 && index.continues(window.last(), window.last() + 1)) {
                    wider = window.with(index, window.last() + 1);
                } else if (a.sourceStart <= 1 && index.continues(window.first(), window.first() - 1)) {
                    wider = window.with(index, window.first() - 1);
                }
                if (wider == null || (long) m * wider.ids.length > settings.maxCells()) {
                    break;
                }
                Aligner.Alignment widerAlignment =
                        s.aligner.align(ids, content, weights, elided, wider.ids, wider.opensSentence, 0,
                                wider.ids.length);
                WorkCounter.add((long) m * wider.ids.length / 16);
                if (!widerAlignment.betterThan(a)) {
                    break;
                }
                window = wider;
                a = widerAlignment;
            }
            if (a.betterThan(best) || best != null && a.ties(best) && speaker.isPresent()
                    && spokenBy(window, a, speaker.get()) && !spokenBy(bestWindow, best, speaker.get())) {
                // Of two passages that fit the quote equally ("no hostile intent toward the DPRK", said by two
                // ministers), the one the credited speaker said is its source.
                best = a;
                bestWindow = window;
                if (best.cost == 0) {
                    break;
                }
            }
        }
        if (best == null || best.matches == 0) {
            return Optional.empty();
        }
        return judge(quoteWords, quoteNotes, quoteText, m, contentWords, totalWeight, best, bestWindow, speaker,
                needsSpeaker);
    }

    private Optional<QuoteSource> judge(WordTokens quoteWords, boolean[] quoteNotes, String quoteText, int m,
                                        int contentWords,
                                        double totalWeight, Aligner.Alignment a, Window window,
                                        Optional<Speaker> speaker, boolean needsSpeaker) {
        WordTokens passageWords = WordTokens.of(window.text);
        int firstWord = window.owners[a.sourceStart];
        int lastWord = window.owners[a.sourceEnd - 1];
        boolean verbatim = a.cost == 0
                && sameWords(quoteWords, quoteNotes, passageWords, passageWords.stageDirections(false), firstWord,
                lastWord);
        if (needsSpeaker && !verbatim) {
            return Optional.empty();
        }
        List<WordEdit> diff = List.of();
        if (!verbatim) {
            // Words a marked ellipsis left out do not count against the quote: it says that it omits them.
            int passageKeys = a.sourceEnd - a.sourceStart - a.elided;
            boolean altered = a.matches >= settings.minMatches()
                    && a.matches >= settings.minQuoteShare() * m
                    && a.matchedWeight >= settings.minQuoteShare() * totalWeight
                    && a.matches >= settings.minPassageShare() * passageKeys
                    && a.contentMatches >= settings.minContentMatches()
                    && a.contentMatches * 2 >= contentWords;
            if (!altered) {
                return Optional.empty();
            }
            // A reworded edge stands for source words that were replaced: take the passage to the start (or end)
            // of their clause, so that it shows what the reporter changed.
            diff = WordDiff.between(passageWords, firstWord, lastWord + 1, quoteWords);
            int start = snapBack(passageWords, firstWord, changedWordsAtStart(diff));
            int stop = snapForward(passageWords, lastWord, changedWordsAtEnd(diff));
            if (start != firstWord || stop != lastWord) {
                firstWord = start;
                lastWord = stop;
                diff = WordDiff.between(passageWords, firstWord, lastWord + 1, quoteWords);
            }
        }
        int begin = passageWords.begin(firstWord);
        int end = passageWords.end(lastWord);
        char mark = closingMark(quoteText);
        if (mark != 0 && end < window.text.length() && sameClosingMark(window.text.charAt(end), mark)) {
            end++;
        }
        int paragraph = window.paragraphAt(begin);
        int localBegin = begin - window.charStarts[paragraph];
        int localEnd = Math.min(end - window.charStarts[paragraph], window.lengthOf(paragraph));
        int global = window.paragraphs[paragraph];
        PassageIndex.Paragraph source = index.paragraph(global);
        Span span = new Span(source.index, localBegin, localEnd);
        Optional<Speaker> sourceSpeaker = index.speakerAt(global, localBegin);
        PassageIndex.Primary primary = index.document(source.document);
        if (needsSpeaker && !(speaker.isPresent() && (sourceSpeaker.isPresent()
                && sameNamedPerson(speaker.get(), sourceSpeaker.get())
                || publishedBy(primary.publisher, speaker.get())))) {
            // Two or three words prove little on their own; the same person saying them in the source does, and
            // so does the institution that published the source ("the Parliament called it ...").
            return Optional.empty();
        }
        boolean misattributed = speaker.isPresent() && sourceSpeaker.isPresent()
                && !samePerson(speaker.get(), sourceSpeaker.get());
        if (misattributed && !verbatim && a.contentMatches * 3 < contentWords * 2) {
            // Credited to someone else and reworded too: two companies' releases share a template ("We are proud
            // to partner with ..."), so only a quote that keeps most of its content words is the same statement.
            return Optional.empty();
        }
        return Optional.of(new QuoteSource(primary.name, window.text.substring(begin, end),
                span, verbatim ? Fidelity.VERBATIM : Fidelity.ALTERED, diff, sourceSpeaker, misattributed));
    }

    /** Whether the credited speaker said the aligned passage, judged by surname; only asked on ties. */
    private boolean spokenBy(Window window, Aligner.Alignment a, Speaker speaker) {
        int begin = WordTokens.of(window.text).begin(window.owners[a.sourceStart]);
        int member = window.paragraphAt(begin);
        Optional<Speaker> said = index.speakerAt(window.paragraphs[member], begin - window.charStarts[member]);
        return said.isPresent() && sameNamedPerson(speaker, said.get());
    }

    /**
     * @return for each key, whether the quote marks an omission ({@code ...} or {@code …}) right before it; null
     *         when the quote marks none, which is almost always
     */
    private static boolean[] elisions(String quoteText, WordTokens words, MatchKeys keys) {
        if (quoteText.indexOf("..") < 0 && quoteText.indexOf(". .") < 0 && quoteText.indexOf('\u2026') < 0) {
            return null;
        }
        boolean[] elided = new boolean[keys.size()];
        boolean any = false;
        for (int k = 1; k < keys.size(); k++) {
            int previous = keys.owner(k - 1);
            int word = keys.owner(k);
            if (previous != word && marksOmission(quoteText, words.end(previous), words.begin(word))) {
                elided[k] = true;
                any = true;
            }
        }
        return any ? elided : null;
    }

    /** Whether the text between two words holds an ellipsis: three dots (spaced or not) or the one character. */
    private static boolean marksOmission(String text, int from, int to) {
        int dots = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u2026') {
                return true;
            }
            if (c == '.') {
                if (++dots == 3) {
                    return true;
                }
            } else if (c != ' ') {
                dots = 0;
            }
        }
        return false;
    }

    /** @return how many words the quote changed before its first kept word, 0 when it starts with a kept word */
    private static int changedWordsAtStart(List<WordEdit> diff) {
        int words = 0;
        for (WordEdit edit : diff) {
            if (edit.op() == WordEdit.Op.KEEP) {
                break;
            }
            words += edit.op() == WordEdit.Op.INSERT ? wordCount(edit.text()) : 0;
        }
        return diff.isEmpty() || diff.get(0).op() == WordEdit.Op.KEEP ? 0 : Math.max(1, words);
    }

    /** @return how many words the quote changed after its last kept word, 0 when it ends with a kept word */
    private static int changedWordsAtEnd(List<WordEdit> diff) {
        int words = 0;
        for (int i = diff.size() - 1; i >= 0; i--) {
            WordEdit edit = diff.get(i);
            if (edit.op() == WordEdit.Op.KEEP) {
                break;
            }
            words += edit.op() == WordEdit.Op.INSERT ? wordCount(edit.text()) : 0;
        }
        return diff.isEmpty() || diff.get(diff.size() - 1).op() == WordEdit.Op.KEEP ? 0 : Math.max(1, words);
    }

    private static int wordCount(String words) {
        int count = 1;
        for (int i = 0; i < words.length(); i++) {
            count += words.charAt(i) == ' ' ? 1 : 0;
        }
        return count;
    }

    /** Moves a passage start back to the start of its clause, if that is at most {@code changed + 2} words away. */
    private static int snapBack(WordTokens words, int first, int changed) {
        if (changed == 0) {
            return first;
        }
        for (int w = first; w >= Math.max(0, first - changed - 2); w--) {
            if (words.clauseBreakBefore(w)) {
                // A clause's opening "And" or "But" is dropped by reporters, never reworded: it is not what the
                // quote's changed words stand for.
                return w < first && LINKING_WORDS.contains(words.normalised(w)) ? w + 1 : w;
            }
        }
        return first;
    }

    /** Conjunctions a speaker opens a sentence with and a reporter leaves out. */
    private static final Set<String> LINKING_WORDS = Set.of("and", "but", "so", "or");

    /** Moves a passage end forward to the end of its clause, if that is at most {@code changed + 2} words away. */
    private static int snapForward(WordTokens words, int last, int changed) {
        if (changed == 0) {
            return last;
        }
        for (int w = last; w <= Math.min(words.size() - 1, last + changed + 2); w++) {
            if (words.clauseBreakBefore(w + 1)) {
                return w;
            }
        }
        return last;
    }

    /** Whether the passage's words are the quote's, a transcriber's notes (may be null) left out on both sides. */
    private static boolean sameWords(WordTokens quote, boolean[] quoteNotes, WordTokens passage,
                                     boolean[] passageNotes, int first, int last) {
        int i = skipNotes(quoteNotes, 0, quote.size());
        for (int w = first; w <= last; w++) {
            if (passageNotes != null && passageNotes[w]) {
                continue;
            }
            if (i == quote.size() || !quote.normalised(i).equals(passage.normalised(w))) {
                return false;
            }
            i = skipNotes(quoteNotes, i + 1, quote.size());
        }
        return i == quote.size();
    }

    /** @return the first word from {@code i} on that is no note */
    private static int skipNotes(boolean[] notes, int i, int size) {
        while (notes != null && i < size && notes[i]) {
            i++;
        }
        return i;
    }

    /** Whether the source's mark after a passage ends it as the quote's last mark ends the quote. */
    private static boolean sameClosingMark(char source, char quote) {
        return source == quote || (isSentenceEnd(source) && isSentenceEnd(quote));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** @return the quote's last punctuation mark, closing quotation marks skipped, or 0 when it ends in a word */
    private static char closingMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (".,;:!?".indexOf(c) >= 0) {
                return c;
            }
            if (!Character.isWhitespace(c) && "\"'\u201d\u2019\u00bb)".indexOf(c) < 0) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Whether two speakers are the same person, judged by surname as reports name people: one name's last word
     * must be among the other's words ({@code Stoltenberg} and {@code Jens Stoltenberg}; {@code Xi} and
     * {@code Xi Jinping}). Organisations never count as misattributed: a ministry is often credited with its
     * spokesperson's words.
     */
    static boolean samePerson(Speaker reported, Speaker source) {
        if (reported.kind() == SpeakerKind.ORGANISATION || source.kind() == SpeakerKind.ORGANISATION) {
            return true;
        }
        List<String> a = nameWords(reported.name());
        List<String> b = nameWords(source.name());
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return b.contains(a.get(a.size() - 1)) || a.contains(b.get(b.size() - 1));
    }

    /**
     * Whether an organisation credited with a quote published the primary source: {@code European Parliament} or
     * {@code Parliament} for a release the European Parliament published.
     */
    static boolean publishedBy(String publisher, Speaker reported) {
        if (publisher == null || reported.kind() != SpeakerKind.ORGANISATION) {
            return false;
        }
        List<String> published = nameWords(publisher);
        List<String> credited = nameWords(reported.name());
        return !credited.isEmpty() && !published.isEmpty()
                && (published.containsAll(credited) || credited.containsAll(published));
    }

    /** Whether two speakers are both people and, judged by surname, the same one. */
    static boolean sameNamedPerson(Speaker reported, Speaker source) {
        return reported.kind() == SpeakerKind.PERSON && source.kind() == SpeakerKind.PERSON
                && !nameWords(reported.name()).isEmpty() && !nameWords(source.name()).isEmpty()
                && samePerson(reported, source);
    }

    private static final List<String> NAME_SUFFIXES = List.of("jr", "sr", "ii", "iii", "iv");

    private static List<String> nameWords(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        java.util.ArrayList<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && !WordTokens.isApostrophe(c)) {
                if (word.length() > 1 && !NAME_SUFFIXES.contains(word.toString())) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }

    /**
     * Scores the paragraphs sharing the quote's shingles and leaves the best in {@code s.top}.
     *
     * @return how many candidates were found
     */
    private int candidates(int[] ids, Scratch s, String reportingDocument) {
        int pairs = 0;
        long[] bySize = s.shingleOrder(ids.length);
        for (int k = 0; k + 1 < ids.length; k++) {
            int slot = index.shingle(ids[k], ids[k + 1]);
            if (slot >= 0) {
                long size = index.postingEnd(slot) - index.postingStart(slot);
                bySize[pairs++] = (size << 32) | slot;
            }
        }
        Arrays.sort(bySize, 0, pairs);
        int touched = 0;
        long visited = 0;
        int previousSlot = -1;
        for (int i = 0; i < pairs; i++) {
            int slot = (int) bySize[i];
            if (slot == previousSlot) {
                continue;
            }
            previousSlot = slot;
            int start = index.postingStart(slot);
            int end = index.postingEnd(slot);
            if (visited + (end - start) > settings.postingBudget()) {
                // Lists only grow from here on; a pair this common cannot single out a paragraph anyway.
                break;
            }
            visited += end - start;
            float weight = index.weight(slot);
            for (int p = start; p < end; p++) {
                int g = index.postingParagraph(p);
                int position = index.postingPosition(p);
                if (s.score[g] == 0) {
                    s.touched[touched++] = g;
                    s.minPosition[g] = position;
                    s.maxPosition[g] = position;
                } else {
                    s.minPosition[g] = Math.min(s.minPosition[g], position);
                    s.maxPosition[g] = Math.max(s.maxPosition[g], position);
                }
                s.score[g] += weight;
            }
        }
        WorkCounter.add(visited);
        int limit = Math.min(settings.candidates(), s.top.length);
        int excluded = index.documentOrdinal(reportingDocument);
        int found = 0;
        for (int t = 0; t < touched; t++) {
            int g = s.touched[t];
            float score = s.score[g];
            if (found == limit && score <= s.score[s.top[limit - 1]] || index.paragraph(g).document == excluded) {
                continue;
            }
            int at = found < limit ? found++ : limit;
            while (at > 0 && s.score[s.top[at - 1]] < score) {
                if (at < limit) {
                    s.top[at] = s.top[at - 1];
                }
                at--;
            }
            if (at < limit) {
                s.top[at] = g;
            }
        }
        for (int c = 0; c < found; c++) {
            s.topScore[c] = s.score[s.top[c]];
        }
        for (int t = 0; t < touched; t++) {
            s.score[s.touched[t]] = 0;
        }
        return found;
    }

    /** Per-thread buffers, sized to the index once. */
    private static final class Scratch {
        final float[] score;
        final int[] minPosition;
        final int[] maxPosition;
        final int[] touched;
        final int[] top = new int[32];
        final float[] topScore = new float[32];
        final Aligner aligner = new Aligner();
        private long[] shingles = new long[64];

        Scratch(int paragraphs) {
            score = new float[paragraphs];
            minPosition = new int[paragraphs];
            maxPosition = new int[paragraphs];
            touched = new int[paragraphs];
        }

        long[] shingleOrder(int size) {
            if (shingles.length < size) {
                shingles = new long[Math.max(size, shingles.length * 2)];
            }
            return shingles;
        }
    }

    /** One primary paragraph, or a run of consecutive ones, as a single sequence of keys and one text. */
    private static final class Window {
        final int[] paragraphs;
        final int[] ids;
        final boolean[] opensSentence;
        /** For each key, the word of {@link #text} it came from. */
        final int[] owners;
        /** The paragraphs' texts joined by line breaks. */
        final String text;
        final int[] charStarts;

        private Window(int[] paragraphs, int[] ids, boolean[] opensSentence, int[] owners, String text,
                       int[] charStarts) {
            this.paragraphs = paragraphs;
            this.ids = ids;
            this.opensSentence = opensSentence;
            this.owners = owners;
            this.text = text;
            this.charStarts = charStarts;
        }

        static Window of(PassageIndex index, int global) {
            PassageIndex.Paragraph p = index.paragraph(global);
            return new Window(new int[] {global}, p.ids, p.opensSentence, p.owners, p.text, new int[] {0});
        }

        int first() {
            return paragraphs[0];
        }

        int last() {
            return paragraphs[paragraphs.length - 1];
        }

        /** @return this window with a neighbouring paragraph joined at the matching end */
        Window with(PassageIndex index, int neighbour) {
            int[] members = new int[paragraphs.length + 1];
            if (neighbour < first()) {
                members[0] = neighbour;
                System.arraycopy(paragraphs, 0, members, 1, paragraphs.length);
            } else {
                System.arraycopy(paragraphs, 0, members, 0, paragraphs.length);
                members[paragraphs.length] = neighbour;
            }
            int keys = 0;
            for (int g : members) {
                keys += index.paragraph(g).ids.length;
            }
            int[] ids = new int[keys];
            boolean[] opens = new boolean[keys];
            int[] owners = new int[keys];
            int[] charStarts = new int[members.length];
            StringBuilder text = new StringBuilder();
            int at = 0;
            int wordOffset = 0;
            for (int i = 0; i < members.length; i++) {
                PassageIndex.Paragraph p = index.paragraph(members[i]);
                if (i > 0) {
                    text.append('\n');
                }
                charStarts[i] = text.length();
                text.append(p.text);
                for (int k = 0; k < p.ids.length; k++) {
                    ids[at] = p.ids[k];
                    opens[at] = p.opensSentence[k];
                    owners[at] = p.owners[k] + wordOffset;
                    at++;
                }
                // Count every word, not the last keyed one: a paragraph may end in a note that has no key.
                wordOffset += p.wordCount;
            }
            return new Window(members, ids, opens, owners, text.toString(), charStarts);
        }

        /** @return which of the window's paragraphs holds a character of {@link #text} */
        int paragraphAt(int charIndex) {
            int i = paragraphs.length - 1;
            while (i > 0 && charStarts[i] > charIndex) {
                i--;
            }
            return i;
        }

        int lengthOf(int member) {
            int end = member + 1 < charStarts.length ? charStarts[member + 1] - 1 : text.length();
            return end - charStarts[member];
        }
    }
}
