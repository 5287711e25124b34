package io.broadsheet.internal.quote;

import io.broadsheet.SpeakerKind;
import io.broadsheet.internal.WorkCounter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Ranks the people recently mentioned, to resolve a pronoun or a quote with no cue. A candidate scores by its
 * grammatical role (speakers and subjects over objects and possessives), loses points for every sentence between
 * it and the quote, and gains one when its known gender matches the pronoun. Only a bounded number of recent
 * sentences and candidates are looked at, so each resolution costs a constant.
 */
final class Salience {

    /** Weights for resolving a pronoun: grammatical role first, recency second. */
    static final Weights PRONOUN = new Weights(new int[] {10, 8, 3, 1}, 4);
    /** Weights for a quote without a cue: whoever spoke last, unless someone else has just been the subject. */
    static final Weights CONTINUATION = new Weights(new int[] {10, 5, 1, 0}, 2);

    private static final int MAX_SENTENCES_BACK = 8;
    private static final int MAX_CANDIDATES = 48;

    /** How candidates are scored. */
    record Weights(int[] byRole, int perSentence) {
    }

    private record Entry(Entity entity, int sentence, GrammaticalRole role) {
    }

    private final List<Entry> history = new ArrayList<>();

    /** Records the mentions of a paragraph once its quotes are attributed. */
    void addParagraph(ParagraphView view) {
        for (Mention m : view.mentions) {
            if (m.entity != null) {
                history.add(new Entry(m.entity, m.sentence, m.grammaticalRole));
            }
        }
    }

    /** Records the speaker of a quotation. */
    void addSpeaker(Entity speaker, int sentence) {
        history.add(new Entry(speaker, sentence, GrammaticalRole.SPEAKER));
    }

    /**
     * @param view     the quote's paragraph, or {@code null} to look at earlier paragraphs and speakers only
     * @param token    only mentions before this token of the paragraph count
     * @param sentence the sentence the reference stands in
     * @param fits     which entities may be meant
     * @param gender   the gender the reference implies, for the match bonus
     * @param weights  how to score
     * @return the best candidate, or {@code null}
     */
    Entity best(ParagraphView view, int token, int sentence, Predicate<Entity> fits, Gender gender, Weights weights) {
        Map<Entity, Integer> scores = new HashMap<>();
        int looked = 0;
        for (int i = view == null ? -1 : view.mentions.size() - 1; i >= 0 && looked < MAX_CANDIDATES; i--) {
            Mention m = view.mentions.get(i);
            if (m.end <= token && m.entity != null) {
                looked++;
                score(scores, m.entity, m.sentence, m.grammaticalRole, sentence, fits, gender, weights);
            }
        }
        for (int i = history.size() - 1; i >= 0 && looked < MAX_CANDIDATES; i--) {
            Entry e = history.get(i);
            if (sentence - e.sentence > MAX_SENTENCES_BACK) {
                break;
            }
            looked++;
            score(scores, e.entity, e.sentence, e.role, sentence, fits, gender, weights);
        }
        WorkCounter.add(looked);
        Entity best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<Entity, Integer> s : scores.entrySet()) {
            int value = s.getValue();
            if (value > bestScore || (value == bestScore && best != null && s.getKey().order() < best.order())) {
                best = s.getKey();
                bestScore = value;
            }
        }
        return best;
    }

    private static void score(Map<Entity, Integer> scores, Entity entity, int mentionSentence, GrammaticalRole role,
                              int sentence, Predicate<Entity> fits, Gender gender, Weights weights) {
        if (!fits.test(entity)) {
            return;
        }
        int distance = Math.max(0, sentence - mentionSentence);
        int value = weights.byRole()[role.ordinal()] - weights.perSentence() * distance;
        if (gender != Gender.UNKNOWN && entity.gender() == gender) {
            value += 1;
        }
        scores.merge(entity, value, Math::max);
    }

    /** @return which entities a pronoun can refer to */
    static Predicate<Entity> fitsPronoun(String pronoun) {
        return switch (pronoun) {
            case "he", "him", "his" -> e -> e.kind() != SpeakerKind.ORGANISATION && e.gender() != Gender.FEMALE;
            case "she", "her" -> e -> e.kind() != SpeakerKind.ORGANISATION && e.gender() != Gender.MALE;
            case "it" -> e -> e.kind() == SpeakerKind.ORGANISATION;
            // "they argued" after "two of the nine members": a group, or someone whose gender nobody gave, but not
            // a man or a woman the text has named
            case "they", "them", "their" -> e -> e.kind() == SpeakerKind.ORGANISATION || e.gender() == Gender.UNKNOWN;
            default -> e -> true;
        };
    }
}
