package io.broadsheet.format.transcript.internal;

import io.broadsheet.Person;
import io.broadsheet.Speaker;
import io.broadsheet.SpeakerKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves speaker labels to the fullest name and role the document gives in its title, captions and header
 * lines: with the title {@code Remarks by Secretary Antony Blinken and NATO Secretary General Jens Stoltenberg}
 * and the caption {@code Antony J. Blinken (US Secretary of State) ...}, the label {@code SECRETARY BLINKEN}
 * becomes Antony J. Blinken, Secretary of State.
 *
 * <p>A name is read around each occurrence of the label's surname: capitalised given names and initials before
 * it, role words before those ({@code NATO Secretary General}), and a role in parentheses or after a comma just
 * behind it ({@code (US Secretary of State)}, {@code Ned Price, Department Spokesperson}). The role chosen is the
 * longest one that contains the label's own title words; an organisation's acronym in front of a role is dropped
 * ({@code NATO Secretary General} gives {@code Secretary General}). Not thread-safe; one instance per document.
 */
public final class SpeakerResolver {

    private static final int MAX_GIVEN_NAMES = 3;
    /** Given names after a family name: {@code Tan Wei Ming}, {@code Lee Hsien Loong}. */
    private static final int MAX_GIVEN_AFTER_FAMILY = 2;
    /** Words of a place between a role and a name: {@code Governor of Tula Region Sergei Lagunov}. */
    private static final int MAX_PLACE_WORDS = 3;
    private static final int MAX_ROLE_WORDS = 8;
    /** {@code THE PRESIDENT}, {@code THE VICE PRESIDENT}, {@code THE SECRETARY GENERAL}: a short role. */
    private static final int MAX_DEFINITE_ROLE_WORDS = 3;

