package io.broadsheet.format.wire.internal;

import io.broadsheet.Dateline;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.DatelineParser;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The agency tag or agency dateline that opens a release's first paragraph, and where the story's own text
 * begins after it.
 *
 * @param agency    the agency as written: {@code USPA NEWS}, {@code Reuters}, {@code AP}
 * @param dateline  place and date the opening states, if any
 * @param textStart offset in the block's text where the story begins
 */
public record AgencyOpening(String agency, Optional<Dateline> dateline, int textStart) {

    /** Bold tags longer than this are emphasis, not an agency's name. */
    static final int MAX_TAG = 40;
    /** An agency's name in capitals has a few words: {@code USPA NEWS}, {@code KYODO NEWS}. */
    private static final int MAX_TAG_WORDS = 4;
    /** {@code September 30, 2026}, the longest date written between an agency and the story, and a little more. */
    private static final int MAX_DATE = 24;
    /** The last word of an agency's name written in capitals, which says that it is an agency. */
    private static final Set<String> AGENCY_WORDS = Set.of("NEWS", "PRESS", "WIRE", "NEWSWIRE", "AGENCY");
    /**
     * Agencies that write their one-word name in capitals. Any other bold run in capitals alone before the dash
     * is the place of a dateline ({@code **WASHINGTON** -}), which the article reading takes as one.
     */
    private static final Set<String> AGENCIES_IN_CAPITALS = Set.of("AP", "AFP", "UPI", "EFE", "ANSA", "DPA",
            "TASS", "PTI", "IANS", "ANI", "UNI", "KYODO", "XINHUA", "YONHAP", "REUTERS", "BERNAMA", "ANTARA", "IRNA",
            "MENA", "WAFA", "PAP", "CTK", "MTI", "BTA", "HINA", "ANP", "APA", "SDA", "ATS", "NTB", "TT", "STT", "PA");

    /** Agencies' names spelt out in a byline, in capitals; the short names are {@link #AGENCIES_IN_CAPITALS}. */
    private static final Set<String> AGENCY_NAMES = Set.of("ASSOCIATED PRESS", "AGENCE FRANCE-PRESSE",
            "AGENCE FRANCE PRESSE", "KYODO NEWS", "YONHAP NEWS AGENCY", "ANADOLU AGENCY", "PRESS TRUST OF INDIA",
            "XINHUA NEWS AGENCY", "UNITED PRESS INTERNATIONAL");
    /** {@code By AFP - Agence France Presse} is about the longest byline that names only an agency. */
    private static final int MAX_AGENCY_BYLINE = 60;

