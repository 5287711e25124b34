package io.broadsheet.internal.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The forms under which words are compared when looking for a quote's source: contractions spelled out
 * ({@code don't} is {@code do not}), possessives dropped and endings stripped by a light stemmer, so that a
 * reporter's {@code is not seeking} still lines up with a speaker's {@code isn't seeking} or {@code seeks}.
 *
 * <p>Keys only decide <em>where</em> a quote comes from. Whether it is verbatim, and its word diff, are judged on
 * the words themselves ({@link WordTokens#normalised(int)}), so a changed ending is still reported as a change.
 */
public final class MatchKeys {

    /**
     * Function words: they carry no statement of their own, so a match made only of them proves nothing.
     * Checked on the spelled-out, unstemmed form.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "if", "of", "in", "on", "at", "to", "for", "with", "by",
            "from", "as", "into", "onto", "about", "than", "then", "that", "this", "these", "those", "there",
            "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
            "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "not", "no", "i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "my", "our",
            "your", "his", "their", "so", "very", "just", "also", "only", "too", "what", "which", "who", "whom",
            "whose", "when", "where", "why", "how", "all", "any", "some", "more", "most", "up", "out", "over",
            "s", "t", "let", "going", "get", "got", "said", "says", "say");

    private final String[] keys;
    private final int[] owners;
    private final boolean[] content;

    private MatchKeys(String[] keys, int[] owners, boolean[] content) {
        this.keys = keys;
        this.owners = owners;
        this.content = content;
    }

    /**
     * @param words a text's words
     * @return their comparison keys, each remembering the word it came from
     */
    public static MatchKeys of(WordTokens words) {
        List<String> keys = new ArrayList<>(words.size() + 8);
        int[] owners = new int[words.size() + 8];
        boolean[] content = new boolean[words.size() + 8];
        List<String> parts = new ArrayList<>(2);
        for (int w = 0; w < words.size(); w++) {
            parts.clear();
            spellOut(words.normalised(w), parts);
            for (String part : parts) {
                int k = keys.size();
                if (k == owners.length) {
                    owners = Arrays.copyOf(owners, k * 2);
                    content = Arrays.copyOf(content, k * 2);
                }
                owners[k] = w;
                content[k] = !FUNCTION_WORDS.contains(part);
                keys.add(stem(part));
            }
        }
        int n = keys.size();
        return new MatchKeys(keys.toArray(new String[0]), Arrays.copyOf(owners, n), Arrays.copyOf(content, n));
    }

    /**
     * @param dropped for each word, whether its keys are left out; may be null
     * @return these keys without those of the dropped words, or this when none is dropped
     */
    public MatchKeys without(boolean[] dropped) {
        if (dropped == null) {
            return this;
        }
        int n = 0;
        for (int k = 0; k < keys.length; k++) {
            n += dropped[owners[k]] ? 0 : 1;
        }
        if (n == keys.length) {
            return this;
        }
        String[] keptKeys = new String[n];
        int[] keptOwners = new int[n];
        boolean[] keptContent = new boolean[n];
        int at = 0;
        for (int k = 0; k < keys.length; k++) {
            if (!dropped[owners[k]]) {
                keptKeys[at] = keys[k];
                keptOwners[at] = owners[k];
                keptContent[at] = content[k];
                at++;
            }
        }
        return new MatchKeys(keptKeys, keptOwners, keptContent);
    }

    /** @return the number of keys */
    public int size() {
        return keys.length;
    }

    /** @return key {@code k} */
    public String key(int k) {
        return keys[k];
    }

    /** @return the index of the word key {@code k} came from */
    public int owner(int k) {
        return owners[k];
    }

    /** @return whether key {@code k} is a content word rather than a function word */
    public boolean isContent(int k) {
        return content[k];
    }

    /** Splits a contraction into the words it stands for; other words pass through without apostrophes. */
    static void spellOut(String word, List<String> out) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            if (word.equals("cannot")) {
                out.add("can");
                out.add("not");
            } else {
                out.add(word);
            }
            return;
        }
        String base = word.substring(0, apostrophe);
        String suffix = word.substring(apostrophe + 1);
        switch (suffix) {
            case "t":
                if (base.endsWith("n") && base.length() > 1) {
                    String verb = base.substring(0, base.length() - 1);
                    out.add(switch (verb) {
                        case "ca" -> "can";
                        case "wo" -> "will";
                        case "sha" -> "shall";
                        default -> verb;
                    });
                    out.add("not");
                } else {
                    out.add(base + suffix);
                }
                break;
            case "re": out.add(base); out.add("are"); break;
            case "ve": out.add(base); out.add("have"); break;
            case "ll": out.add(base); out.add("will"); break;
            case "m": out.add(base); out.add("am"); break;
            case "d": out.add(base); out.add("would"); break;
            // 's is a possessive or "is"; dropping it lets "Russia's aggression" meet "Russia’s aggression"
            // and "NATO's" meet "NATO" in a reworded quote.
            case "s": out.add(base); break;
            default: out.add(base + suffix); break;
        }
    }

    /**
     * A deliberately light stemmer: it strips the common inflections so that {@code helps}, {@code helping} and
     * {@code helped} meet, and never needs to be linguistically right, only consistent on both sides.
     */
    static String stem(String word) {
        int n = word.length();
        if (n <= 3 || !isAsciiLetters(word)) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("ied") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("ing") && n > 5) {
            w = w.substring(0, n - 3);
        } else if (w.endsWith("ed") && n > 4) {
            w = w.substring(0, n - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, n - 1);
        }
        int m = w.length();
        if (m > 3 && w.charAt(m - 1) == 'e') {
            w = w.substring(0, m - 1);
            m--;
        }
        if (m > 3 && w.charAt(m - 1) == w.charAt(m - 2) && "lsz".indexOf(w.charAt(m - 1)) < 0
                && "aeiou".indexOf(w.charAt(m - 1)) < 0) {
            w = w.substring(0, m - 1);
        }
        return w;
    }

    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