    /** Words that make up roles and titles (lower case). */
    private static final Set<String> ROLE_WORDS = Set.of("secretary", "general", "minister", "foreign", "prime",
            "president", "vice", "deputy", "assistant", "under", "undersecretary", "ambassador", "spokesperson",
            "spokesman", "spokeswoman", "press", "department", "ministry", "state", "defense", "defence", "commerce",
            "treasury", "presidential", "homeland", "security", "national", "adviser", "advisor", "director", "chief",
            "staff", "commissioner", "high", "representative", "chancellor", "secretary-general",
            "under-secretary-general", "taoiseach", "t\u00e1naiste", "tanaiste", "senator", "governor", "mayor",
            "king", "queen", "prince", "treasurer", "premier", "director-general", "vice-president",
            "attorney-general", "governor-general", "auditor-general", "inspector-general",
            // ranks, abbreviated: "Air Force Maj. Gen. Dana Whitfield"
            "maj.", "brig.", "lt.", "col.", "adm.", "capt.", "cmdr.", "sgt.",
            "princess", "chairman", "chairwoman", "chair", "chairperson", "principal", "special", "envoy",
            "counselor", "counsellor", "leader", "speaker", "majority", "minority", "congressman", "congresswoman",
            "attorney", "justice", "judge", "admiral", "commander", "colonel", "captain", "lieutenant", "sergeant", "officer",
            "official", "administrator", "head", "executive", "member", "affairs", "economic", "energy", "health",
            "education", "interior", "labor", "labour", "agriculture", "transportation", "veterans", "finance",
            "trade", "development", "cooperation", "european", "commission", "council", "parliament", "house",
            "senate", "lead", "senior", "acting", "first", "lady", "gentleman", "spokes", "coordinator",
            "strategic", "communications", "policy", "international", "global", "public", "diplomacy", "external",
            "action", "service", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "his", "her", "excellency",
            "majesty", "highness", "honorable", "honourable", "sec.", "gen.", "amb.", "sen.", "gov.", "rep.",
            // the Philippines' lawyers, between role and name: "Undersecretary Atty. Liza Reyes"
            "atty", "atty.");
    /** The honorifics among the role words: they alone make no role. */
    private static final Set<String> HONORIFIC_ROLE_WORDS = Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr",
            "dr.", "atty", "atty.");
    /** Small words allowed inside a role: {@code Secretary of State}, {@code Minister for Foreign Affairs}. */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "to", "on");
    /** Capitalised words that cannot be given names. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "And", "With", "By", "In", "On", "At",
            "For", "Of", "To", "From", "Left", "Right", "Remarks", "Press", "Briefing", "Conference", "Meeting",
            "Joint", "Statement", "Interview", "Transcript", "Photo", "Pictured", "Availability", "Readout",
            "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            // Capitalised in titles after a name: "Remarks by President Harlan Before Marine One Departure".
            "Before", "After", "During", "Aboard", "Upon", "Following", "Ahead", "Prior", "Via", "En", "Into",
            "About", "Regarding", "Announcing", "Departure", "Arrival", "Event", "Visit", "Call", "Gaggle",
            // Indian honorifics, printed before the given name: "Shri Rohan Mehta"
            "Shri", "Smt", "Smt.", "Shrimati",
            // British ones: "The Rt Hon Jane Harrow MP"
            "Rt", "Rt.", "Hon", "Hon.");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del", "della",
            "du", "la", "le", "bin", "al", "el", "ter", "ten", "los", "las", "dos", "das");

    private final List<List<Token>> sources = new ArrayList<>();
    /** Where each word (upper case, without a possessive) occurs in the sources: {source, token} pairs. */
    private final Map<String, List<int[]>> occurrences = new HashMap<>();
    /** Mixed-case spellings by upper-case word, learnt from {@link #unread} only when a label needs one. */
    private final Map<String, String> spellings = new HashMap<>();
    /**
     * Texts whose spellings are not learnt yet, in order. Most labels resolve to a name stated in the
     * introductions, so tokenising the whole body up front would mostly be wasted.
     */
    private final List<String> unread = new ArrayList<>();
    private final Map<String, Resolved> resolved = new LinkedHashMap<>();
    /** The spoken text so far, and its tokens, cut only when a label needs them. */
    private final List<String> spoken = new ArrayList<>();
    private final List<List<Token>> spokenTokens = new ArrayList<>();
    /**
     * Where each capitalised word (upper case, without a possessive) occurs in {@link #spokenTokens}, so that a
     * transcript with thousands of labels does not rescan its whole text for each one.
     */
    private final Map<String, List<int[]>> spokenOccurrences = new HashMap<>();
    /** The holder found for each definite role label ({@code THE PRESIDENT}), or empty when there is none. */
    private final Map<String, Optional<SpeakerLabel>> roleHolders = new HashMap<>();

    /**
     * Adds text that introduces the speakers: the title, a caption, a header line such as
     * {@code Ned Price, Department Spokesperson}.
     *
     * @param text the text
     */
    public void addIntroduction(String text) {
        if (isCapitals(text) && text.indexOf(' ') > 0) {
            // "PRESS BRIEFING OF ... UNDERSECRETARY ATTY. LIZA REYES": a name is read only in mixed case, where a
            // capitalised word is not an acronym
            text = titleCaseName(splitAtSpaces(text));
        }
        List<Token> tokens = tokens(text);
        int source = sources.size();
        sources.add(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            occurrences.computeIfAbsent(stripPossessive(tokens.get(i).word).toUpperCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(new int[] {source, i});
        }
        learnSpellings(text);
    }

    /**
     * Adds body text, used only to learn how surnames are spelt in mixed case ({@code HAYASHI} is
     * {@code Hayashi}).
     *
     * @param text the text
     */
    public void addBody(String text) {
        learnSpellings(text);
    }

    /**
     * Adds a paragraph of the transcript's spoken text, in reading order. A label whose surname the
     * introductions give without a first name is looked up in the text spoken before its first turn.
     *
     * @param text the paragraph
     */
    public void addSpoken(String text) {
        spoken.add(text);
    }

    /**
     * Whether the introductions name someone with this surname in full, a given name before it:
     * {@code Jonas Weber, Federal Foreign Office} for {@code Weber}.
     *
     * @param surname a capitalised word
     * @return whether a given name precedes it somewhere in the introductions
     */
    public boolean introducesInFull(String surname) {
        List<int[]> at = occurrences.get(surname.toUpperCase(Locale.ROOT));
        if (at == null || isRoleWord(surname)) {
            return false;
        }
        for (int[] occurrence : at) {
            List<Token> tokens = sources.get(occurrence[0]);
            int i = occurrence[1];
            if (i > 0 && tokens.get(i).word.equals(surname) && !tokens.get(i - 1).endsPhrase()
                    && !tokens.get(i).opensPhrase() && isGivenName(tokens.get(i - 1).word)
                    && !isInitial(tokens.get(i - 1).word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised words in title case, the name particles after the first word in lower case:
     * {@code RAMON DE LOS SANTOS} becomes {@code Ramon de los Santos}, as the text spells it.
     */
    private static String titleCaseName(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            out.append(i > 0 ? " " : "").append(i > 0 && PARTICLES.contains(lower) ? lower
                    : SpeakerLabel.titleCase(words.get(i)));
        }
        return out.toString();
    }

    /**
     * Whether the document writes a word as a name anywhere: the introductions hold it in any case, or some text
     * spells it in mixed case ({@code Weber}). An outlet's acronym ({@code SVT}) is printed in capitals alone.
     *
     * @param word a word in capitals
     * @return whether the word may be someone's name here
     */
    public boolean writesAsName(String word) {
        String key = word.toUpperCase(Locale.ROOT);
        if (occurrences.containsKey(key)) {
            return true;
        }
        learnUnread();
        return spellings.containsKey(key);
    }

    /**
     * @param label a speaker label
     * @return the speaker the label names
     */
    public Speaker resolve(SpeakerLabel label) {
        if (label.anonymous()) {
            Optional<SpeakerLabel> holder = roleHolder(label);
            if (holder.isPresent()) {
                return resolveNamed(holder.get(), label.label());
            }
            // "CCTV:" asks as "Q:" does; the outlet is no person
            String name = isQuestioner(label) || label.outlet() ? "Questioner"
                    : SpeakerLabel.titleCase(label.title());
            return new Speaker(name, Optional.empty(), SpeakerKind.UNKNOWN);
        }
        return resolveNamed(label, label.label());
    }

    /** {@code Q}, {@code QUESTION}, or either with the questioner's outlet: {@code Q (Reuters)}. */
    private static boolean isQuestioner(SpeakerLabel label) {
        String printed = label.label();
        int end = printed.indexOf(" (");
        String word = end < 0 ? printed : printed.substring(0, end);
        return word.equalsIgnoreCase("Q") || word.equalsIgnoreCase("QUESTION");
    }

    /** Resolves a label that names a surname; {@code printed} is the label as the turn shows it. */
    private Speaker resolveNamed(SpeakerLabel label, String printed) {
        String key = label.surname().orElseThrow().toUpperCase(Locale.ROOT);
        // Looked up and added without computeIfAbsent's lambda, which C1-compiled code allocates through a slow
        // runtime call on every label.
        Resolved person = resolved.get(key);
        if (person == null) {
            person = find(label);
            resolved.put(key, person);
        }
        person.labels.add(printed);
        String titleRole = SpeakerLabel.titleCase(label.title());
        String role = person.role != null ? person.role : titleRole.isEmpty() ? null : titleRole;
        person.roleShown = role;
        return Speaker.person(person.name, role);
    }

    /**
     * The person a definite role label stands for: {@code THE PRESIDENT} in {@code Remarks by President Harlan
     * Before Marine One Departure} is President Harlan. The introductions must name exactly one holder of the
     * role, the role's words standing alone ({@code Vice President Reyes} holds another role) and followed by
     * the name; two presidents in the title leave the label anonymous.
     *
     * @return a label naming the holder's surname under the role's words, or empty
     */
    private Optional<SpeakerLabel> roleHolder(SpeakerLabel label) {
        List<String> words = label.title();
        boolean definite = !words.isEmpty() && words.get(0).equalsIgnoreCase("THE");
        // "SG:" is the Secretary-General the introductions name, as "THE PRESIDENT" is the president
        boolean mixedCase = !isCapitals(label.label()) || label.abbreviatesRole()
                || words.size() == 1 && isRoleWord(words.get(0));     // "TAOISEACH", as "THE TAOISEACH"
        if (definite) {
            words = words.subList(1, words.size());
        }
        // "NATO Spokesperson:" in a copied page stands for the spokesperson its first label named in full.
        if (words.isEmpty() || words.size() > MAX_DEFINITE_ROLE_WORDS || !definite && !mixedCase) {
            return Optional.empty();
        }
        Optional<SpeakerLabel> known = roleHolders.get(label.label());
        if (known != null) {
            return known;
        }
        List<String> role = words;
        String surname = null;
        boolean ambiguous = false;
        for (List<Token> tokens : sources) {
            for (int i = 0; i + role.size() < tokens.size() && !ambiguous; i++) {
                String holder = holderAfterRole(tokens, i, role);
                if (holder != null) {
                    ambiguous = surname != null && !surname.equalsIgnoreCase(holder);
                    surname = holder;
                }
            }
        }
        if (surname == null && mixedCase) {
            // "... noon briefing by Paulo Andrade, Spokesperson for the Secretary-General.": the UN introduces its
            // spokesperson in the opening sentence, name first, and labels every turn "Spokesperson:"
            surname = holderBeforeRole(spokenTokens(), role);
        }
        if (surname == null && mixedCase && !spoken.isEmpty()) {
            // "... remarks by the Chief Executive, Mr Daniel Ho, at a media session": Hong Kong's, role first
            for (List<Token> tokens : spokenTokens()) {
                for (int i = 0; i + role.size() < tokens.size() && !ambiguous; i++) {
                    String holder = tokens.get(i + role.size() - 1).trailing.equals(",")
                            ? holderAfterRole(tokens, i, role) : null;
                    if (holder != null) {
                        ambiguous = surname != null && !surname.equalsIgnoreCase(holder);
                        surname = holder;
                    }
                }
            }
        }
        Optional<SpeakerLabel> holder = surname == null || ambiguous ? Optional.empty()
                : Optional.of(new SpeakerLabel(label.label(), Optional.empty(), role, Optional.of(surname),
                        label.textStart()));
        roleHolders.put(label.label(), holder);
        return holder;
    }

    /**
     * The one surname written just before the role's words and a comma ({@code Paulo Andrade, Spokesperson}), a
     * given name before it, in the text spoken so far; null when there is none or more than one.
     */
    private static String holderBeforeRole(List<List<Token>> texts, List<String> role) {
        String found = null;
        for (List<Token> tokens : texts) {
            for (int at = 2; at + role.size() <= tokens.size(); at++) {
                Token name = tokens.get(at - 1);
                if (!name.trailing.equals(",") || !matchesWords(tokens, at, role)) {
                    continue;
                }
                Token given = tokens.get(at - 2);
                if (!isGivenName(name.word) || !isGivenName(given.word) || given.endsPhrase() || name.opensPhrase()) {
                    continue;
                }
                if (found != null && !found.equalsIgnoreCase(name.word)) {
                    return null;
                }
                found = name.word;
            }
        }
        return found;
    }

    /** Whether the capitalised words at {@code tokens[at]} are the role's, none but the last ending a phrase. */
    private static boolean matchesWords(List<Token> tokens, int at, List<String> role) {
        for (int k = 0; k < role.size(); k++) {
            Token token = tokens.get(at + k);
            if (!token.word.equalsIgnoreCase(role.get(k)) || !isCapitalised(token.word)
                    || k < role.size() - 1 && token.endsPhrase()) {
                return false;
            }
        }
        return true;
    }

    /** The text spoken so far, cut into tokens paragraph by paragraph as it is first needed. */
    private List<List<Token>> spokenTokens() {
        for (int i = spokenTokens.size(); i < spoken.size(); i++) {
            List<Token> tokens = tokens(spoken.get(i));
            spokenTokens.add(tokens);
            for (int k = 0; k < tokens.size(); k++) {
                String word = tokens.get(k).word;
                if (isCapitalised(word)) {
                    String key = stripPossessive(word).toUpperCase(Locale.ROOT);
                    List<int[]> at = spokenOccurrences.get(key);
                    if (at == null) {
                        at = new ArrayList<>();
                        spokenOccurrences.put(key, at);
                    }
                    at.add(new int[] {i, k});
                }
            }
        }
        return spokenTokens;
    }

    /**
     * The surname of the person named right after the role's words at {@code tokens[at]}, as in
     * {@code President Harlan} or {@code President Ana María Harlan}, or null when the role is not there, is part
     * of a longer role, or no name follows it.
     */
    private static String holderAfterRole(List<Token> tokens, int at, List<String> role) {
        if (at > 0 && isCapitalised(tokens.get(at - 1).word)
                && ROLE_WORDS.contains(tokens.get(at - 1).word.toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int k = 0; k < role.size(); k++) {
            Token token = tokens.get(at + k);
            if (!token.word.equalsIgnoreCase(role.get(k)) || !isCapitalised(token.word)
                    || k < role.size() - 1 && token.endsPhrase()) {
                return null;
            }
        }
        int first = at + role.size();
        Token roleEnd = tokens.get(first - 1);
        if (roleEnd.trailing.equals(",") && first + 1 < tokens.size()) {
            // "the Taoiseach, Niall Brennan TD," or "the Chief Executive, Mr Daniel Ho,": the name after a comma
            if (HONORIFIC_ROLE_WORDS.contains(tokens.get(first).word.toLowerCase(Locale.ROOT))) {
                first++;
            }
        } else if (roleEnd.endsPhrase()) {
            return null;
        }
        if (tokens.get(first).opensPhrase()) {
            return null;
        }
        String last = null;
        for (int j = first; j < tokens.size() && j - first <= MAX_GIVEN_NAMES; j++) {
            Token token = tokens.get(j);
            String word = stripPossessive(token.word);
            if (j > first && token.opensPhrase()) {
                break;
            }
            if (isInitial(word) && last != null && !token.endsPhrase()) {
                continue;   // a middle initial: "President Joseph R. Harlan"
            }
            if (isInitial(word) || !isGivenName(word)) {
                break;
            }
            last = word;
            if (token.endsPhrase() || !word.equals(token.word)) {
                break;      // "President Harlan," or "President Harlan's"
            }
        }
        return last;
    }

    /** @return each named speaker once, in order of first turn, with roles and the ways the text names them */
    public List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (Resolved person : resolved.values()) {
            Set<String> mentions = new LinkedHashSet<>(person.labels);
            mentions.addAll(person.forms);
            List<String> roles = person.roleShown == null ? List.of() : List.of(person.roleShown);
            people.add(new Person(person.name, roles, List.copyOf(mentions), SpeakerKind.PERSON));
        }
        return people;
    }

    private Resolved find(SpeakerLabel label) {
        List<String> surnameWords = splitAtSpaces(label.surname().orElseThrow());
        // Only the places where the surname's last word occurs are examined, so resolving every label of a long
        // transcript stays linear in the introductions' length.
        List<Candidate> candidates = new ArrayList<>();
        String last = surnameWords.get(surnameWords.size() - 1).toUpperCase(Locale.ROOT);
        // "Sergei Lagunov:" says how many given names there are; other labels leave it to the introductions
        int givenWords = label.nameOnly() ? wordCount(label.label()) - surnameWords.size()
                : label.printedGivenNames();
        for (int[] at : occurrences.getOrDefault(last, List.of())) {
            Optional<Candidate> candidate = candidate(sources.get(at[0]), at[1], surnameWords, givenWords);
            if (candidate.isPresent()) {
                candidates.add(candidate.get());
            }
        }
        if (!hasFullName(candidates) || !hasRole(candidates)) {
            // "I'm also joined by ... Coordinator for Strategic Communications Tom Kovac": a guest the header does
            // not name is often introduced by whoever speaks before them.
            candidates.addAll(spokenCandidates(surnameWords, givenWords));
        }
        String titleWords = SpeakerLabel.titleCase(label.title());
        Candidate fullest = null;
        for (Candidate c : candidates) {
            if (fullest == null || c.given.size() > fullest.given.size()) {
                fullest = c;
            }
        }
        Resolved person = new Resolved();
        if (label.nameOnly()) {
            // "Sergei Lagunov:" prints the name in full; the words before it in "Governor of the Region Sergei
            // Lagunov" are not given names.
            person.name = label.label();
        } else if (fullest != null && !fullest.given.isEmpty()) {
            person.name = fullest.fullName();
        } else if (givenWords > 0) {
            // "JULIEN MARCHAND:" that no introduction names: the label's own words, spelt as the text spells them
            List<String> printed = splitAtSpaces(label.label());
            person.name = spelling(printed.subList(printed.size() - surnameWords.size() - givenWords,
                    printed.size()));
        } else {
            person.name = spelling(surnameWords);
        }
        for (Candidate c : candidates) {
            if (!c.given.isEmpty()) {
                person.forms.add(c.fullName());
            }
        }
        person.role = chooseRole(candidates, titleWords);
        return person;
    }

    private static boolean hasRole(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (!c.roles.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFullName(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (!c.given.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The full names (with given names) the spoken text so far gives for the surname, with their roles. */
    private List<Candidate> spokenCandidates(List<String> surnameWords, int givenWords) {
        spokenTokens();
        String last = surnameWords.get(surnameWords.size() - 1).toUpperCase(Locale.ROOT);
        List<Candidate> found = new ArrayList<>();
        // candidate() takes only a capitalised surname, so the index of capitalised words holds every place
        for (int[] at : spokenOccurrences.getOrDefault(last, List.of())) {
            Optional<Candidate> candidate = candidate(spokenTokens.get(at[0]), at[1], surnameWords, givenWords);
            if (candidate.isPresent() && !candidate.get().given.isEmpty()) {
                found.add(candidate.get());
            }
        }
        return found;
    }

    /** The longest stated role containing the label's title words; with no title words, the longest role. */
    private static String chooseRole(List<Candidate> candidates, String titleWords) {
        String best = null;
        String wanted = titleWords.toLowerCase(Locale.ROOT);
        for (Candidate c : candidates) {
            for (String role : c.roles) {
                boolean fits = titleWords.isEmpty() || containsWords(role.toLowerCase(Locale.ROOT), wanted);
                if (fits && (best == null || wordCount(role) > wordCount(best))) {
                    best = role;
                }
            }
        }
        return best;
    }

    /**
     * Whether {@code words} occurs in {@code text} between spaces or the text's ends, as
     * {@code (" " + text + " ").contains(" " + words + " ")} says, without building either string.
     */
    static boolean containsWords(String text, String words) {
        int length = words.length();
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if ((at == 0 || text.charAt(at - 1) == ' ')
                    && (at + length == text.length() || text.charAt(at + length) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text.split(" ")}, cut without a trip through {@code String.split}. */
    static List<String> splitAtSpaces(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return List.of(text);
        }
        List<String> words = new ArrayList<>();
        int start = 0;
        for (; space >= 0; space = text.indexOf(' ', start)) {
            words.add(text.substring(start, space));
            start = space + 1;
        }
        words.add(text.substring(start));
        // Trailing empty words are dropped, as split drops them.
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--;
        }
        return List.copyOf(words.subList(0, size));
    }

    /** How many words {@code text.split(" ")} gives: trailing empty words do not count, other empty words do. */
    static int wordCount(String text) {
        if (text.indexOf(' ') < 0) {
            return 1;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private void learnUnread() {
        for (int i = 0; i < unread.size(); i++) {
            learnSpellingsNow(unread.get(i));
        }
        unread.clear();
    }

    private String spelling(List<String> surnameWords) {
        learnUnread();
        List<String> out = new ArrayList<>();
        for (String word : surnameWords) {
            out.add(spellings.getOrDefault(word.toUpperCase(Locale.ROOT), SpeakerLabel.titleCase(word)));
        }
        return String.join(" ", out);
    }

    private void learnSpellings(String text) {
        unread.add(text);
    }

    /**
     * Learns the spelling of every capitalised mixed-case word, as {@link #tokens} would cut them, but without
     * cutting the text: most words of a body are lower case and are passed over in place.
     */
    private void learnSpellingsNow(String text) {
        for (int i = skipSpaces(text, 0); i < text.length(); ) {
            int end = wordEnd(text, i);
            int start = i;
            while (start < end && Token.LEADING.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            if (start < end && Character.isUpperCase(text.charAt(start))) {
                learnSpelling(text, start, end);
            }
            i = skipSpaces(text, end);
        }
    }

    /** @return the first index at or after {@code i} that holds no space, or the text's length */
    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** @return the index of the first space at or after {@code i}, or the text's length */
    private static int wordEnd(String text, int i) {
        while (i < text.length() && text.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    /**
     * Learns one word from {@code text[start, end)}, a space-separated token without its leading punctuation
     * that opens with a capital letter, as {@link Token#of} and {@link #stripPossessive} read it.
     */
    private void learnSpelling(String text, int start, int end) {
        int wordEnd = end;
        while (wordEnd > start && Token.TRAILING.indexOf(text.charAt(wordEnd - 1)) >= 0) {
            wordEnd--;
        }
        if (wordEnd < end && text.charAt(wordEnd) == '.'
                && (wordEnd - start == 1 || text.lastIndexOf('.', wordEnd - 1) >= start)) {
            wordEnd++;
        }
        String word = stripPossessive(text.substring(start, wordEnd));
        if (word.length() > 1 && !isCapitals(word)) {
            spellings.putIfAbsent(word.toUpperCase(Locale.ROOT), word);
        }
    }

    /**
     * Reads the name and roles around one occurrence of the surname's last word; {@code givenWords} is how many
     * given names the label itself prints, or 0.
     */
    private static Optional<Candidate> candidate(List<Token> tokens, int i, List<String> surnameWords,
                                                 int givenWords) {
        int n = surnameWords.size();
        if (i < n - 1 || !matchesSurname(tokens, i, surnameWords)) {
            return Optional.empty();
        }
        int first = i - n + 1;
        StringBuilder surname = new StringBuilder();
        for (int k = first; k <= i; k++) {
            surname.append(k > first ? " " : "").append(stripPossessive(tokens.get(k).word));
        }
        List<String> given = new ArrayList<>();
        int j = first - 1;
        while (j >= 0 && given.size() < MAX_GIVEN_NAMES && !tokens.get(j).endsPhrase()
                && !tokens.get(j + 1).opensPhrase() && isGivenName(tokens.get(j).word)) {
            given.add(0, tokens.get(j).word);
            j--;
        }
        // "Governor of Tula Region Sergei Lagunov": the words before the name may be the place a role is of
        int of = roleOf(tokens, j);
        List<String> place = List.of();
        if (of < 0 && givenWords > 0 && given.size() > givenWords) {
            // "Secretary for Public Relations Han Ji-won" for HAN JI-WON: the label says how many given names
            // there are, and the words before them end the role
            int moved = given.size() - givenWords;
            place = new ArrayList<>(given.subList(0, moved));
            given = new ArrayList<>(given.subList(moved, given.size()));
        } else if (of >= 0 && (of < j || given.size() > 1)) {
            int keep = Math.max(1, Math.min(givenWords > 0 ? givenWords : 1, given.size()));
            int moved = given.size() - keep;
            if (of < j || moved > 0) {
                place = new ArrayList<>();
                for (int k = of + 1; k <= j; k++) {
                    place.add(tokens.get(k).word);
                }
                place.addAll(given.subList(0, moved));
                given = new ArrayList<>(given.subList(moved, given.size()));
                j = of;
            }
        }
        int nameEnd = i;
        boolean familyFirst = false;
        if (given.isEmpty()) {
            // "Prime Minister Tan Wei Ming": a Chinese, Korean or Japanese name puts the family name first
            nameEnd = givenAfter(tokens, i);
            familyFirst = nameEnd > i;
            for (int k = i + 1; k <= nameEnd; k++) {
                given.add(stripPossessive(tokens.get(k).word));
            }
            if (familyFirst && isCapitals(surname.toString()) && !isCapitals(given.get(0))) {
                // "MORI Kenji": Japan's government prints the family name in capitals to mark it
                String marked = surname.toString();
                surname.setLength(0);
                surname.append(SpeakerLabel.titleCase(marked));
            }
        }
        List<String> roles = new ArrayList<>();
        List<String> before = new ArrayList<>(place);
        while (j >= 0 && before.size() < MAX_ROLE_WORDS && !tokens.get(j).endsPhrase()
                && !tokens.get(j + 1).opensPhrase() && isRolePart(tokens.get(j).word, !before.isEmpty())) {
            before.add(0, tokens.get(j).word);
            j--;
        }
        if (j >= 1 && tokens.get(j).trailing.equals(",") && onlyHonorifics(before)) {
            // "the Presidential Spokesperson, Mr Sipho Dlamini": the role set before the name
            before = new ArrayList<>();
            for (int k = j; k >= 0 && before.size() < MAX_ROLE_WORDS && (k == j || !tokens.get(k).endsPhrase())
                    && !tokens.get(k + 1).opensPhrase() && isRolePart(tokens.get(k).word, !before.isEmpty()); k--) {
                before.add(0, tokens.get(k).word);
            }
        }
        addRole(roles, before);
        addRole(roles, after(tokens, nameEnd));
        return Optional.of(new Candidate(given, surname.toString(), roles, familyFirst));
    }

    private static boolean isHonorific(String word) {
        return word.length() <= 5 && HONORIFIC_ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the words are none but {@code Mr}, {@code Ms}, {@code Dr} and the like. */
    private static boolean onlyHonorifics(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!HONORIFIC_ROLE_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the {@code of} is that joins a role to its place ahead of a name, {@code Governor of Tula Region} or
     * {@code Mayor of Moscow}, looking back from {@code tokens[end]} over at most {@value #MAX_PLACE_WORDS}
     * capitalised words (none a role word) to it; -1 when there is none. {@code end} may be the {@code of}.
     */
    private static int roleOf(List<Token> tokens, int end) {
        for (int k = end; k >= 1 && end - k <= MAX_PLACE_WORDS; k--) {
            Token word = tokens.get(k);
            if (word.endsPhrase() || word.opensPhrase() || tokens.get(k + 1).opensPhrase()) {
                return -1;
            }
            if (word.word.equals("of")) {
                Token role = tokens.get(k - 1);
                return !role.endsPhrase() && isCapitalised(role.word) && isRoleWord(role.word) ? k : -1;
            }
            if (!isCapitalised(word.word) || isRoleWord(word.word)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The last of the given names that follow a family name at {@code tokens[family]} ({@code Tan Wei Ming},
     * {@code Yoon Suk-yeol}), or {@code family} itself when none do: one or two capitalised words that end the
     * name, a phrase's end, a lower-case word or a role following them. A headline's capitalised verb
     * ({@code Tan Meets}, {@code Tan Visits}) ends in s and is no such name.
     */
    private static int givenAfter(List<Token> tokens, int family) {
        Token name = tokens.get(family);
        if (name.endsPhrase() || !name.word.equals(stripPossessive(name.word))) {
            return family;
        }
        int last = family;
        for (int k = family + 1; k < tokens.size() && k - family <= MAX_GIVEN_AFTER_FAMILY; k++) {
            Token token = tokens.get(k);
            String word = stripPossessive(token.word);
            if (token.opensPhrase() || !isCapitalised(word) || !isGivenName(word) || isInitial(word)
                    || word.endsWith("s")) {
                break;
            }
            last = k;
            if (token.endsPhrase() || !word.equals(token.word)) {
                return last;    // "Tan Wei Ming," or "Tan Wei Ming's"
            }
        }
        if (last == family || last + 1 == tokens.size()) {
            return last;
        }
        Token next = tokens.get(last + 1);
        return next.opensPhrase() || !isCapitalised(next.word) || isRoleWord(next.word) ? last : family;
    }

    private static boolean matchesSurname(List<Token> tokens, int last, List<String> surnameWords) {
        int n = surnameWords.size();
        for (int k = 0; k < n; k++) {
            Token token = tokens.get(last - n + 1 + k);
            String word = k == n - 1 ? stripPossessive(token.word) : token.word;
            if (!word.equalsIgnoreCase(surnameWords.get(k)) || k < n - 1 && token.endsPhrase()) {
                return false;
            }
        }
        return Character.isUpperCase(tokens.get(last).word.charAt(0));
    }

    /** A role just after the name: {@code (US Secretary of State)} or {@code , Department Spokesperson}. */
    private static List<String> after(List<Token> tokens, int surname) {
        List<String> words = new ArrayList<>();
        Token name = tokens.get(surname);
        int k = surname + 1;
        if (k >= tokens.size()) {
            return words;
        }
        if (name.trailing.isEmpty() && tokens.get(k).leading.startsWith("(")) {
            for (; k < tokens.size() && words.size() < MAX_ROLE_WORDS; k++) {
                words.add(tokens.get(k).word);
                if (tokens.get(k).trailing.contains(")")) {
                    return hasRoleWord(words) ? words : List.of();
                }
            }
            return List.of();
        }
        if (name.trailing.equals(",")) {
            if (k + 1 < tokens.size() && tokens.get(k).word.equalsIgnoreCase("the") && tokens.get(k).leading.isEmpty()
                    && !tokens.get(k).endsPhrase()) {
                k++;    // "joined by Jane Roe, the Deputy National Security Advisor"
            }
            for (; k < tokens.size() && words.size() < MAX_ROLE_WORDS; k++) {
                Token t = tokens.get(k);
                if (!t.leading.isEmpty() || !isRolePart(t.word, !words.isEmpty()) && !isCapitalised(t.word)) {
                    break;
                }
                words.add(t.word);
                if (t.endsPhrase()) {
                    break;
                }
            }
            return hasRoleWord(words) && isCapitalised(words.get(0)) ? words : List.of();
        }
        return words;
    }

    /** Adds a role without a leading organisation acronym or article: {@code NATO Secretary General}. */
    private static void addRole(List<String> roles, List<String> words) {
        int begin = 0;
        int end = words.size();
        while (begin < end && (isAcronym(words.get(begin)) || isConnector(words.get(begin)))) {
            begin++;
        }
        while (end > begin && (isConnector(words.get(end - 1)) || isHonorific(words.get(end - 1)))) {
            end--;      // "Undersecretary Atty." is an undersecretary's role
        }
        if (begin < end && hasRoleWord(words.subList(begin, end))) {
            roles.add(String.join(" ", words.subList(begin, end)));
        }
    }

    private static boolean hasRoleWord(List<String> words) {
        for (String word : words) {
            if (ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRolePart(String word, boolean inside) {
        return isCapitalised(word) && ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || isAcronym(word)
                || inside && isConnector(word);
    }

    /**
     * One of {@link #CONNECTORS} in any case. Lower-casing never shortens a word, so a word longer than the
     * longest connector is not lower-cased and looked up at all.
     */
    private static boolean isConnector(String word) {
        return word.length() <= 3 && CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isGivenName(String word) {
        if (isInitial(word)) {
            return true;
        }
        if (PARTICLES.contains(word)) {
            return true;
        }
        return isCapitalised(word) && !isCapitals(word) && !NOT_NAMES.contains(word) && !isRoleWord(word);
    }

    /** A role word, or its plural: {@code Foreign Ministers Hayashi and Chung} names no one called Ministers. */
    static boolean isRoleWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ROLE_WORDS.contains(lower) || lower.length() > 3 && lower.endsWith("s")
                && ROLE_WORDS.contains(lower.substring(0, lower.length() - 1));
    }

    /** {@code J.} */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /** {@code NATO}, {@code US}, {@code U.S.}, {@code EU}. */
    private static boolean isAcronym(String word) {
        // As isCapitals(word.replace(".", "")) with 2 to 6 letters, without making that string: a full stop is not
        // lower case, so only the count of the other characters changes.
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '.') {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && letters <= 6 && !isInitial(word);
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** Splits text at spaces into words with the punctuation around them held apart. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (int i = skipSpaces(text, 0); i < text.length(); ) {
            int end = wordEnd(text, i);
            Token token = Token.of(text.substring(i, end));
            if (!token.word.isEmpty()) {
                tokens.add(token);
            }
            i = skipSpaces(text, end);
        }
        return tokens;
    }

    /** A word with the punctuation before and after it. */
    record Token(String leading, String word, String trailing) {

        /** Punctuation held apart before a word. */
        static final String LEADING = "([\"'\u201c\u2018";
        /** Punctuation held apart after a word. */
        static final String TRAILING = ")]\"'\u201d\u2019,;:!?.";

        static Token of(String raw) {
            int begin = 0;
            int end = raw.length();
            while (begin < end && LEADING.indexOf(raw.charAt(begin)) >= 0) {
                begin++;
            }
            while (end > begin && TRAILING.indexOf(raw.charAt(end - 1)) >= 0) {
                end--;
            }
            String word = raw.substring(begin, end);
            // An initial or dotted acronym keeps its full stop: "J.", "U.S."
            if (end < raw.length() && raw.charAt(end) == '.' && (word.length() == 1 || word.contains("."))) {
                end++;
                word = raw.substring(begin, end);
            }
            return new Token(raw.substring(0, begin), word, raw.substring(end));
        }

        /** The phrase ends after this word: a comma, colon, closing bracket or full stop follows it. */
        boolean endsPhrase() {
            for (int i = 0; i < trailing.length(); i++) {
                if (",;:.)]!?".indexOf(trailing.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        boolean opensPhrase() {
            return !leading.isEmpty();
        }
    }

    /**
     * @param familyFirst whether the surname comes first and the given names after it: {@code Tan Wei Ming}
     */
    private record Candidate(List<String> given, String surname, List<String> roles, boolean familyFirst) {

        /** The given names and the surname in the order the document prints them, between single spaces. */
        String fullName() {
            StringBuilder name = new StringBuilder();
            if (familyFirst) {
                name.append(surname);
            }
            for (String word : given) {
                if (familyFirst) {
                    name.append(' ').append(word);
                } else {
                    name.append(word).append(' ');
                }
            }
            return familyFirst ? name.toString() : name.append(surname).toString();
        }
    }

    /** What is known about one named speaker. */
    private static final class Resolved {
        String name;
        String role;
        String roleShown;
        final Set<String> labels = new LinkedHashSet<>();
        final Set<String> forms = new LinkedHashSet<>();
    }
}
