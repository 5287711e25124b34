package io.broadsheet.internal;

/** The number of words in a short stripped phrase, such as a dateline's place or an agency's name. */
public final class WordCount {

    private WordCount() {
    }

    /**
     * @param phrase a stripped phrase whose words single spaces separate
     * @return its number of words: one more than its spaces
     */
    public static int of(String phrase) {
        int words = 1;
        for (int i = 0; i < phrase.length(); i++) {
            if (phrase.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
