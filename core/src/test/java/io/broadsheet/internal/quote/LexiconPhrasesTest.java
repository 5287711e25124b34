package io.broadsheet.internal.quote;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrase trie answers exactly what the lexicon's phrase map and the title lists answer for the same words, so
 * walking it word by word changes no match: every title and organisation of the shipped lists, each with its leading runs, with and
 * without "the", as written with hyphens, periods, capitals and curly apostrophes, and with a word that ends no
 * entry after it.
 */
class LexiconPhrasesTest {

    @Test
    void theStandardLexiconWalksToTheSameAnswersAsItsPhraseSets() throws IOException {
        Lexicon lexicon = Lexicon.standard();
        List<String> phrases = new ArrayList<>(shippedTitles());
        Set<String> titlePrefixes = prefixes(shippedTitles());
        boolean names = false;
        for (String line : lines("organisations.txt")) {
            if (line.startsWith("[")) {
                names = line.equals("[names]");
            } else if (names) {
                phrases.add(line);
            }
        }
        assertThat(phrases).hasSizeGreaterThan(200);

        int checked = 0;
        for (String phrase : phrases) {
            checked += checkEveryLeadingRun(lexicon, titlePrefixes, phrase.split("\\s+"));
            checked += checkEveryLeadingRun(lexicon, titlePrefixes, ("the " + phrase + " said").split("\\s+"));
            checked += checkEveryLeadingRun(lexicon, titlePrefixes,
                    ("The " + phrase.toUpperCase(java.util.Locale.ROOT)).split("\\s+"));
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void wordsWrittenWithHyphensPeriodsAndCurlyApostrophesWalkLikeTheirNormalisedForms() {
        Lexicon lexicon = Lexicon.standard();

        assertThat(walkRole(lexicon, "Vice-President")).isTrue();
        assertThat(walkRole(lexicon, "vice", "president")).isTrue();
        assertThat(walkRole(lexicon, "Secretary-", "General")).isEqualTo(lexicon.isRole("secretary general"));
        assertThat(walkRole(lexicon, "Secretary", "said")).isFalse();
        assertThat(walkOrganisation(lexicon, "the", "White", "House")).isEqualTo(Lexicon.ORGANISATION_PREFIX
                | Lexicon.ORGANISATION_NAME);
        assertThat(walkOrganisation(lexicon, "White", "House")).isEqualTo(Lexicon.ORGANISATION_PREFIX
                | Lexicon.ORGANISATION_NAME);
        assertThat(walkOrganisation(lexicon, "White", "horse")).isZero();
        assertThat(walkOrganisation(lexicon, "The", "The", "Guardian"))
                .isEqualTo(lexicon.organisationPhrase("the the guardian"));
        assertThat(walkOrganisation(lexicon, "The", "")).isZero();
    }

    @Test
    void theCallersTitlesAndOrganisationsWalkLikeTheShippedOnes() throws IOException {
        List<String> added = List.of("chief widget officer", "Widget Czar");
        Lexicon lexicon = Lexicon.extended(List.of(), List.of("Acme Widget Works", "The Widget-Makers’ Guild"), added);
        List<String> titles = new ArrayList<>(shippedTitles());
        titles.addAll(added);
        Set<String> titlePrefixes = prefixes(titles);

        assertThat(walkRole(lexicon, "Chief", "Widget", "Officer")).isTrue();
        assertThat(walkRole(lexicon, "widget", "czar")).isTrue();
        assertThat(walkRole(lexicon, "Chief", "Widget")).isFalse();
        assertThat(walkOrganisation(lexicon, "Acme", "Widget", "Works")).isEqualTo(Lexicon.ORGANISATION_PREFIX
                | Lexicon.ORGANISATION_NAME);
        assertThat(walkOrganisation(lexicon, "the", "Acme", "Widget")).isEqualTo(Lexicon.ORGANISATION_PREFIX);
        assertThat(walkOrganisation(lexicon, "the", "Widget-Makers'", "Guild")).isEqualTo(
                Lexicon.ORGANISATION_PREFIX | Lexicon.ORGANISATION_NAME);
        assertThat(walkRole(Lexicon.standard(), "Chief", "Widget", "Officer")).isFalse();
        checkEveryLeadingRun(lexicon, titlePrefixes, "The Acme Widget Works said".split(" "));
        checkEveryLeadingRun(lexicon, titlePrefixes, "Chief Widget Officer Jane".split(" "));
    }

    /**
     * Checks the walk against the phrase map and the titles' leading runs ({@code titlePrefixes}) for each leading
     * run of two or more words; returns how many.
     */
    private static int checkEveryLeadingRun(Lexicon lexicon, Set<String> titlePrefixes, String[] written) {
        int checked = 0;
        for (int end = 2; end <= written.length; end++) {
            String[] run = java.util.Arrays.copyOf(written, end);
            StringBuilder phrase = new StringBuilder(word(lexicon, run[0]).norm);
            for (int k = 1; k < end; k++) {
                phrase.append(' ').append(word(lexicon, run[k]).norm);
            }
            String key = phrase.toString();
            if (titlePrefixes.contains(word(lexicon, run[0]).norm)) {
                assertThat(walkRoleNode(lexicon, run) >= 0).as("role prefix %s", key)
                        .isEqualTo(titlePrefixes.contains(key));
                assertThat(walkRole(lexicon, run)).as("role %s", key).isEqualTo(lexicon.isRole(key));
            }
            assertThat(walkOrganisation(lexicon, run)).as("organisation %s", key)
                    .isEqualTo(lexicon.organisationPhrase(key));
            checked++;
        }
        return checked;
    }

    private static int walkRoleNode(Lexicon lexicon, String... written) {
        Lexicon.Phrases phrases = lexicon.phrases();
        int node = word(lexicon, written[0]).roleNode;
        for (int k = 1; k < written.length; k++) {
            node = phrases.next(node, word(lexicon, written[k]).phraseWords, Lexicon.Phrases.ROLE_PREFIX);
        }
        return node;
    }

    private static boolean walkRole(Lexicon lexicon, String... written) {
        if (written.length == 1) {
            return word(lexicon, written[0]).role;
        }
        return lexicon.phrases().has(walkRoleNode(lexicon, written), Lexicon.Phrases.ROLE);
    }

    /** The {@link Lexicon#organisationPhrase} bits that walking the words finds. */
    private static int walkOrganisation(Lexicon lexicon, String... written) {
        Lexicon.Phrases phrases = lexicon.phrases();
        Word first = word(lexicon, written[0]);
        int whole = first.organisationNode;
        int afterThe = first.organisationNodeAfterThe;
        for (int k = 1; k < written.length; k++) {
            int[] ids = word(lexicon, written[k]).phraseWords;
            whole = phrases.next(whole, ids, Lexicon.Phrases.ORGANISATION_PREFIX);
            afterThe = phrases.next(afterThe, ids, Lexicon.Phrases.ORGANISATION_PREFIX);
        }
        int bits = 0;
        if (whole >= 0 || afterThe >= 0) {
            bits |= Lexicon.ORGANISATION_PREFIX;
        }
        if (phrases.has(whole, Lexicon.Phrases.ORGANISATION_NAME)
                || phrases.has(afterThe, Lexicon.Phrases.ORGANISATION_NAME)) {
            bits |= Lexicon.ORGANISATION_NAME;
        }
        return bits;
    }

    /** The role titles as role-titles.txt writes them, without their gender column. */
    private static List<String> shippedTitles() throws IOException {
        List<String> titles = new ArrayList<>();
        for (String line : lines("role-titles.txt")) {
            int tab = line.indexOf('\t');
            titles.add(tab < 0 ? line : line.substring(0, tab));
        }
        return titles;
    }

    /** Every leading run of words of each title, normalised as the lexicon normalises titles. */
    private static Set<String> prefixes(List<String> titles) {
        Set<String> prefixes = new HashSet<>();
        for (String title : titles) {
            String key = Lexicon.normalise(title);
            for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
                prefixes.add(key.substring(0, space));
            }
            prefixes.add(key);
        }
        return prefixes;
    }

    private static Word word(Lexicon lexicon, String written) {
        return lexicon.wordTable().get(lexicon, written, 0, written.length());
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