    /**
     * The agency a byline names instead of a writer, as news sites that carry agency copy write it, often with the
     * agency's dateline cut from the story: {@code By AFP - Agence France Presse}, {@code By Reuters},
     * {@code By The Associated Press}, {@code By Reuters Staff}.
     *
     * @param line a line of the page's head
     * @return the agency as written (its short name when the byline gives both), or empty
     */
    public static Optional<String> bylineAgency(String line) {
        // Nearly every line is turned down by its first three characters.
        if (line.length() < 5 || line.length() > MAX_AGENCY_BYLINE || line.charAt(0) != 'B'
                || line.charAt(1) != 'y' && line.charAt(1) != 'Y' || line.charAt(2) != ' ') {
            return Optional.empty();
        }
        int start = line.startsWith("The ", 3) ? 7 : 3;
        int end = line.length();
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '|' || c == ' ' && i + 2 < end && line.charAt(i + 2) == ' '
                    && "-\u2013\u2014".indexOf(line.charAt(i + 1)) >= 0) {
                end = i;        // "AFP - Agence France Presse": the short name before the dash
            }
        }
        String name = line.substring(start, end).strip();
        if (name.endsWith(" Staff")) {
            name = name.substring(0, name.length() - 6);
        }
        String capitals = name.toUpperCase(Locale.ROOT);
        return AGENCIES_IN_CAPITALS.contains(capitals) || AGENCY_NAMES.contains(capitals)
                ? Optional.of(name) : Optional.empty();
    }

    /**
     * Reads the opening of a paragraph.
     *
     * @param block         the paragraph
     * @param yearIfMissing the year to complete an agency dateline's month and day with, or {@code null}
     * @return the opening, or empty when the paragraph does not open with an agency
     */
    public static Optional<AgencyOpening> read(Block block, Year yearIfMissing) {
        String text = block.text();
        // No lambda: detection asks every head paragraph of every input, and C1-compiled code allocates each
        // capturing lambda through a slow runtime call.
        Optional<String> strong = block.leadingStrong();
        if (strong.isPresent()) {
            Optional<AgencyOpening> tag = boldTag(text, strong.get());
            if (tag.isPresent()) {
                return tag;
            }
        }
        Optional<AgencyOpening> capitals = capitalsTag(text);
        if (capitals.isPresent()) {
            return capitals;
        }
        if (!mayNameAgency(text)) {
            return Optional.empty();
        }
        Optional<DatelineParser.Lead> lead = DatelineParser.dayFirst().parseLead(text);
        if (lead.isEmpty()) {
            // "New Delhi, Mar 3 (PTI) The ...", "MOSCOW, March 3. /TASS/. The ...": no dash after the agency.
            lead = DatelineParser.dayFirst().parseLeadWithoutDash(text);
        }
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        DatelineParser.Lead opening = lead.get();
        if (opening.place().isPresent() && opening.place().get().length() < 2) {
            // "Q (Inaudible) — the trade talks?": a transcript's question label and a stage note; no place is a
            // single letter.
            return Optional.empty();
        }
        if (opening.agency().isEmpty()) {
            return agencyAfterDateline(text, opening, yearIfMissing);
        }
        if (opening.place().isEmpty() && opening.day().isEmpty()) {
            // "(ANSA) - ROME, MAR 12 - text": the agency first, then the place and date with a dash of their own.
            Optional<DatelineParser.Lead> after = DatelineParser.dayFirst().parseLead(
                    text.substring(opening.textStart()));
            if (after.isPresent() && after.get().agency().isEmpty()) {
                DatelineParser.Lead place = after.get();
                return Optional.of(new AgencyOpening(opening.agency().get(), place.dateline(yearIfMissing),
                        opening.textStart() + place.textStart()));
            }
        }
        if (opening.day().isEmpty() && opening.place().isPresent()) {
            // "DENVER--(BUSINESS WIRE)--Mar. 10, 2026--text": the older Business Wire opening dates the story after
            // the agency, between dashes of its own.
            int start = dateAfterAgency(text, opening.textStart());
            if (start > 0) {
                Optional<LocalDate> date = DatelineParser.dayFirst().parseDate(
                        text.substring(opening.textStart(), start).strip());
                if (date.isPresent()) {
                    return Optional.of(new AgencyOpening(opening.agency().get(),
                            Optional.of(Dateline.of(opening.place().get(), date.get(), null)),
                            skipDashes(text, start)));
                }
            }
        }
        return Optional.of(new AgencyOpening(opening.agency().get(), opening.dateline(yearIfMissing),
                opening.textStart()));
    }

    /**
     * Where the dash after a date that opens the story text at {@code from} is ({@code Mar. 10, 2026--}), or -1
     * when the text opens with no month's or day's character or no dash follows within a date's length.
     */
    private static int dateAfterAgency(String text, int from) {
        if (from >= text.length() || !Character.isLetterOrDigit(text.charAt(from))) {
            return -1;
        }
        int stop = Math.min(text.length(), from + MAX_DATE);
        for (int i = from + 1; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '\u2013' || c == '\u2014' || c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                int last = i - 1;
                while (last > from && text.charAt(last) == ' ') {
                    last--;
                }
                return Character.isDigit(text.charAt(last)) ? i : -1;
            }
        }
        return -1;
    }

    private static int skipDashes(String text, int i) {
        while (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '\u2013'
                || text.charAt(i) == '\u2014' || text.charAt(i) == ' ')) {
            i++;
        }
        return i;
    }

    /**
     * {@code TOKYO, Mar 12, 2025 - (ACN Newswire) - text}: a dateline with a dash of its own, then the agency in
     * brackets with another dash. Only an opening whose text starts with a bracket is read further.
     */
    private static Optional<AgencyOpening> agencyAfterDateline(String text, DatelineParser.Lead dateline,
            Year yearIfMissing) {
        int start = dateline.textStart();
        if (start >= text.length() || text.charAt(start) != '(') {
            return Optional.empty();
        }
        Optional<DatelineParser.Lead> after = DatelineParser.dayFirst().parseLead(text.substring(start));
        if (after.isEmpty() || after.get().agency().isEmpty() || after.get().place().isPresent()
                || after.get().day().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new AgencyOpening(after.get().agency().get(), dateline.dateline(yearIfMissing),
                start + after.get().textStart()));
    }

    /**
     * An agency stands in parentheses or between slashes at the end of the opening, which
     * {@link DatelineParser#parseLead} looks for within its first {@value DatelineParser#MAX_LEAD} characters; a
     * paragraph with neither a {@code )} nor a {@code /} there has no agency, unless it opens with a city in
     * capitals and has a dash after a day and a word, as Kyodo writes its name bare ({@code TOKYO, March 3 Kyodo -}).
     */
    private static boolean mayNameAgency(String text) {
        // The opening copied to an array: over String.charAt, C2 compiled the loop for Latin-1 text only and
        // deoptimised it at the first paragraph with a curly quote.
        char[] opening = new char[Math.min(text.length(), DatelineParser.MAX_LEAD)];
        text.getChars(0, opening.length, opening, 0);
        boolean capitals = opening.length > 2 && Character.isUpperCase(opening[0])
                && Character.isUpperCase(opening[1]);
        for (int i = 0; i < opening.length; i++) {
            char c = opening[i];
            if (c == ')' || c == '/' || capitals && c == '-' && wordAfterDayBefore(opening, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code 3 Kyodo } stands before {@code dash}: a space, a word, a space and a digit. */
    private static boolean wordAfterDayBefore(char[] opening, int dash) {
        int end = dash - 1;
        if (end < 0 || opening[end] != ' ') {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(opening[start - 1])) {
            start--;
        }
        return start < end && start >= 2 && opening[start - 1] == ' ' && opening[start - 2] >= '0'
                && opening[start - 2] <= '9';
    }

    /**
     * {@code USPA NEWS - text}: the bold tag as it reads when the bold is lost in copying. A run of capitals alone
     * could be a city ({@code WASHINGTON -}), so the tag must name itself an agency by its last word.
     */
    private static Optional<AgencyOpening> capitalsTag(String text) {
        int limit = Math.min(text.length(), MAX_TAG);
        int end = 0;
        int words = 1;
        while (end < limit) {
            char c = text.charAt(end);
            if (c == ' ') {
                if (end + 1 < limit && text.charAt(end + 1) != ' ' && Character.isUpperCase(text.charAt(end + 1))) {
                    words++;
                    end++;
                    continue;
                }
                break;
            }
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '.' && c != '&' && c != '-') {
                return Optional.empty();
            }
            end++;
        }
        if (end == 0 || end >= limit || words > MAX_TAG_WORDS) {
            return Optional.empty();
        }
        String tag = text.substring(0, end);
        int lastSpace = tag.lastIndexOf(' ');
        if (lastSpace < 0 || !AGENCY_WORDS.contains(tag.substring(lastSpace + 1))) {
            return Optional.empty();
        }
        return boldTag(text, tag);
    }

    /** Whether {@code word} has letters and none of them lower-case. */
    private static boolean isCapitals(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** {@code **USPA NEWS** - text}: a short bold run, then a dash, then the story. */
    private static Optional<AgencyOpening> boldTag(String text, String strong) {
        // A comma or a parenthesis makes the bold run a dateline ("**ROTTERDAM, May 18 (Harbourside Daily)** -"),
        // which the dateline reading takes apart; an agency's name has neither.
        if (strong.length() > MAX_TAG || !text.startsWith(strong) || !Character.isUpperCase(strong.codePointAt(0))
                || strong.endsWith(":") || strong.indexOf(',') >= 0 || strong.indexOf('(') >= 0) {
            return Optional.empty();
        }
        if (!strong.contains(" ") && isCapitals(strong) && !AGENCIES_IN_CAPITALS.contains(strong)) {
            return Optional.empty();
        }
        int i = strong.length();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || "-\u2013\u2014".indexOf(text.charAt(i)) < 0) {
            return Optional.empty();
        }
        i++;
        while (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ' ') {
            return Optional.empty();
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return Optional.empty();
        }
        return Optional.of(new AgencyOpening(strong, Optional.empty(), i));
    }
}
