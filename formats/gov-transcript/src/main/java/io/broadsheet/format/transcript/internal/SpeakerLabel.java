package io.broadsheet.format.transcript.internal;

import io.broadsheet.spi.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A speaker label that opens a transcript paragraph: {@code SECRETARY GENERAL STOLTENBERG:}, {@code MR PRICE:},
 * {@code QUESTION:}, {@code MS. JEAN-PIERRE:}, or the bare {@code Q} that White House transcripts use.
 *
 * <p>The label is split into an honorific ({@code MR}), title words ({@code SECRETARY GENERAL}) and a surname
 * ({@code STOLTENBERG}, particles such as {@code VON DER} included). A label whose last word names a role, such
 * as {@code QUESTION}, {@code MODERATOR} or {@code SENIOR STATE DEPARTMENT OFFICIAL}, names nobody and is
 * {@linkplain #anonymous() anonymous}.
 *
 * @param label     the label as printed, without its colon and with runs of spaces collapsed
 * @param honorific {@code Mr}, {@code Ms} and the like, if the label has one
 * @param title     the title words between honorific and surname, for example {@code SECRETARY GENERAL}
 * @param surname   the surname as printed, or empty for an anonymous label
 * @param textStart offset in the paragraph where the spoken text begins
 */
public record SpeakerLabel(String label, Optional<String> honorific, List<String> title, Optional<String> surname,
                           int textStart) {

    /** Labels are short; looking further for a colon would only find sentences. */
    static final int MAX_LABEL = 60;
    /** A surname printed alone as a label ({@code Weber:}) is one word of at most this many letters. */
    static final int MAX_SURNAME = 30;
    /** An outlet in brackets after a questioner's label: {@code Q (Deutsche Welle):}. */
    static final int MAX_OUTLET = 40;
    private static final int MAX_WORDS = 6;

    private static final Set<String> HONORIFICS = Set.of("MR", "MS", "MRS", "MISS", "DR", "MX", "SIR", "DAME",
            "LORD", "LADY", "MADAM", "MADAME", "MONSIEUR", "HERR", "FRAU", "SHRI", "SMT", "SHRIMATI",
            // the Philippines' lawyers: "ATTY. REYES"
            "ATTY");
    private static final Set<String> PARTICLES = Set.of("VON", "VAN", "DER", "DEN", "DE", "DA", "DI", "DEL", "DELLA",
            "DU", "LA", "LE", "BIN", "AL", "EL", "TER", "TEN", "ST.",
            // Filipino, Spanish and Portuguese: "DELA PAZ", "DE LOS SANTOS", "DOS SANTOS"
            "DELA", "DELOS", "LOS", "LAS", "DOS", "DAS");
    /** Capitalised words that open ordinary paragraphs with a colon and are not speakers. */
    private static final Set<String> NOT_SPEAKERS = Set.of("NOTE", "EDITOR'S NOTE", "EDITORS NOTE", "UPDATE",
            "UPDATED", "CORRECTION", "SOURCE", "SOURCES", "PHOTO", "PHOTOS", "VIDEO", "WATCH", "READ", "READ MORE",
            "RELATED", "SEE ALSO", "CONTACT", "CONTACTS", "MEDIA CONTACT", "PRESS CONTACT", "PRESS CONTACTS", "TAGS",
            "TOPICS", "SUBJECT", "BACKGROUND", "DATE", "TIME", "LOCATION", "PLACE", "TRANSCRIPT", "AGENDA", "WHEN",
            "WHERE", "WHAT", "WHO", "FACT SHEET", "SUMMARY", "ENDS", "END",
            // pm.gov.au heads a transcript with "SUBJECTS: ..."; a German one lists its "Speakers:"
            "SUBJECTS", "SPEAKERS", "KEYWORDS");
    /** Last words of labels that name a role, not a person. */
    private static final Set<String> ROLE_NOUNS = Set.of("QUESTION", "Q", "A", "ANSWER", "MODERATOR", "PARTICIPANT",
            "PARTICIPANTS", "INTERPRETER", "TRANSLATOR", "OPERATOR", "AUDIENCE", "MEMBER", "REPORTER", "REPORTERS",
            "JOURNALIST", "STAFF", "STAFFER", "NARRATOR", "ANNOUNCER", "OFFICIAL", "OFFICIALS", "SPOKESPERSON",
            "SPOKESMAN", "SPOKESWOMAN", "PRESIDENT", "SECRETARY", "MINISTER", "AMBASSADOR", "CHAIR", "CHAIRMAN",
            "CHAIRWOMAN", "HOST", "PANELIST", "SPEAKER", "VOICE", "VOICES", "ALL", "CROWD", "INTERVIEWER",
            "CORRESPONDENT", "ADVISOR", "ADVISER", "OFFICER", "DIRECTOR", "COMMISSIONER", "GENERAL", "PRESS");
    /** Last words of labels that are roles but, after other capitalised words, end ordinary phrases too. */
    private static final Set<String> NOT_ROLE_ENDINGS = Set.of("Q", "A", "ALL", "GENERAL", "PRESS", "VOICE",
            "VOICES", "CROWD", "AUDIENCE", "MEMBER", "STAFF", "QUESTION", "ANSWER");
    /** Small words that stay in lower case in a title: {@code Secretary of State}. */
    private static final Set<String> LOWER_CASE_WORDS = Set.of("of", "the", "for", "and", "on", "to");
    /**
     * Roles that labels abbreviate: the UN's {@code SG:}, a {@code PM:} or {@code PM Tan:} in Commonwealth
     * transcripts. Spelt out, so that they are matched against the roles the introductions give.
     */
    private static final Map<String, List<String>> ABBREVIATED_ROLES = Map.of(
            "SG", List.of("Secretary-General"),
            "PM", List.of("Prime", "Minister"),
            "DPM", List.of("Deputy", "Prime", "Minister"));
    /**
     * Titles that labels abbreviate with a full stop before a surname, as the Philippine Palace prints
     * {@code USEC. REYES} for its undersecretary: spelt out, so that they are matched against the roles the
     * introductions give. Only with the full stop: {@code SEC} alone is also an agency.
     */
    private static final Map<String, List<String>> DOTTED_TITLES = Map.of(
            "USEC.", List.of("Undersecretary"),
            "ASEC.", List.of("Assistant", "Secretary"),
            "SEC.", List.of("Secretary"),
            "AMB.", List.of("Ambassador"),
            "GEN.", List.of("General"),
            "DIR.", List.of("Director"),
            "GOV.", List.of("Governor"));
    /** The longest outlet's acronym read as a label without being listed: {@code SVT}, {@code RTÉ}, {@code TV2}. */
    private static final int MAX_OUTLET_ACRONYM = 5;
    private static final Set<String> NUMBER_WORDS = Set.of("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN",
            "EIGHT", "NINE", "TEN");

    /** Validates and copies. */
    public SpeakerLabel {
        title = List.copyOf(title);
    }

    /** @return {@code true} when the label names a role (a questioner, a moderator, an unnamed official) */
    public boolean anonymous() {
        return surname.isEmpty();
    }

    /**
     * @return {@code true} when the label is a role's abbreviation and nothing else, such as {@code SG}: it
     *         stands for the one holder of the role the introductions name, as {@code THE PRESIDENT} does
     */
    public boolean abbreviatesRole() {
        return label.length() <= 3 && ABBREVIATED_ROLES.containsKey(label.toUpperCase(Locale.ROOT));
    }

    /**
     * @return {@code true} for a reporter's label that is an outlet and nothing else, {@code CCTV} or
     *         {@code China Daily}: a question whose asker the transcript does not name
     */
    public boolean outlet() {
        return surname.isEmpty() && title.isEmpty() && honorific.isEmpty() && !label.equals("Q");
    }

    /** A reporter's question labelled with the outlet alone: {@code CCTV}, {@code Kyodo News}. */
    private static SpeakerLabel outletLabel(String label, int textStart) {
        return new SpeakerLabel(label, Optional.empty(), List.of(), Optional.empty(), textStart);
    }

    /**
     * @return {@code true} for a label that is a name and nothing else, {@code Pavel Orlov}, as the Kremlin and
     *         China's foreign ministry print them: such an opening also begins ordinary paragraphs, so the parser
     *         takes it only where it recurs
     */
    public boolean nameOnly() {
        return surname.isPresent() && honorific.isEmpty() && title.isEmpty() && label.indexOf(' ') > 0
                && label.indexOf('/') < 0 && label.indexOf(',') < 0 && !isCapitals(label);
    }

    /**
     * Reads the label that opens a block, if any. All-capital labels are recognised anywhere; a label in mixed
     * case ({@code Moderator:}) only when the markup sets it in bold.
     *
     * @param block a transcript block
     * @return the label, or empty
     */
    public static Optional<SpeakerLabel> read(Block block) {
        String text = block.text();
        boolean bold = block.leadingStrong().isPresent();
        if (!bold && text.length() > 1 && text.charAt(1) >= 'a' && text.charAt(1) <= 'z' && text.charAt(0) != 'Q') {
            // A lower-case second letter ends any label in capitals within two characters, as labelColon would
            // find: most paragraphs ("So ...", "The ...") are turned down here before their opening is copied.
            return Optional.empty();
        }
        // The label's room copied to an array, so that no scan here has a Latin-1/UTF-16 test for C2 to guess at
        // (String.charAt's made it deoptimise on the first paragraph with a curly quote).
        char[] head = new char[Math.min(text.length(), MAX_LABEL + 1)];
        text.getChars(0, head.length, head, 0);
        if (head.length > 0 && head[0] == 'Q') {
            Optional<SpeakerLabel> bareQ = bareQuestion(text);
            if (bareQ.isPresent()) {
                return bareQ;
            }
        }
        int colon = labelColon(head, bold);
        if (colon <= 0 || colon + 1 < text.length() && isAsciiDigit(text.charAt(colon + 1))) {
            // A digit right after the colon makes it a clock's: "END   1:50 P.M. EST" closes a transcript.
            return Optional.empty();
        }
        return read(block, text, colon);
    }

    /**
     * Reads a label in mixed case that opens a block of plain text, as transcripts copied from a web page print
     * them without their bold: {@code NATO Secretary General Henrik Alvestad:}, {@code NATO Spokesperson:},
     * {@code Q (Reuters):}. A few capitalised words, one of them naming a role, and an outlet in brackets may
     * follow; the spoken text after the colon opens with a capital. Given names are left out of the title
     * words, and so is an organisation's acronym in front of the role ({@code NATO}). Such openings also begin
     * ordinary paragraphs, so the caller accepts them only where several blocks open with one.
     *
     * @param block a block whose labels are not set in bold (plain text, Markdown, some pages)
     * @return the label, or empty
     */
    public static Optional<SpeakerLabel> readPlain(Block block) {
        return readPlain(block, false);
    }

    /**
     * As {@link #readPlain}, and also reads a name alone ({@code Pavel Orlov:}) as a {@linkplain #nameOnly()
     * name-only} label. Any two capitalised words before a colon read so ({@code Quarterly Results:}); the caller
     * takes them only where they recur.
     *
     * @param block a block whose labels are not set in bold (plain text, Markdown, some pages)
     * @return the label, or empty
     */
    public static Optional<SpeakerLabel> readPlainOrName(Block block) {
        return readPlain(block, true);
    }

    private static Optional<SpeakerLabel> readPlain(Block block, boolean names) {
        String text = block.text();
        int colon = plainColon(text);
        if (colon <= 0) {
            return Optional.empty();
        }
        // plainColon accepts a ')' or ']' before the colon only after the first '(' or '[' in the text
        char close = text.charAt(colon - 1);
        int open = close == ')' ? text.indexOf('(') : close == ']' ? text.indexOf('[') : -1;
        int nameEnd = open >= 0 ? open : colon;
        if (nameEnd > MAX_LABEL || open >= 0 && colon - open > MAX_OUTLET) {
            return Optional.empty();
        }
        int start = colon + 1;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start == colon + 1 || start >= text.length() || !opensSpeech(text.charAt(start))) {
            return Optional.empty();
        }
        String name = collapseSpaces(text.substring(0, nameEnd));
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))
                || NOT_SPEAKERS.contains(name.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int comma = name.indexOf(',');
        if (comma >= 0) {
            return open >= 0 ? Optional.empty() : withComma(name, comma, false, start);
        }
        List<String> words = words(name);
        if (words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        if (open < 0 && NewsOutlets.labels(name, false, text, start)) {
            return Optional.of(outletLabel(name, start));     // "Bloomberg:", "Global Times:"
        }
        if (!mayOpenPlainLabel(words.get(0))) {
            if (open >= 0) {
                return Optional.empty();
            }
            if (namesRoleAlone(words)) {
                // "Programme Director:": a role whose first word is no role word
                return Optional.of(new SpeakerLabel(name, Optional.empty(), words, Optional.empty(), start));
            }
            return names ? nameLabel(name, words, start) : Optional.empty();
        }
        String label = open >= 0 ? name + " " + collapseSpaces(text.substring(open, colon)) : name;
        return plainLabel(label, words, start);
    }

    /**
     * The colon that ends a mixed-case label opening the text (after the outlet's bracket, if any), or -1.
     * Detection asks this of nearly every block of every plain-text input, mostly in code not yet compiled, so
     * one pass turns most blocks down within a few characters: at a character no label holds, a first letter
     * that is not a capital, a word past {@value #MAX_WORDS} or a character past {@value #MAX_LABEL}.
     */
    private static int plainColon(String text) {
        int limit = Math.min(text.length(), MAX_LABEL + MAX_OUTLET);
        int open = -1;
        int words = 0;
        boolean colonInOutlet = false;
        boolean comma = false;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (open >= 0) {
                if (c == ')' || c == ']') {
                    // the colon must lie within the label's room, unless one inside the brackets already does
                    int after = i + 1;
                    return after < text.length() && text.charAt(after) == ':' && (after < limit || colonInOutlet)
                            ? after : -1;
                }
                colonInOutlet |= c == ':';
            } else if (i > MAX_LABEL) {
                return -1;
            } else if (c == ':') {
                return i;
            } else if (c == ' ') {
                continue;
            } else if (c == ',' && !comma && i > 0 && i + 1 < limit && text.charAt(i + 1) == ' ') {
                comma = true;   // "Official Spokesperson, Shri Rohan Mehta:": a role and a name
            } else if ((c == '(' || c == '[') && i > 0 && text.charAt(i - 1) == ' ') {
                open = i;   // "Q (Reuters):", "Reporter [Translation]:"
            } else if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '.' || c == '\'' || c == '-'
                    : Character.isLetter(c) || c == '\u2019') {
                if (i == 0 || text.charAt(i - 1) == ' ') {
                    words++;
                    if (words > MAX_WORDS || words == 1 && !Character.isUpperCase(c)) {
                        return -1;
                    }
                }
            } else if (c > '9' || c < '0' || i == 0 || text.charAt(i - 1) == ' ') {
                return -1;  // a digit only inside a word: "Pieter van Wyk, News24:"
            }
        }
        return -1;
    }

    /** Speech after a label opens with a capital, a digit, a quotation mark or a bracketed note. */
    private static boolean opensSpeech(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '[' || c == '"'
                || c == '\u201c' || c == '\u2018';
    }

    /**
     * Whether a mixed-case label may open with {@code first}: {@link #plainLabel} takes only a label opening with
     * {@code Q}, an honorific, a role word or an acronym. Most capitalised openings of ordinary paragraphs
     * ({@code Brussels:}, {@code Reuters:}) are turned down here, so the larger reading runs for few blocks.
     */
    private static boolean mayOpenPlainLabel(String first) {
        if (isCapitals(first)) {
            return true;
        }
        String upper = withoutDots(first.toUpperCase(Locale.ROOT));
        return ROLE_NOUNS.contains(upper) || HONORIFICS.contains(upper) || SpeakerResolver.isRoleWord(first)
                || dottedTitle(first) != null;
    }

    /**
     * Whether capitalised words end in a noun for a person's role ({@code Programme Director},
     * {@code Deputy Spokesperson}): two to four words, the first no small word ({@code In General:} opens a
     * paragraph).
     */
    private static boolean namesRoleAlone(List<String> words) {
        int last = words.size() - 1;
        if (last < 1 || last > 3 || !ROLE_NOUNS.contains(words.get(last).toUpperCase(Locale.ROOT))
                || NOT_ROLE_ENDINGS.contains(words.get(last).toUpperCase(Locale.ROOT))
                || words.get(0).length() < 3 || LOWER_CASE_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < last; i++) {
            String word = words.get(i);
            if (!isLetters(word) || !Character.isUpperCase(word.charAt(0))
                    && !LOWER_CASE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The most words a name printed alone as a label has: {@code Maria del Carmen Ruiz}. */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * A label that is a name alone, {@code Pavel Orlov} or {@code Lin Hao}: two to {@value #MAX_NAME_WORDS}
     * capitalised words of letters (particles such as {@code de} aside), none of them a role word.
     */
    private static Optional<SpeakerLabel> nameLabel(String label, List<String> words, int textStart) {
        if (words.size() < 2 || words.size() > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean particle = i > 0 && PARTICLES.contains(word.toUpperCase(Locale.ROOT));
            if (!particle && (!Character.isUpperCase(word.charAt(0)) || isCapitals(word) || !isLetters(word)
                    || isRoleWord(word))) {
                return Optional.empty();
            }
        }
        int surnameStart = words.size() - 1;
        while (surnameStart > 1 && PARTICLES.contains(words.get(surnameStart - 1).toUpperCase(Locale.ROOT))) {
            surnameStart--;
        }
        return Optional.of(new SpeakerLabel(label, Optional.empty(), List.of(),
                Optional.of(String.join(" ", words.subList(surnameStart, words.size()))), textStart));
    }

    /** Splits a mixed-case label into role words and a surname, or turns it down when no word names a role. */
    private static Optional<SpeakerLabel> plainLabel(String label, List<String> words, int textStart) {
        String first = words.get(0).toUpperCase(Locale.ROOT);
        if (first.equals("Q") || first.equals("QUESTION")) {
            return words.size() == 1
                    ? Optional.of(new SpeakerLabel(label, Optional.empty(), words, Optional.empty(), textStart))
                    : Optional.empty();
        }
        String honorific = null;
        int at = 0;
        if (words.size() > 1 && HONORIFICS.contains(withoutDots(first))) {
            honorific = words.get(0);
            at = 1;
        }
        List<String> role = new ArrayList<>();
        boolean namesRole = false;
        for (; at < words.size(); at++) {
            String word = words.get(at);
            String upper = withoutDots(word.toUpperCase(Locale.ROOT));
            boolean roleWord = ROLE_NOUNS.contains(upper) || SpeakerResolver.isRoleWord(word);
            List<String> abbreviated = role.isEmpty() ? ABBREVIATED_ROLES.get(word) : null;
            List<String> dotted = dottedTitle(word);
            if (dotted != null) {
                namesRole = true;   // "Usec. Reyes"
                role.addAll(dotted);
            } else if (abbreviated != null) {
                namesRole = true;   // "PM Tan"
                role.addAll(abbreviated);
            } else if (roleWord) {
                namesRole = true;
                role.add(word);
            } else if (isAcronymWord(word) && role.isEmpty()) {
                continue;   // "NATO Secretary General": the organisation is no part of the role
            } else if (word.equals("from") && !role.isEmpty() && honorific == null) {
                // "Journalist from Reuters": a questioner, and the outlet
                return questionerFrom(label, role, words.subList(at + 1, words.size()), textStart);
            } else if (LOWER_CASE_WORDS.contains(word) && !role.isEmpty()) {
                role.add(word);
            } else if (Character.isUpperCase(word.charAt(0)) || PARTICLES.contains(word.toUpperCase(Locale.ROOT))) {
                break;
            } else {
                return Optional.empty();
            }
        }
        if (!namesRole && honorific == null) {
            return Optional.empty();
        }
        List<String> name = words.subList(at, words.size());
        for (String word : name) {
            if (!Character.isUpperCase(word.charAt(0)) && !PARTICLES.contains(word.toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        if (name.isEmpty()) {
            return Optional.of(new SpeakerLabel(label, Optional.empty(), role, Optional.empty(), textStart));
        }
        int surnameStart = name.size() - 1;
        while (surnameStart > 0 && PARTICLES.contains(name.get(surnameStart - 1).toUpperCase(Locale.ROOT))) {
            surnameStart--;
        }
        return Optional.of(new SpeakerLabel(label, Optional.ofNullable(honorific), role,
                Optional.of(String.join(" ", name.subList(surnameStart, name.size()))), textStart));
    }

    /**
     * A questioner's label that names the outlet after {@code from} ({@code Journalist from Reuters}, as WHO prints
     * them): anonymous, under its role noun. The outlet is capitalised words; the role must be a questioner's.
     */
    private static Optional<SpeakerLabel> questionerFrom(String label, List<String> role, List<String> outlet,
                                                         int textStart) {
        String noun = role.get(role.size() - 1).toUpperCase(Locale.ROOT);
        if (outlet.isEmpty() || !noun.equals("JOURNALIST") && !noun.equals("REPORTER")
                && !noun.equals("CORRESPONDENT") && !noun.equals("QUESTION")) {
            return Optional.empty();
        }
        for (int i = 0; i < outlet.size(); i++) {
            if (!Character.isUpperCase(outlet.get(i).charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.of(new SpeakerLabel(label, Optional.empty(), role, Optional.empty(), textStart));
    }

    /** {@code NATO}, {@code EU}: two or more capitals. */
    private static boolean isAcronymWord(String word) {
        return word.length() >= 2 && isCapitals(word);
    }

    /**
     * Finds the colon that ends a label, or -1. Nearly every paragraph is rejected here within a few characters:
     * by a comma or other punctuation, or, when the block does not open in bold, by its first lower-case letter,
     * since only a bold label may be in mixed case.
     */
    private static int labelColon(char[] head, boolean bold) {
        boolean comma = false;
        boolean slash = false;
        for (int i = 0; i < head.length; i++) {
            char c = head[i];
            if (c < 128) {
                if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '.' || c == '\'' || c == '-') {
                    continue;
                }
                if (c >= 'a' && c <= 'z') {
                    if (!bold) {
                        return -1;
                    }
                    continue;
                }
                if (c == ',' && !comma && i > 0 && i + 1 < head.length && head[i + 1] == ' ') {
                    comma = true;   // "JO BARRETT, MEMBER FOR HERBERT:": a name and a role
                    continue;
                }
                if (c == '/' && !slash && i > 0 && !comma) {
                    slash = true;   // "JOHN RIVERA/GMA NEWS:": a reporter and the outlet
                    continue;
                }
                return c == ':' ? i : -1;
            }
            if (c != '\u2019' && !Character.isLetterOrDigit(c) || !bold && Character.isLowerCase(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Reads the label before {@code colon}, which is made of label characters only. */
    private static Optional<SpeakerLabel> read(Block block, String text, int colon) {
        String label = collapseSpaces(text.substring(0, colon));
        if (label.isEmpty() || !Character.isLetter(label.charAt(0))) {
            return Optional.empty();
        }
        if (!isCapitals(label) && !(isBold(block, label) && isTitleCase(label))) {
            return Optional.empty();
        }
        int comma = label.indexOf(',');
        if (comma >= 0) {
            int start = colon + 1;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            return withComma(label, comma, true, start);
        }
        int slash = label.indexOf('/');
        if (slash >= 0) {
            int start = colon + 1;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            return reporterAndOutlet(label, slash, start);
        }
        String upper = label.toUpperCase(Locale.ROOT);
        // Replaced only when present: String.replace's test whether the new char fits Latin-1 made C2 deoptimise.
        if (NOT_SPEAKERS.contains(upper.indexOf('\u2019') < 0 ? upper : upper.replace('\u2019', '\''))) {
            return Optional.empty();
        }
        List<String> words = words(upper);
        if (words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        int start = colon + 1;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (!wordsAreNames(words)) {
            // "TV3:", "NEWS24:": no person's label holds a digit, an outlet's may, before a question
            return words.size() == 1 && isLettersThenDigits(upper) && text.indexOf('?', start) > 0
                    ? Optional.of(outletLabel(label, start)) : Optional.empty();
        }
        if (NewsOutlets.labels(label, true, text, start)) {
            return Optional.of(outletLabel(label, start));   // "CCTV:", "AFP:"
        }
        return Optional.of(split(label, words, start));
    }

    /**
     * Reads a label that gives a name and a role either side of a comma, in either order:
     * {@code JO BARRETT, MEMBER FOR HERBERT} (pm.gov.au), {@code Official Spokesperson, Shri Rohan Mehta} (India's
     * external affairs ministry). The part with a role word is the role; the other must read as a name (an
     * optional honorific, then capitalised words), so that {@code Yesterday, Minister:} is no label.
     *
     * @param label     the label, spaces collapsed
     * @param comma     where its comma is
     * @param capitals  whether the label is set in capitals
     * @param textStart where the spoken text begins
     */
    private static Optional<SpeakerLabel> withComma(String label, int comma, boolean capitals, int textStart) {
        String before = label.substring(0, comma).strip();
        String after = label.substring(comma + 1).strip();
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        List<String> beforeWords = words(before);
        List<String> afterWords = words(after);
        boolean roleBefore = namesRole(beforeWords);
        boolean roleAfter = namesRole(afterWords);
        if (!roleBefore && NewsOutlets.named(after)) {
            // "Lerato Mokoena, SABC News": a reporter and the outlet, which is no role
            return commaName(label, beforeWords, List.of(), capitals, textStart);
        }
        Optional<SpeakerLabel> named = Optional.empty();
        if (roleAfter) {
            named = commaName(label, beforeWords, afterWords, capitals, textStart);
        }
        if (named.isEmpty() && roleBefore) {
            named = commaName(label, afterWords, beforeWords, capitals, textStart);
        }
        return named;
    }

    /**
     * Reads a reporter's label that gives the outlet after a slash, as the Philippine Palace prints them:
     * {@code JOHN RIVERA/GMA NEWS}, {@code ANNA CRUZ/PTV}. The part before the slash must read as a name (letters,
     * no role word); the outlet is kept in the label only.
     */
    private static Optional<SpeakerLabel> reporterAndOutlet(String label, int slash, int textStart) {
        String name = label.substring(0, slash).strip();
        String outlet = label.substring(slash + 1).strip();
        if (name.isEmpty() || outlet.isEmpty() || outlet.length() > MAX_OUTLET) {
            return Optional.empty();
        }
        List<String> words = words(name);
        if (words.size() > MAX_NAME_WORDS || namesRole(words) || namesRole(words(outlet))) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            if (!isLetters(words.get(i)) || !Character.isUpperCase(words.get(i).charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.of(new SpeakerLabel(label, Optional.empty(), List.of(),
                Optional.of(words.get(words.size() - 1)), textStart));
    }

    /**
     * @return the reporter's name of a {@code JOHN RIVERA/GMA NEWS} label, or null for any other label
     */
    public String nameBeforeOutlet() {
        int slash = label.indexOf('/');
        return slash > 0 && surname.isPresent() && title.isEmpty() ? label.substring(0, slash).strip() : null;
    }

    /** The name part of a comma label, with the role part as title words unless the name part has its own. */
    private static Optional<SpeakerLabel> commaName(String label, List<String> name, List<String> role,
                                                    boolean capitals, int textStart) {
        if (name.size() > MAX_WORDS || role.size() > MAX_WORDS) {
            return Optional.empty();
        }
        for (String word : role) {
            if (!Character.isUpperCase(word.charAt(0)) && !LOWER_CASE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        int at = 0;
        String honorific = null;
        if (name.size() > 1 && HONORIFICS.contains(withoutDots(name.get(0).toUpperCase(Locale.ROOT)))) {
            honorific = name.get(0);
            at = 1;
        }
        int titleEnd = at;
        while (titleEnd < name.size() - 1 && isRoleWord(name.get(titleEnd))) {
            titleEnd++;
        }
        List<String> given = name.subList(titleEnd, name.size());
        for (String word : given) {
            if (!Character.isUpperCase(word.charAt(0)) && !PARTICLES.contains(word.toUpperCase(Locale.ROOT))
                    || isRoleWord(word) || !isLetters(word)) {
                return Optional.empty();
            }
        }
        int surnameStart = given.size() - 1;
        while (surnameStart > 0 && PARTICLES.contains(given.get(surnameStart - 1).toUpperCase(Locale.ROOT))) {
            surnameStart--;
        }
        List<String> title = titleEnd > at ? name.subList(at, titleEnd) : role;
        String surname = String.join(" ", given.subList(surnameStart, given.size()));
        return Optional.of(new SpeakerLabel(label, Optional.ofNullable(honorific), title, Optional.of(surname),
                textStart));
    }

    private static boolean namesRole(List<String> words) {
        for (String word : words) {
            if (isRoleWord(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoleWord(String word) {
        return ROLE_NOUNS.contains(withoutDots(word.toUpperCase(Locale.ROOT))) || SpeakerResolver.isRoleWord(word);
    }

    /** Letters, with the dots, apostrophes and hyphens of names: {@code O'Brien}, {@code Jean-Pierre}, {@code J.} */
    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '-' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBold(Block block, String label) {
        Optional<String> strong = block.leadingStrong();
        return strong.isPresent() && stripColon(collapseSpaces(strong.get())).equals(label);
    }

    /** Splits text with single spaces between words and none around them, as {@link #collapseSpaces} leaves it. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(MAX_WORDS);
        int start = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', start)) {
            words.add(text.substring(start, i));
            start = i + 1;
        }
        words.add(text.substring(start));
        return words;
    }

    /** White House transcripts print a reporter's turn as a bare {@code Q} followed by spaces. */
    private static Optional<SpeakerLabel> bareQuestion(String text) {
        if (text.length() < 3 || text.charAt(0) != 'Q') {
            return Optional.empty();
        }
        int i = 1;
        if (text.charAt(1) == ':' || text.charAt(1) == '.') {
            i = 2;
        } else if (text.charAt(1) != ' ' || text.charAt(2) != ' ' && !opensTurn(text, 2)) {
            // One space is all that is left of "Q&nbsp;&nbsp;&nbsp;" once a page's white space is collapsed; then
            // the question must open like a sentence.
            return Optional.empty();
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerLabel("Q", Optional.empty(), List.of(), Optional.empty(), i));
    }

    /**
     * Whether the text at {@code at} can open a spoken turn: a capital, or a note in brackets
     * ({@code (Inaudible)}) that is not the outlet of a label ({@code Q (Reuters):}).
     */
    private static boolean opensTurn(String text, int at) {
        char c = text.charAt(at);
        if (c == '(') {
            int close = text.indexOf(')', at);
            return close > 0 && (close + 1 >= text.length() || text.charAt(close + 1) != ':');
        }
        return c >= 'A' && c <= 'Z' || c == '[' || c > 127 && Character.isUpperCase(c);
    }

    private static SpeakerLabel split(String label, List<String> upperWords, int textStart) {
        List<String> printed = words(label);
        int last = upperWords.size() - 1;
        while (last > 0 && isNumber(upperWords.get(last))) {
            last--;
        }
        if (ROLE_NOUNS.contains(withoutDots(upperWords.get(last)))
                || last == 0 && SpeakerResolver.isRoleWord(upperWords.get(0))) {
            // "TAOISEACH", "CHANCELLOR": a role alone, whose holder the introductions may name
            return new SpeakerLabel(label, Optional.empty(), printed, Optional.empty(), textStart);
        }
        List<String> abbreviated = upperWords.size() <= 2 ? ABBREVIATED_ROLES.get(upperWords.get(0)) : null;
        if (abbreviated != null) {
            // "SG" is the Secretary-General; "PM TAN" Prime Minister Tan
            Optional<String> named = last == 0 ? Optional.empty() : Optional.of(printed.get(last));
            return new SpeakerLabel(label, Optional.empty(), abbreviated, named, textStart);
        }
        int first = 0;
        String honorific = null;
        if (HONORIFICS.contains(withoutDots(upperWords.get(0))) && upperWords.size() > 1) {
            honorific = printed.get(0);
            first = 1;
        }
        int surnameStart = last;
        while (surnameStart - 1 >= first && PARTICLES.contains(upperWords.get(surnameStart - 1))) {
            surnameStart--;
        }
        String surname = String.join(" ", printed.subList(surnameStart, last + 1));
        int titleEnd = surnameStart - givenNamesBefore(upperWords, first, surnameStart);
        return new SpeakerLabel(label, Optional.ofNullable(honorific),
                spellOutTitles(printed.subList(first, titleEnd)), Optional.of(surname), textStart);
    }

    /**
     * How many of the words before the surname at {@code end} are given names: {@code JULIEN} in
     * {@code JULIEN MARCHAND}, {@code HAN} in {@code HAN JI-WON}. They are the words of letters after the last
     * title word ({@code SECRETARY}, {@code USEC.}), none of them behind a small word ({@code MINISTER OF TOURISM
     * KOH} is a minister's).
     */
    private static int givenNamesBefore(List<String> upperWords, int first, int end) {
        int given = 0;
        for (int i = end - 1; i >= first; i--) {
            String word = upperWords.get(i);
            if (isTitleWord(word) || !isLetters(word) || i > first
                    && LOWER_CASE_WORDS.contains(upperWords.get(i - 1).toLowerCase(Locale.ROOT))) {
                break;
            }
            given++;
        }
        return given;
    }

    private static boolean isTitleWord(String upper) {
        return ROLE_NOUNS.contains(withoutDots(upper)) || SpeakerResolver.isRoleWord(upper)
                || DOTTED_TITLES.containsKey(upper) || LOWER_CASE_WORDS.contains(upper.toLowerCase(Locale.ROOT));
    }

    /**
     * @return how many given names a label in capitals prints before the surname, {@code 1} for
     *         {@code JULIEN MARCHAND} or {@code FOREIGN MINISTER WANG YI}; 0 for {@code SECRETARY BLINKEN} and
     *         for labels of other kinds
     */
    public int printedGivenNames() {
        if (surname.isEmpty() || honorific.isPresent() || label.indexOf(',') >= 0 || label.indexOf('/') >= 0
                || !isCapitals(label)) {
            return 0;
        }
        List<String> words = words(label);
        int end = words.size() - wordCountOf(surname.get());
        return end <= 0 ? 0 : givenNamesBefore(words, 0, end);
    }

    private static int wordCountOf(String text) {
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /** The title words with dotted abbreviations spelt out: {@code USEC.} becomes {@code Undersecretary}. */
    private static List<String> spellOutTitles(List<String> title) {
        List<String> spelt = null;
        for (int i = 0; i < title.size(); i++) {
            List<String> dotted = dottedTitle(title.get(i));
            if (dotted != null && spelt == null) {
                spelt = new ArrayList<>(title.subList(0, i));
            }
            if (spelt != null) {
                spelt.addAll(dotted != null ? dotted : List.of(title.get(i)));
            }
        }
        return spelt == null ? title : spelt;
    }

    /** The spelt-out words of a dotted title abbreviation ({@code USEC.}, {@code Amb.}), or null. */
    private static List<String> dottedTitle(String word) {
        int length = word.length();
        return length >= 4 && length <= 5 && word.charAt(length - 1) == '.'
                ? DOTTED_TITLES.get(word.toUpperCase(Locale.ROOT)) : null;
    }

    /**
     * Whether a label in capitals could be a news outlet's acronym standing for its unnamed reporter,
     * {@code SVT} or {@code RTÉ}: one word of two to {@value #MAX_OUTLET_ACRONYM} capital letters with no
     * honorific, title or full stop, and no abbreviated role ({@code PM}, {@code SG}). Whether it is one the
     * caller decides from the document: no one is called so, and the label asks a question.
     *
     * @return whether the label has an outlet acronym's shape
     */
    public boolean mayBeOutletAcronym() {
        int length = label.length();
        if (length < 2 || length > MAX_OUTLET_ACRONYM || honorific.isPresent() || !title.isEmpty()
                || surname.isEmpty()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Character.isUpperCase(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return this label read as an outlet's, naming no one: {@code SVT} as {@code CCTV} is read */
    public SpeakerLabel asOutlet() {
        return outletLabel(label, textStart);
    }

    /** Label words are letters (with dots, apostrophes, hyphens); only a trailing number is allowed: PARTICIPANT 2. */
    private static boolean wordsAreNames(List<String> words) {
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (w > 0 && isNumber(word)) {
                continue;
            }
            for (int i = 0; i < word.length(); i++) {
                if (Character.isDigit(word.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code TV3}, {@code NEWS24}: two to {@value #MAX_OUTLET_ACRONYM} letters, then one or two digits. */
    private static boolean isLettersThenDigits(String word) {
        int letters = 0;
        while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
            letters++;
        }
        int digits = word.length() - letters;
        if (letters < 2 || letters > MAX_OUTLET_ACRONYM || digits < 1 || digits > 2) {
            return false;
        }
        for (int i = letters; i < word.length(); i++) {
            if (!isAsciiDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String word) {
        if (NUMBER_WORDS.contains(word)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String withoutDots(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isCapitals(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean isTitleCase(String text) {
        for (String word : words(text)) {
            if (!Character.isUpperCase(word.charAt(0)) && !PARTICLES.contains(word.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String stripColon(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }

    static String collapseSpaces(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) {
                continue;
            }
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /**
     * @param words label words
     * @return the words in title case: {@code FOREIGN MINISTER} becomes {@code Foreign Minister}
     */
    static String titleCase(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            appendTitleCase(out, words.get(i));
        }
        return out.toString();
    }

    /** {@code JEAN-PIERRE} becomes {@code Jean-Pierre}, {@code O'BRIEN} {@code O'Brien}, {@code OF} {@code of}. */
    static String titleCase(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        appendTitleCase(sb, word);
        return sb.toString();
    }

    private static void appendTitleCase(StringBuilder sb, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (LOWER_CASE_WORDS.contains(lower)) {
            sb.append(lower);
            return;
        }
        boolean upperNext = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            sb.append(upperNext ? Character.toUpperCase(c) : c);
            upperNext = c == '-' || c == '\'' || c == '\u2019';
        }
    }
}
