package io.broadsheet.internal.quote;

import java.util.Set;

/**
 * Tells quoted speech from quoted names: titles ({@code “Meet the Press”}), slogans
 * ({@code “Make America Great Again”}), nicknames and scare quotes ({@code “super PAC”}, the {@code “one China”}
 * policy). Those are left out unless an attribution right after them reports them as said.
 */
final class SpeechFilter {

    private static final Set<String> MINOR_WORDS = words("a", "an", "the", "of", "and", "in", "on", "for", "to",
            "at", "by", "with", "or", "nor", "but", "as", "vs", "from", "into", "is", "be", "de", "la", "le", "du");
    /** The farthest "known" stands before the "as" of a label: {@code known to the home supporters as}. */
    private static final int MAX_KNOWN_TO_AS = 7;
    private static final Set<String> LABEL_MARKERS = words("so-called", "titled", "entitled", "nicknamed", "known", "term", "word", "phrase", "slogan", "hashtag", "label", "labeled",
            "labelled", "branded", "motto", "banner", "headline", "book", "film", "show", "programme", "program",
            "song", "album", "series", "operation", "campaign", "initiative");

    /**
     * Words that carry on a sentence after quoted words without being qualified by them; among them the verbs
     * of which quoted words are the subject ({@code said "no single country" could}).
     */
    private static final Set<String> FOLLOWERS = words("to", "or", "nor", "than", "unless", "whether", "too",
            "again", "yesterday", "today", "tonight", "now", "here", "there", "anyway", "either", "instead", "rather",
            "could", "would", "will", "can", "may", "might", "must", "should", "shall", "was", "were", "is", "are",
            "had", "has", "have", "did", "does");

    private SpeechFilter() {
    }

    /**
     * @param site        the quotation
     * @param attribution what the rules decided
     * @return whether the quoted words are speech
     */
    static boolean isSpeech(QuoteSite site, Attribution attribution, io.broadsheet.QuoteKind kind) {
        MarkedSpan span = site.span;
        if (span.unopened() || span.continued() || span.continues()) {
            return true;
        }
        String text = site.text();
        String rule = attribution.rule();
        // "Calvo's words that "..."" says as plainly as a verb that the words were said
        boolean reportedAfter = rule.equals(AfterQuoteRule.PLAIN) || rule.equals(AfterQuoteRule.INVERTED)
                || rule.equals(SharedAttributionRule.INTERRUPTED) || rule.equals(CueBeforeRule.OWNED_WORDS);
        boolean named = attribution.speaker() != null || attribution.mention() != null;
        boolean hasCue = attribution.cue() != null && (!attribution.naming() || named);
        if (reportedAfter && !attribution.naming()) {
            // "Calheiros, known to the fans as "o Maestro", said the crowd ...": a label, whatever verb follows
            return site.at < 2 || !labelledBefore(site) || wordCount(text, 7) > 6;
        }
        int words = wordCount(text, 13);    // no test below asks about more than twelve words
        if (isTitleCase(text) && words <= 12) {
            return false;
        }
        if (words <= 6 && labelledBefore(site)) {
            return false;
        }
        Token next = site.at + 1 < site.size() ? site.token(site.at + 1) : null;
        boolean embedded = next != null && next.isWord() && next.sentence() == site.quote().sentence()
                && !next.is("and") && !next.is("or") && !next.is("but");
        if (!hasCue) {
            if (words <= 3 && !standsAlone(site, text)) {
                return false;
            }
            if (kind == io.broadsheet.QuoteKind.PARTIAL
                    && (words <= 5 || embedded || (words < 10 && !endsLikeSpeech(text)))) {
                return false;     // a cue-less fragment must read like words someone said, not a name
            }
            return !(attribution.naming() && words <= 4 && !endsLikeSpeech(text));
        }
        if (words > 3 || !embedded || endsLikeSpeech(text)) {
            return true;
        }
        if (words == 1 && site.at > 0 && site.token(site.at - 1).word().preposition && text.endsWith("ing")) {
            return true;          // "accused the government of "abandoning" coastal towns": a verb and its object
        }
        // a short fragment inside the sentence is a label when it qualifies a noun or follows an article
        return !(modifiesNoun(next) || (site.at > 0 && Words.isDeterminer(site.token(site.at - 1))));
    }

    /**
     * Whether the word after a short quotation is the noun it qualifies ({@code “temporary” measures}), rather
     * than a preposition or conjunction that carries on after quoted words ({@code “no plans” to}, {@code “basically
     * stalled” over}).
     */
    private static boolean modifiesNoun(Token next) {
        String w = next.lower();
        return !Words.PREPOSITIONS.contains(w) && !Words.CLAUSE_OPENERS.contains(w) && !FOLLOWERS.contains(w);
    }

    /** A whole sentence of its own, such as a paragraph reading {@code "No comment."}. */
    private static boolean standsAlone(QuoteSite site, String text) {
        boolean opensSentence = site.at == 0 || site.token(site.at - 1).sentence() != site.quote().sentence();
        return opensSentence && Character.isUpperCase(text.codePointAt(0)) && endsLikeSpeech(text);
    }

    private static boolean labelledBefore(QuoteSite site) {
        if (site.at >= 2) {
            Token verb = site.token(site.at - 1);
            Token noun = site.token(site.at - 2);
            boolean naming = verb.is("called") || verb.is("named") || verb.is("dubbed");
            // "a group called "X"" labels; "critics called "X"" and "he called it "X"" report speech
            if (naming && noun.isWord() && !noun.isCapitalised() && !Words.PRONOUNS.contains(noun.lower())
                    && !noun.lower().endsWith("s")) {
                return true;
            }
        }
        for (int k = site.at - 1; k >= 0 && site.at - k <= 2; k--) {
            Token t = site.token(k);
            if (t.isWord() && (LABEL_MARKERS.contains(t.lower()) || t.lower().endsWith("-called"))) {
                return true;
            }
            if (t.is("as") && k > 0 && site.token(k - 1).is("known")) {
                return true;
            }
        }
        return site.at >= 3 && site.token(site.at - 1).is("as") && knownAsFar(site);
    }

    /** {@code known to the home supporters as "o Maestro"}: "known" a few words before the "as" of a label. */
    private static boolean knownAsFar(QuoteSite site) {
        for (int k = site.at - 3; k >= 0 && site.at - k <= MAX_KNOWN_TO_AS; k--) {
            Token t = site.token(k);
            if (!t.isWord()) {
                return false;
            }
            if (t.is("known")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLikeSpeech(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '\u2026';
    }

    /** The number of words in {@code text}, counting no further than {@code cap}: a long quote stops early. */
    static int wordCount(String text, int cap) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && count < cap; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019'
                    || text.charAt(i) == '-'));
        }
        return count;
    }

    /** Every word capitalised except short function words inside: the shape of a title or a slogan. */
    static boolean isTitleCase(String text) {
        int capitalised = 0;
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {             // word by word without splitting: most quotes fail at their second word
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            int b = start;
            int e = i;
            while (b < e && !Character.isLetterOrDigit(text.charAt(b))) {
                b++;
            }
            while (e > b && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                e--;
            }
            words++;
            if (b == e) {
                continue;
            }
            char first = text.charAt(b);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                capitalised++;
            } else if (words == 1 || !MINOR_WORDS.contains(text.substring(b, e).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        if (capitalised == 0) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        // a sentence reads as a title only when every word is capitalised: “He Told You Who He Is.”
        return (last != '.' && last != '?' && last != '!') || (capitalised >= 3 && capitalised == words);
    }

    /** A set of words; duplicates in the list are harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
