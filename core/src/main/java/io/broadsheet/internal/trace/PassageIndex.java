package io.broadsheet.internal.trace;

import io.broadsheet.Document;
import io.broadsheet.Quote;
import io.broadsheet.Speaker;
import io.broadsheet.Turn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every paragraph of the primary sources, its words reduced to integer ids, and an inverted index from each pair
 * of adjacent words (a two-word shingle) to the places it occurs. A quote's candidate paragraphs are the ones
 * sharing its rarest shingles, so tracing never compares a quote with every paragraph.
 *
 * <p>Only what tracing needs is kept per paragraph: its text, word ids and the turn it belongs to. Immutable
 * once built and safe to read from many threads.
 */
public final class PassageIndex {

    /** A primary paragraph, ready for alignment. */
    static final class Paragraph {
        final int document;
        final int index;
        final String text;
        /** How many words the text has; transcriber's notes among them have no key. */
        final int wordCount;
        /** Key ids, in order. */
        final int[] ids;
        /** For each key, the word it came from. */
        final int[] owners;
        /** For each key, whether it is a content word. */
        final boolean[] content;
        /** For each key, whether it starts a sentence (the paragraph's first key does). */
        final boolean[] opensSentence;
        /** Ordinal of the transcript turn holding this paragraph within its document, or -1. */
        final int turn;
        final Speaker turnSpeaker;

        Paragraph(int document, int index, String text, int wordCount, int[] ids, int[] owners, boolean[] content,
                  boolean[] opensSentence, int turn, Speaker turnSpeaker) {
            this.document = document;
            this.index = index;
            this.text = text;
            this.wordCount = wordCount;
            this.ids = ids;
            this.owners = owners;
            this.content = content;
            this.opensSentence = opensSentence;
            this.turn = turn;
            this.turnSpeaker = turnSpeaker;
        }
    }

    /** What the index keeps of a primary document besides its paragraphs. */
    static final class Primary {
        final String name;
        /** Global id of the document's first paragraph. */
        final int firstParagraph;
        final int paragraphCount;
        /** The document's own quotes, whose speakers name the speaker of a passage outside transcripts. */
        final List<Quote> quotes;
        /** Who published the document (a ministry, a parliament, an agency), or null. */
        final String publisher;

        Primary(String name, int firstParagraph, int paragraphCount, List<Quote> quotes, String publisher) {
            this.name = name;
            this.firstParagraph = firstParagraph;
            this.paragraphCount = paragraphCount;
            this.quotes = quotes;
            this.publisher = publisher;
        }
    }

    private final List<Primary> documents;
    private final Map<String, Integer> documentOrdinals;
    private final Paragraph[] paragraphs;
    private final Map<String, Integer> dictionary;
    private final LongIntMap shingles;
    /** Postings of shingle slot {@code s} are {@code postingStarts[s]} (inclusive) to {@code postingStarts[s + 1]}. */
    private final int[] postingStarts;
    private final int[] postingParagraphs;
    private final int[] postingPositions;
    /** Inverse document frequency of each shingle slot: rare shingles count for more. */
    private final float[] weights;
    /** Inverse document frequency of each key id; a key no paragraph has weighs {@link #unknownKeyWeight}. */
    private final float[] keyWeights;
    private final float unknownKeyWeight;

    private PassageIndex(List<Primary> documents, Paragraph[] paragraphs, Map<String, Integer> dictionary,
                         LongIntMap shingles, int[] postingStarts, int[] postingParagraphs, int[] postingPositions,
                         float[] weights, float[] keyWeights) {
        this.documents = documents;
        Map<String, Integer> ordinals = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            ordinals.putIfAbsent(documents.get(i).name, i);
        }
        this.documentOrdinals = Map.copyOf(ordinals);
        this.paragraphs = paragraphs;
        this.dictionary = dictionary;
        this.shingles = shingles;
        this.postingStarts = postingStarts;
        this.postingParagraphs = postingParagraphs;
        this.postingPositions = postingPositions;
        this.weights = weights;
        this.keyWeights = keyWeights;
        this.unknownKeyWeight = (float) Math.log(2.0 + paragraphs.length);
    }

    /**
     * @param primaries the primary sources
     * @return their index
     */
    public static PassageIndex build(Collection<Document> primaries) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<Primary> documents = new ArrayList<>(primaries.size());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Document doc : primaries) {
            int ordinal = documents.size();
            documents.add(new Primary(doc.source(), paragraphs.size(), doc.paragraphs().size(), doc.quotes(),
                    doc.publisher().orElse(null)));
            int[] turnOf = turnOrdinals(doc);
            for (int p = 0; p < doc.paragraphs().size(); p++) {
                String text = doc.paragraphs().get(p);
                WordTokens words = WordTokens.of(text);
                MatchKeys keys = MatchKeys.of(words);
                // A transcriber's "(Laughter.)" is no speech: leaving it out costs a quote nothing.
                boolean[] notes = words.stageDirections(false);
                int n = keys.size();
                int[] ids = new int[n];
                int[] owners = new int[n];
                boolean[] content = new boolean[n];
                boolean[] opensSentence = new boolean[n];
                int kept = 0;
                for (int k = 0; k < n; k++) {
                    if (notes != null && notes[keys.owner(k)]) {
                        continue;
                    }
                    ids[kept] = dictionary.computeIfAbsent(keys.key(k), key -> dictionary.size());
                    owners[kept] = keys.owner(k);
                    content[kept] = keys.isContent(k);
                    opensSentence[kept] = kept == 0
                            || words.sentenceBreakBefore(keys.owner(k)) && keys.owner(k) != owners[kept - 1];
                    kept++;
                }
                if (kept < n) {
                    ids = Arrays.copyOf(ids, kept);
                    owners = Arrays.copyOf(owners, kept);
                    content = Arrays.copyOf(content, kept);
                    opensSentence = Arrays.copyOf(opensSentence, kept);
                }
                int turn = turnOf[p];
                Speaker speaker = turn >= 0 ? doc.turns().get(turn).speaker() : null;
                paragraphs.add(new Paragraph(ordinal, p, text, words.size(), ids, owners, content, opensSentence, turn,
                        speaker));
            }
        }
        Paragraph[] all = paragraphs.toArray(new Paragraph[0]);

        long pairs = 0;
        for (Paragraph p : all) {
            pairs += Math.max(0, p.ids.length - 1);
        }
        LongIntMap shingles = new LongIntMap((int) Math.min(Integer.MAX_VALUE / 4, pairs));
        int[] counts = new int[16];
        for (Paragraph p : all) {
            for (int k = 0; k + 1 < p.ids.length; k++) {
                int slot = shingles.slotOf(pair(p.ids[k], p.ids[k + 1]));
                if (slot >= counts.length) {
                    counts = java.util.Arrays.copyOf(counts, Math.max(slot + 1, counts.length * 2));
                }
                counts[slot]++;
            }
        }
        int slots = shingles.size();
        int[] starts = new int[slots + 1];
        for (int s = 0; s < slots; s++) {
            starts[s + 1] = starts[s] + counts[s];
        }
        int[] fill = java.util.Arrays.copyOf(starts, slots);
        int[] postingParagraphs = new int[starts[slots]];
        int[] postingPositions = new int[starts[slots]];
        for (int g = 0; g < all.length; g++) {
            int[] ids = all[g].ids;
            for (int k = 0; k + 1 < ids.length; k++) {
                int slot = shingles.find(pair(ids[k], ids[k + 1]));
                postingParagraphs[fill[slot]] = g;
                postingPositions[fill[slot]] = k;
                fill[slot]++;
            }
        }
        float[] weights = new float[slots];
        double total = all.length + 1.0;
        for (int s = 0; s < slots; s++) {
            weights[s] = (float) Math.log(1.0 + total / (starts[s + 1] - starts[s]));
        }
        // Document frequency of each key, counted once per paragraph.
        int[] frequency = new int[dictionary.size()];
        int[] seenIn = new int[dictionary.size()];
        java.util.Arrays.fill(seenIn, -1);
        for (int g = 0; g < all.length; g++) {
            for (int id : all[g].ids) {
                if (seenIn[id] != g) {
                    seenIn[id] = g;
                    frequency[id]++;
                }
            }
        }
        float[] keyWeights = new float[frequency.length];
        for (int id = 0; id < frequency.length; id++) {
            keyWeights[id] = (float) Math.log(1.0 + (all.length + 1.0) / frequency[id]);
        }
        return new PassageIndex(List.copyOf(documents), all, Map.copyOf(dictionary), shingles, starts,
                postingParagraphs, postingPositions, weights, keyWeights);
    }

    /** Maps each paragraph to the ordinal of the turn that holds it, or -1. */
    private static int[] turnOrdinals(Document doc) {
        int[] turnOf = new int[doc.paragraphs().size()];
        java.util.Arrays.fill(turnOf, -1);
        List<Turn> turns = doc.turns();
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            int end = Math.min(turnOf.length, turn.firstParagraph() + turn.paragraphs().size());
            for (int p = turn.firstParagraph(); p < end; p++) {
                turnOf[p] = t;
            }
        }
        return turnOf;
    }

    static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }

    /** @return the id of a key, or -1 when no primary paragraph uses it */
    int idOf(String key) {
        Integer id = dictionary.get(key);
        return id == null ? -1 : id;
    }

    /** @return how much a key counts in a match: its inverse document frequency; most for keys no paragraph has */
    float keyWeight(int id) {
        return id < 0 ? unknownKeyWeight : keyWeights[id];
    }

    /** @return the shingle slot of two adjacent key ids, or -1 */
    int shingle(int first, int second) {
        return first < 0 || second < 0 ? -1 : shingles.find(pair(first, second));
    }

    int postingStart(int slot) {
        return postingStarts[slot];
    }

    int postingEnd(int slot) {
        return postingStarts[slot + 1];
    }

    int postingParagraph(int posting) {
        return postingParagraphs[posting];
    }

    int postingPosition(int posting) {
        return postingPositions[posting];
    }

    float weight(int slot) {
        return weights[slot];
    }

    Paragraph paragraph(int global) {
        return paragraphs[global];
    }

    /** @return the ordinal of the primary document with this name, or -1 */
    int documentOrdinal(String name) {
        Integer ordinal = documentOrdinals.get(name);
        return ordinal == null ? -1 : ordinal;
    }

    Primary document(int ordinal) {
        return documents.get(ordinal);
    }

    /** @return the number of primary paragraphs */
    public int paragraphCount() {
        return paragraphs.length;
    }

    /** @return the primary documents' names, in index order */
    public List<String> documentNames() {
        List<String> names = new ArrayList<>(documents.size());
        documents.forEach(d -> names.add(d.name));
        return names;
    }

    /**
     * Whether two paragraphs may hold one continuous passage: neighbours in the same document, and in the same
     * turn when the document has turns.
     */
    boolean continues(int global, int next) {
        if (next < 0 || next >= paragraphs.length || Math.abs(next - global) != 1) {
            return false;
        }
        Paragraph a = paragraphs[global];
        Paragraph b = paragraphs[next];
        return a.document == b.document && a.turn == b.turn;
    }

    /** @return the speaker of a passage starting at a character of a primary paragraph, when known */
    Optional<Speaker> speakerAt(int global, int charIndex) {
        Paragraph p = paragraphs[global];
        if (p.turnSpeaker != null) {
            return Optional.of(p.turnSpeaker);
        }
        for (Quote q : documents.get(p.document).quotes) {
            if (q.span().paragraph() == p.index && q.span().begin() <= charIndex && charIndex < q.span().end()) {
                return q.speaker();
            }
        }
        return Optional.empty();
    }
}
