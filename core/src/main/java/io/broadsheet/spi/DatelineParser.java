package io.broadsheet.spi;

import io.broadsheet.Dateline;
import io.broadsheet.internal.WordCount;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines such as {@code Brussels, Belgium, 04.03.2022, 19:53 Time},
 * {@code NATO HEADQUARTERS Brussels, Belgium March 4, 2022}, {@code Brussels, 15/01/2022},
 * {@code 18-07-2019 - 11:37} or {@code 2022-03-04T19:53:00Z}: an optional place, a date, and an optional time.
 * {@link #parseLead} reads the datelines that open a story, such as {@code WASHINGTON (Reuters) -}, and
 * {@link #parseTime} a time stated on its own line, such as {@code 2:47 p.m. EDT}.
 *
 * <p>Numeric dates written with slashes or hyphens are ambiguous ({@code 04/03/2022}), so a parser is either
 * {@link #dayFirst()} (the European habit, the default) or {@link #monthFirst()}; dates written with dots
 * ({@code 04.03.2022}) are read day first by both, as only the European habit writes them. Lines longer than
 * {@value #MAX_LINE} characters are not datelines. Every pattern is anchored or bounded, so parsing is linear in the line. Instances are immutable and
 * thread-safe.
 */
public final class DatelineParser {

    /** Longer lines are sentences, not datelines. */
    public static final int MAX_LINE = 160;
    /** {@link #parseLead} looks for the dash that ends a story's dateline within this many characters. */
    public static final int MAX_LEAD = 100;

    /**
     * Labels of a page's or release's time stamp: {@code Published 4 June 2025}, {@code Updated on 5 June 2025},
     * {@code FOR IMMEDIATE RELEASE March 3, 2025}.
     */
    private static final Set<String> STAMP_LABELS = Set.of("published", "first published",
            "updated", "last updated", "posted", "last modified", "modified", "date", "dated", "released", "issued",
            "for immediate release");
    /**
     * The labels among {@link #STAMP_LABELS} with which a page stamps its own publication or revision, longest
     * first where one opens another.
     */
    private static final List<String> PAGE_STAMP_LABELS = List.of("first published", "published", "last updated",
            "updated", "last modified", "modified", "posted");
    private static final int MAX_TIME = 40;
    /** Longer than any match of the {@code _AT_END} patterns (the longest, an ISO date-time, is 39), with room. */
    private static final int MAX_AT_END = 64;
    /**
     * How far before the last clock mark a {@link #TIME_AT_END} match may start: a separator, three spaces, two
     * digits of the hour, and the minutes and seconds ({@code :53}) when the last mark is the seconds'.
     */
    private static final int TIME_BEFORE_LAST_CLOCK = 1 + 3 + 2 + 3;
    /** How far before its year a {@link #NUMERIC_AT_END} match may start: {@code " 04.03."}. */
    private static final int NUMERIC_BEFORE_YEAR = 1 + 2 + 1 + 2 + 1;
    /**
     * How far before its year a {@link #MDY_AT_END} match ({@code " September.   30th,   "}) or a
     * {@link #DMY_AT_END} match ({@code " 30th   September.,   "}) may start.
     */
    private static final int MONTH_NAME_BEFORE_YEAR = 1 + 9 + 1 + 3 + 2 + 2 + 1 + 3;
    private static final int MAX_LEAD_PLACE_WORDS = 6;
    private static final int MAX_AGENCY = 40;
    /** {@code / September 30, 2025 / }: a date written out, with its slashes and spaces. */
    private static final int MAX_DATE_BETWEEN_SLASHES = 30;
    /**
     * News agencies whose tag is written in lower case: Deutsche Presse-Agentur, its financial service,
     * Evangelischer Pressedienst, dts Nachrichtenagentur.
     */
    private static final Set<String> LOWER_CASE_AGENCIES = Set.of("dpa", "dpa-AFX", "epd", "dts");

    private static final String MONTH_NAMES =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern TIME_AT_END = Pattern.compile(
            "(?:,|\\s|^)\\s{0,3}(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s{0,3}(a\\.?m\\.?|p\\.?m\\.?)?"
                    + "(?:\\s{1,3}[A-Za-z]{1,5}(?:[+-]\\d{1,4})?)?\\s{0,3}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_AT_END = Pattern.compile(
            "(?:^|[\\s,(])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})[\\s,)]{0,3}$");
    private static final Pattern ISO_AT_END = Pattern.compile(
            "(?:^|[\\s,(])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?)?"
                    + "(?:Z|[+-]\\d{2}:?\\d{2})?)?[\\s,)]{0,3}$");
    private static final Pattern MDY_AT_END = Pattern.compile(
            "(?:^|[\\s,(])" + MONTH_NAMES + "\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})[\\s,)]{0,3}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY_AT_END = Pattern.compile(
            "(?:^|[\\s,(])(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}" + MONTH_NAMES + "\\.?,?\\s{1,3}(\\d{4})[\\s,)]{0,3}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_AT_END = Pattern.compile(
            "(?:^|[\\s,])" + MONTH_NAMES + "\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s{1,3}(\\d{4}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_AT_END = Pattern.compile(
            "(?:^|[\\s,])(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}" + MONTH_NAMES + "\\.?(?:,?\\s{1,3}(\\d{4}))?$",
            Pattern.CASE_INSENSITIVE);
    /** Weekdays as datelines write them before a date, full or shortened, folded. */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private static final DatelineParser DAY_FIRST = new DatelineParser(true);
    private static final DatelineParser MONTH_FIRST = new DatelineParser(false);

    private final boolean dayFirst;

    private DatelineParser(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    /** @return a parser that reads {@code 04.03.2022} as 4 March 2022 */
    public static DatelineParser dayFirst() {
        return DAY_FIRST;
    }

    /** @return a parser that reads {@code 04.03.2022} as 3 April 2022 */
    public static DatelineParser monthFirst() {
        return MONTH_FIRST;
    }

    /**
     * Reads a line that is a dateline: an optional place, then a date, then an optional time.
     *
     * @param line the line
     * @return the dateline, or empty when the line does not end in a date (a time alone is not enough)
     */
    public Optional<Dateline> parse(String line) {
        // digitNearEnd reads at most the last twenty characters, so it goes first.
        if (line == null || line.length() > MAX_LINE || !digitNearEnd(line) || !hasYear(line)) {
            return Optional.empty();
        }
        return parseDateline(line.strip());
    }

    private Optional<Dateline> parseDateline(String stripped) {
        String rest = stripped;
        LocalTime time = null;
        Matcher iso = hasIsoDate(rest) ? atEnd(ISO_AT_END, rest) : null;
        LocalDate date;
        if (iso != null && iso.find()) {
            date = date(number(rest, iso, 1), number(rest, iso, 2), number(rest, iso, 3));
            if (iso.group(4) != null) {
                time = time(number(rest, iso, 4), number(rest, iso, 5), null);
            }
            rest = rest.substring(0, iso.start());
        } else {
            int clock = lastClockTime(rest);
            Matcher t = clock >= 0 ? from(TIME_AT_END, rest, clock - TIME_BEFORE_LAST_CLOCK) : null;
            if (t != null && t.find() && t.start() > 0) {
                time = time(number(rest, t, 1), number(rest, t, 2), t.group(3));
                if (time != null) {
                    rest = withoutTrailingAt(stripTrailingSeparators(rest.substring(0, t.start())));
                }
            }
            DateMatch found = dateAtEnd(rest);
            Matcher isoBeforeTime = found == null && time != null && hasIsoDate(rest) ? atEnd(ISO_AT_END, rest) : null;
            if (isoBeforeTime != null && isoBeforeTime.find() && isoBeforeTime.group(4) == null) {
                // "Utrecht, Netherlands, 2023-11-08, 09:05": an ISO date with the time set apart
                found = new DateMatch(date(number(rest, isoBeforeTime, 1), number(rest, isoBeforeTime, 2),
                        number(rest, isoBeforeTime, 3)), isoBeforeTime.start());
            }
            if (found == null) {
                return Optional.empty();
            }
            date = found.date;
            rest = rest.substring(0, found.start);
            if (time == null) {
                // "Updated 2:21 PM UTC, August 16, 2024": the time before the date, or before its weekday
                // ("Updated 4:32 PM EDT, Sat May 16, 2026")
                String beforeDate = stripTrailingSeparators(withoutWeekday(rest));
                int mark = lastClockTime(beforeDate);
                Matcher before = mark >= 0 ? from(TIME_AT_END, beforeDate, mark - TIME_BEFORE_LAST_CLOCK) : null;
                if (before != null && before.find()) {
                    time = time(number(beforeDate, before, 1), number(beforeDate, before, 2), before.group(3));
                    if (time != null) {
                        rest = beforeDate.substring(0, before.start());
                    }
                }
            }
        }
        if (date == null) {
            return Optional.empty();
        }
        rest = withoutWeekday(rest);
        String place = trimPlace(rest);
        if (place != null && (isStampLabel(place) || endsWithListSeparator(place))) {
            // "Published 4 June 2025": when, not where; "Owen Blackwood, Transport reporter · 23 January 2024":
            // a page's meta line lists its byline and its date, and a place is never one of its items
            place = null;
        }
        if (place != null && !plausiblePlace(place)) {
            return Optional.empty();
        }
        return Optional.of(Dateline.of(place, date, time));
    }

    /**
     * Reads text that is just a date, in any of the forms {@link #parse} knows, or an ISO date-time.
     *
     * @param text the text
     * @return the date, or empty
     */
    public Optional<LocalDate> parseDate(String text) {
        return parse(text).filter(d -> d.place().isEmpty()).flatMap(Dateline::date);
    }

    /**
     * Reads a time of day stated on its own, as transcripts and releases print it: {@code 2:47 p.m. EDT},
     * {@code 1:15 P.M. EST}, {@code 19:53}.
     *
     * @param text the text
     * @return the time, or empty when the text is not just a time (with an optional short zone name)
     */
    public Optional<LocalTime> parseTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TIME || !hasDigit(stripped)) {
            return Optional.empty();
        }
        Matcher t = TIME_AT_END.matcher(stripped);
        if (!t.find() || t.start() != 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(time(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)), t.group(3)));
    }

    /**
     * Reads the dateline that opens a news story, up to the dash that separates it from the text:
     * {@code WASHINGTON (Reuters) -}, {@code BRUSSELS, March 4 (Reuters) -}, {@code (AP) \u2014},
     * {@code Washington (AFP) \u2013}, {@code NEW YORK, March 4, 2022 /PRNewswire/ --},
     * {@code SAN FRANCISCO--(BUSINESS WIRE)--}, {@code Madrid, Mar 3 (EFE).-}, {@code TOKYO, March 3 Kyodo -},
     * {@code PORTLAND, Ore. (PRWEB) March 4, 2025 --} (an agency in capitals between place and date),
     * {@code WASHINGTON \u2014} and {@code Brussels, 15 January 2022 \u2013}. Agencies that set no dash after
     * their name are read by {@link #parseLeadWithoutDash}.
     *
     * <p>The agency is what stands in parentheses (or between slashes) just before the dash, or a single
     * capitalised word between the date and the dash. Without an agency the
     * opening counts as a dateline only when the city is in capitals or the date has a year, so that an ordinary
     * sentence with a dash in it is not mistaken for one. A bold agency tag such as {@code **USPA NEWS** -} is not
     * recognisable from the text alone: a caller that knows the opening is a tag (from
     * {@link Block#leadingStrong()}) should handle it before calling this. Only the first {@value #MAX_LEAD}
     * characters are examined.
     *
     * @param paragraph the story's first paragraph
     * @return the opening, or empty when the paragraph does not open with a dateline
     */
    public Optional<Lead> parseLead(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        int dash = leadDash(paragraph);
        Optional<Lead> lead = Optional.empty();
        if (dash >= 0) {
            int textStart = dash + 1;
            while (textStart < paragraph.length() && textStart < dash + 3 && paragraph.charAt(textStart) == '-') {
                textStart++;
            }
            lead = readLead(paragraph, dash, textStart);
        }
        return lead;
    }

    /**
     * Reads an agency's opening that has no dash: {@code New Delhi, Mar 3 (PTI) The ...},
     * {@code MOSCOW, March 3. /TASS/. The ...}: the agency's closing bracket or slash, perhaps a dot, then the
     * story. With no dash to mark the end of the opening, the date must stand before the agency, or after it
     * between slashes ({@code AUSTIN, TX / ACCESSWIRE / March 3, 2025 / The ...}), so that a sentence with a
     * bracket in it is not taken for one. Separate from {@link #parseLead} so that only a caller that expects an
     * agency (and has seen a bracket or slash near the start) pays for the search.
     *
     * @param paragraph the story's first paragraph
     * @return the opening, with its agency, or empty
     */
    public Optional<Lead> parseLeadWithoutDash(String paragraph) {
        if (paragraph == null || paragraph.isEmpty() || !Character.isUpperCase(paragraph.charAt(0))) {
            return Optional.empty();
        }
        int limit = Math.min(paragraph.length(), MAX_LEAD);
        int close = -1;
        int slash = -1;
        for (int i = 1; i < limit && close < 0; i++) {
            char c = paragraph.charAt(i);
            if (c == '"' || c == '\u201c' || c == ':' && !isClockColon(paragraph, i) || c == ';' || c == '!'
                    || c == '?') {
                return Optional.empty();
            }
            if (c == ')' || c == '/' && slash >= 0) {
                close = i;
            } else if (c == '/') {
                slash = i;
            }
        }
        // Most paragraphs have no bracket or second slash near the start: only the scan above runs for them.
        return close < 0 ? Optional.empty() : leadClosedAt(paragraph, close);
    }

    /** Reads an opening without a dash whose agency's bracket or slash closes at {@code close}, or empty. */
    private Optional<Lead> leadClosedAt(String paragraph, int close) {
        // The day just before the agency, or ACCESSWIRE's " / " after it: most bracketed asides have neither.
        int open = paragraph.lastIndexOf(paragraph.charAt(close) == ')' ? '(' : '/', close - 1);
        // An agency's name opens with a capital ("+32 (0)460 ..." has none), checked before anything is copied.
        if (open < 2 || open + 1 >= close || !Character.isUpperCase(paragraph.charAt(open + 1))
                && paragraph.charAt(open + 1) != ' ' || !(dayBefore(paragraph, open)
                || paragraph.charAt(close) == '/' && paragraph.charAt(close - 1) == ' ')) {
            return Optional.empty();
        }
        return leadAfterAgency(paragraph, close);
    }

    /** Reads the opening whose agency, after a day or before {@code " / "}, closes at {@code close}, or empty. */
    private Optional<Lead> leadAfterAgency(String paragraph, int close) {
        int textStart = close + 1;
        if (textStart < paragraph.length() && paragraph.charAt(textStart) == '.') {
            textStart++;
        }
        // " The": a space, then the story's first capital or digit; checked before anything is copied.
        if (textStart + 1 >= paragraph.length() || paragraph.charAt(textStart) != ' '
                || !Character.isUpperCase(paragraph.charAt(textStart + 1))
                && !isDigit(paragraph.charAt(textStart + 1))) {
            return Optional.empty();
        }
        Optional<Lead> read = readLead(paragraph, close + 1, textStart);
        if (read.isEmpty() || read.get().agency().isEmpty()) {
            return Optional.empty();
        }
        Lead lead = read.get();
        if (lead.day().isPresent()) {
            return Character.isLetterOrDigit(paragraph.charAt(lead.textStart())) ? read : Optional.empty();
        }
        return paragraph.charAt(close) == '/' ? dateBetweenSlashes(paragraph, lead) : Optional.empty();
    }

    /**
     * Whether the colon at {@code i} is a time's ({@code 14:25}), with a digit before and two after, as TASS sets the
     * hour after the day of its dateline; any other colon ends the search for an opening.
     */
    private static boolean isClockColon(String paragraph, int i) {
        return i + 2 < paragraph.length() && isDigit(paragraph.charAt(i - 1)) && isDigit(paragraph.charAt(i + 1))
                && isDigit(paragraph.charAt(i + 2));
    }

    /** Whether a day's digit, perhaps with a dot, and a space stand before {@code open}: {@code 3 (}, {@code 3. /}. */
    private static boolean dayBefore(String paragraph, int open) {
        int i = open - 1;
        if (paragraph.charAt(i) != ' ') {
            return false;
        }
        i--;
        if (paragraph.charAt(i) == '.' && i > 0) {
            i--;
        }
        return isDigit(paragraph.charAt(i));
    }

    /** {@code / March 3, 2025 / }: the date ACCESSWIRE sets after its name, then the story. */
    private Optional<Lead> dateBetweenSlashes(String paragraph, Lead lead) {
        int limit = Math.min(paragraph.length(), lead.textStart() + MAX_DATE_BETWEEN_SLASHES);
        for (int i = lead.textStart() + 1; i + 2 < limit; i++) {
            if (paragraph.charAt(i) == '/' && paragraph.charAt(i - 1) == ' ' && paragraph.charAt(i + 1) == ' ') {
                Optional<LocalDate> date = parseDate(paragraph.substring(lead.textStart(), i).strip());
                if (date.isEmpty()) {
                    return Optional.empty();
                }
                LocalDate d = date.get();
                return Optional.of(new Lead(lead.place(), Optional.of(MonthDay.from(d)),
                        Optional.of(Year.of(d.getYear())), lead.agency(), i + 2));
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the dash that ends a story's dateline within the first {@value #MAX_LEAD} characters, or -1. Most
     * paragraphs are rejected here: by a quotation mark, colon or other sentence punctuation before any dash, or
     * by having no dash set off by a space, a closing bracket or a slash.
     */
    private static int leadDash(String paragraph) {
        int limit = Math.min(paragraph.length(), MAX_LEAD);
        for (int i = 1; i < limit; i++) {
            char c = paragraph.charAt(i);
            if (c == '"' || c == '\u201c' || c == ':' && !isClockColon(paragraph, i) || c == ';' || c == '!'
                    || c == '?') {
                return -1;
            }
            if (c != '-' && c != '\u2013' && c != '\u2014') {
                continue;
            }
            char before = paragraph.charAt(i - 1);
            if (before == '.' && i >= 2 && (paragraph.charAt(i - 2) == ')' || paragraph.charAt(i - 2) == '/')) {
                before = paragraph.charAt(i - 2);       // "(EFE).- text"
            } else if (before != ' ' && before != ')' && before != '/') {
                continue;
            }
            int end = i + 1;
            while (end < paragraph.length() && end < i + 3 && paragraph.charAt(end) == '-') {
                end++;
            }
            // "(BUSINESS WIRE)--Text": a double dash after the agency needs no space.
            boolean glued = end - i >= 2 && before != ' ';
            if (c == '-' && end < paragraph.length() && paragraph.charAt(end) != ' ' && !glued) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private Optional<Lead> readLead(String paragraph, int dash, int textStart) {
        while (textStart < paragraph.length() && paragraph.charAt(textStart) == ' ') {
            textStart++;
        }
        String head = paragraph.substring(0, dash).strip();
        if (head.isEmpty() || textStart >= paragraph.length()) {
            return Optional.empty();
        }
        if (head.length() > 2 && head.charAt(head.length() - 1) == '.') {
            char closing = head.charAt(head.length() - 2);
            if (closing == ')' || closing == '/') {
                head = head.substring(0, head.length() - 1);     // "(EFE).-", "/TASS/."
            }
        }
        String agency = null;
        LocalTime time = null;
        String before = head;
        if (head.endsWith(")")) {
            int open = head.lastIndexOf('(');
            if (open < 0) {
                return Optional.empty();
            }
            agency = head.substring(open + 1, head.length() - 1).strip();
            before = head.substring(0, open);
        } else if (head.endsWith("/")) {
            int open = head.lastIndexOf('/', head.length() - 2);
            if (open < 0) {
                return Optional.empty();
            }
            agency = head.substring(open + 1, head.length() - 1).strip();
            before = head.substring(0, open);
        }
        if (agency != null && !plausibleAgency(agency)) {
            return Optional.empty();
        }
        if (agency == null) {
            int word = agencyAfterDay(before);
            if (word > 0) {
                agency = before.substring(word);            // "TOKYO, March 3 Kyodo -"
                before = before.substring(0, word);
            }
        } else {
            before = withoutDotAfterDay(before);            // "MOSCOW, March 3. /TASS/."
            int clock = timeAtEnd(before);
            if (clock > 0) {
                // "MOSCOW, March 3, 14:25 /TASS/": the hour the agency filed the story, after its day
                String stamped = before.stripTrailing();
                time = clockAt(stamped, clock);
                before = stamped.substring(0, clock);
            }
        }
        before = trimPlace(before);
        MonthDay day = null;
        Year year = null;
        String place = before;
        if (before != null && hasDigit(before)) {
            Matcher m = atEnd(MONTH_DAY_AT_END, before);
            int monthGroup = 1;
            int dayGroup = 2;
            if (!m.find()) {
                m = atEnd(DAY_MONTH_AT_END, before);
                monthGroup = 2;
                dayGroup = 1;
                if (!m.find()) {
                    m = null;
                }
            }
            Matcher numeric = m == null ? atEnd(NUMERIC_AT_END, before) : null;
            if (numeric != null && numeric.find()) {
                // "Belgrade, 03/06/2024 –": a numeric date, read in this parser's order
                int a = number(before, numeric, 1);
                int b = number(before, numeric, 3);
                boolean dayFirstHere = dayFirst || numeric.group(2).charAt(0) == '.';
                LocalDate date = dayFirstHere ? date(number(before, numeric, 4), b, a)
                        : date(number(before, numeric, 4), a, b);
                if (date == null) {
                    return Optional.empty();
                }
                day = MonthDay.from(date);
                year = Year.of(date.getYear());
                place = trimPlace(before.substring(0, numeric.start()));
            }
            if (m != null) {
                try {
                    day = MonthDay.of(month(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup)));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
                if (m.group(3) != null) {
                    year = Year.of(Integer.parseInt(m.group(3)));
                    if (!year.isValidMonthDay(day)) {
                        return Optional.empty();
                    }
                }
                place = trimPlace(before.substring(0, m.start()));
            }
        }
        if (agency == null && place != null && place.charAt(place.length() - 1) == ')') {
            // "PORTLAND, Ore. (PRWEB) March 4, 2025 --": the agency between the place and the date
            int open = place.lastIndexOf('(');
            String bracketed = open > 0 ? place.substring(open + 1, place.length() - 1).strip() : "";
            if (isCapitals(bracketed) && plausibleAgency(bracketed)) {
                agency = bracketed;
                place = trimPlace(place.substring(0, open));
            }
        }
        if (place != null && hasDigit(place)) {
            // a date in a form not read above (LISBOA, 14 de Março): keep the place before it
            place = placeBeforeDigits(place);
        }
        if (place != null && (!plausiblePlace(place) || WordCount.of(place) > MAX_LEAD_PLACE_WORDS)) {
            return Optional.empty();
        }
        if (agency == null && (place == null || !(isCapitals(place) || year != null))) {
            return Optional.empty();
        }
        return Optional.of(new Lead(Optional.ofNullable(place), Optional.ofNullable(day), Optional.ofNullable(year),
                Optional.ofNullable(agency), textStart, Optional.ofNullable(time)));
    }

    /** The {@code H:MM} time that ends {@code text} after the separators at {@code from}, or null if impossible. */
    private static LocalTime clockAt(String text, int from) {
        int colon = text.length() - 3;
        int hour = 0;
        for (int i = from; i < colon; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                hour = hour * 10 + c - '0';
            }
        }
        int minute = (text.charAt(colon + 1) - '0') * 10 + text.charAt(colon + 2) - '0';
        return time(hour, minute, null);
    }

    /**
     * Where the time that ends {@code MOSCOW, March 3, 14:25} starts, at the comma or space before it, or -1: a
     * day's digit, a comma or space, then {@code H:MM} or {@code HH:MM} at the end.
     */
    private static int timeAtEnd(String before) {
        int n = before.length();
        while (n > 0 && before.charAt(n - 1) == ' ') {
            n--;
        }
        if (n < 8 || before.charAt(n - 3) != ':' || !isDigit(before.charAt(n - 1))
                || !isDigit(before.charAt(n - 2))) {
            return -1;
        }
        int i = n - 4;
        if (!isDigit(before.charAt(i))) {
            return -1;
        }
        if (isDigit(before.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (i > 0 && (before.charAt(i - 1) == ' ' || before.charAt(i - 1) == ',')) {
            i--;
        }
        return i < end && i > 0 && isDigit(before.charAt(i - 1)) ? i : -1;
    }

    /**
     * Where the agency's name starts in {@code TOKYO, March 3 Kyodo}: one capitalised word of letters, no month or
     * weekday, after the day's digits, as Kyodo writes its name without brackets; or -1.
     */
    private static int agencyAfterDay(String head) {
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(head.charAt(start - 1))) {
            start--;
        }
        if (start < 2 || end - start < 2 || head.charAt(start - 1) != ' ' || !isDigit(head.charAt(start - 2))
                || !Character.isUpperCase(head.charAt(start))) {
            return -1;
        }
        // "Brussels, 15 January -": the word after the day is the month, not an agency.
        String word = head.substring(start, end).toLowerCase(Locale.ROOT);
        if (MONTHS.containsKey(word.substring(0, Math.min(3, word.length()))) || WEEKDAYS.contains(word)) {
            return -1;
        }
        return start;
    }

    /** The place and date before an agency without the dot that ends the date ({@code March 3.}). */
    private static String withoutDotAfterDay(String before) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        if (end >= 2 && before.charAt(end - 1) == '.' && isDigit(before.charAt(end - 2))) {
            return before.substring(0, end - 1);
        }
        return before;
    }

    /**
     * Every date form {@link #parse} reads ends in a four-digit year, so a line without four digits in a row
     * cannot be a dateline. This check lets most lines skip the regular expressions, which would otherwise be
     * tried at every position of every line.
     */
    private static boolean hasYear(String line) {
        // An array, at most MAX_LINE long: String.charAt's Latin-1/UTF-16 test, hoisted out of the loop by C2,
        // made it deoptimise and compile this again whenever a line with a curly quote came after the first compile.
        char[] chars = new char[line.length()];
        line.getChars(0, chars.length, chars, 0);
        int run = 0;
        for (char c : chars) {
            if (c >= '0' && c <= '9') {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /**
     * Every date form {@link #parse} reads ends the line, followed by no more than a time of day with a short zone
     * name ({@code 2:47 p.m. EDT}) or a few separators: so the last twenty characters of a dateline hold a digit.
     * Sentences that mention a year somewhere are rejected by this check.
     */
    private static boolean digitNearEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        for (int i = Math.max(0, end - 20); i < end; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /*
     * The checks below state what a pattern's match must contain, so that the pattern is run only on text that
     * has it: most dates are in one form, and trying the other patterns at every position of the line's tail cost
     * more than reading the date. Each looks no further than the regular expression would.
     */

    /** {@link #ISO_AT_END} holds {@code dddd-dd-dd}. */
    private static boolean hasIsoDate(String text) {
        for (int i = Math.max(4, text.length() - MAX_AT_END + 4); i + 5 < text.length(); i++) {
            if (text.charAt(i) == '-' && isIsoDateAround(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code dddd-dd-dd} stands around the hyphen at {@code dash} (its first). A loop rather than ten
     * tests: each inlined charAt is code the JIT compiles, and this runs for every hyphen near a line's end.
     */
    private static boolean isIsoDateAround(String text, int dash) {
        if (text.charAt(dash + 3) != '-') {
            return false;
        }
        for (int i = dash - 4; i <= dash + 5; i++) {
            if (i != dash && i != dash + 3 && !isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the last colon or full stop between a digit and two digits is in the tail a {@link #TIME_AT_END}
     * match fits in, or -1. A match holds one such mark for its hour and minute, and one more only for its seconds
     * ({@code 19:53:00}; the full stops of {@code a.m.} follow letters), so no match starts more than
     * {@value #TIME_BEFORE_LAST_CLOCK} characters before the last one.
     */
    private static int lastClockTime(String text) {
        for (int i = text.length() - 3; i >= Math.max(1, text.length() - MAX_AT_END + 1); i--) {
            char c = text.charAt(i);
            if ((c == ':' || c == '.') && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))
                    && isDigit(text.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the year of {@link #NUMERIC_AT_END}, {@link #MDY_AT_END} or {@link #DMY_AT_END} may begin, or -1: each
     * ends in four digits, up to three separators and {@code $}, which also matches before a final line
     * terminator of up to two characters. So the four digits end no more than five characters before the end.
     */
    private static int yearNearEnd(String text) {
        int length = text.length();
        for (int end = length; end >= 4 && end >= length - 5; end--) {
            if (isDigit(text.charAt(end - 1)) && isDigit(text.charAt(end - 2)) && isDigit(text.charAt(end - 3))
                    && isDigit(text.charAt(end - 4))) {
                return end - 4;
            }
        }
        return -1;
    }

    /**
     * The text without the weekday that ends it ({@code Brussels, Friday,}, {@code Thu}), which says when, not
     * where; the text itself when it ends in another word.
     */
    private static String withoutWeekday(String text) {
        int end = text.length();
        while (end > 0 && (isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '.') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 10 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && !isSpace(text.charAt(start - 1)) && text.charAt(start - 1) != ',') {
            return text;
        }
        return WEEKDAYS.contains(text.substring(start, end).toLowerCase(Locale.ROOT)) ? text.substring(0, start) : text;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} in a pattern without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A month and day need a digit; without one the patterns need not run. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * A matcher that searches only the tail of the text for one of the {@code _AT_END} patterns. Each of them
     * matches at most {@value #MAX_AT_END} characters, ending at the end of the text (or before a final line
     * terminator), so the tail holds the same leftmost match the whole text would give; with anchoring bounds off,
     * {@code ^} still means the start of the text, not of the tail. This spares trying the patterns at every
     * position of a line.
     */
    private static Matcher atEnd(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (text.length() > MAX_AT_END) {
            m.region(text.length() - MAX_AT_END, text.length()).useAnchoringBounds(false);
        }
        return m;
    }

    /**
     * A matcher that searches the text from {@code start} on, for a pattern no match of which starts earlier: the
     * leftmost match is the one the whole text would give, and {@code ^} still means the start of the text.
     * Trying the pattern at every position before the date it reads cost more than reading it.
     */
    private static Matcher from(Pattern pattern, String text, int start) {
        Matcher m = pattern.matcher(text);
        if (start > 0) {
            m.region(start, text.length()).useAnchoringBounds(false);
        }
        return m;
    }

    /**
     * Reads the date at the end of the text. The year of each pattern tried here is the one {@link #yearNearEnd}
     * finds: its match ends the text but for separators and a line terminator, which hold no digit.
     */
    private DateMatch dateAtEnd(String text) {
        int year = yearNearEnd(text);
        if (year < 0) {
            return null;
        }
        char beforeYear = year == 0 ? 0 : text.charAt(year - 1);
        Matcher m = beforeYear == '.' || beforeYear == '/' || beforeYear == '-'
                ? from(NUMERIC_AT_END, text, year - NUMERIC_BEFORE_YEAR) : null;
        if (m != null && m.find()) {
            int a = number(text, m, 1);
            int b = number(text, m, 3);
            int y = number(text, m, 4);
            // Dots are a European way of writing dates, always day first: 12.06.2024 is 12 June, whatever the
            // parser's order for slashes and hyphens.
            boolean dayFirstHere = dayFirst || m.group(2).charAt(0) == '.';
            LocalDate d = dayFirstHere ? date(y, b, a) : date(y, a, b);
            return new DateMatch(d == null ? (dayFirstHere ? date(y, a, b) : date(y, b, a)) : d, m.start());
        }
        if (!isSpace(beforeYear)) {
            return null;
        }
        m = from(MDY_AT_END, text, year - MONTH_NAME_BEFORE_YEAR);
        if (m.find()) {
            return new DateMatch(date(number(text, m, 3), month(m.group(1)), number(text, m, 2)),
                    m.start());
        }
        m = from(DMY_AT_END, text, year - MONTH_NAME_BEFORE_YEAR);
        if (m.find()) {
            return new DateMatch(date(number(text, m, 3), month(m.group(2)), number(text, m, 1)),
                    m.start());
        }
        return null;
    }

    /** The number a group of ASCII digits ({@code \d}) holds, read in place rather than copied out and parsed. */
    private static int number(String text, Matcher m, int group) {
        int value = 0;
        for (int i = m.start(group); i < m.end(group); i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime time(int hour, int minute, String meridiem) {
        if (meridiem != null) {
            boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        try {
            return LocalTime.of(hour, minute);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Drops separators left at the end once a trailing time is cut off: {@code 18-07-2019 - 11:37}. */
    /** {@code March 3, 2026 at} before a time: the date without the word that joins the time to it. */
    private static String withoutTrailingAt(String text) {
        int n = text.length();
        if (n >= 3 && text.charAt(n - 3) == ' ' && (text.charAt(n - 2) | 0x20) == 'a'
                && (text.charAt(n - 1) | 0x20) == 't') {
            return stripTrailingSeparators(text.substring(0, n - 3));
        }
        return text;
    }

    private static String stripTrailingSeparators(String text) {
        int end = text.length();
        while (end > 0 && " \t,;|/-\u2013\u2014".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * An agency name is a few capitalised words: {@code Reuters}, {@code AP}, {@code PRNewswire}; or one of the
     * agencies that write their name in lower case ({@code dpa}), which a bracketed aside such as {@code (left)}
     * must not pass for.
     */
    private static boolean plausibleAgency(String agency) {
        if (agency.isEmpty() || agency.length() > MAX_AGENCY || WordCount.of(agency) > 4) {
            return false;
        }
        if (!Character.isUpperCase(agency.codePointAt(0))) {
            return LOWER_CASE_AGENCIES.contains(agency);
        }
        for (int i = 0; i < agency.length(); i++) {
            char c = agency.charAt(i);
            if (!Character.isLetterOrDigit(c) && " &.'-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The city, which comes before any comma ({@code KYIV, Ukraine}), is written in capitals. */
    private static boolean isCapitals(String text) {
        boolean letters = false;
        int comma = text.indexOf(',');
        int end = comma < 0 ? text.length() : comma;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** The part of {@code place} before the comma that precedes its first digit, or null when there is none. */
    private static String placeBeforeDigits(String place) {
        int digit = 0;
        while (digit < place.length() && !(place.charAt(digit) >= '0' && place.charAt(digit) <= '9')) {
            digit++;
        }
        int comma = place.lastIndexOf(',', digit);
        return comma <= 0 ? null : trimPlace(place.substring(0, comma));
    }

    private static String trimPlace(String text) {
        int begin = 0;
        int end = text.length();
        while (end > begin && ",;:-\u2013\u2014|( \t".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (begin < end && ",;:-\u2013\u2014| \t".indexOf(text.charAt(begin)) >= 0) {
            begin++;
        }
        return begin == end ? null : text.substring(begin, end);
    }

    /** Whether the text before a date ends with the dot or bullet that separates the items of a meta line. */
    private static boolean endsWithListSeparator(String place) {
        char last = place.charAt(place.length() - 1);
        return last == '\u00b7' || last == '\u2022';
    }

    /** The label of a page's time stamp, {@code Published} or {@code Last updated on}, which names no place. */
    private static boolean isStampLabel(String text) {
        String label = text.toLowerCase(Locale.ROOT);
        if (label.endsWith(" on")) {
            label = label.substring(0, label.length() - 3);
        }
        return STAMP_LABELS.contains(label);
    }

    /**
     * Whether a line opens with the label of a page's stamp of its own publication or revision
     * ({@code Published}, {@code Last updated:}, {@code Posted on}), followed by a space or a colon: a date on such a
     * line says when the page was written or changed, which for a transcript or a story is not when the event
     * took place. Only the label is checked; callers ask it of lines that hold a date.
     *
     * @param line a line of text
     * @return whether the line is such a stamp
     */
    public static boolean opensWithPageStamp(String line) {
        for (int i = 0; i < PAGE_STAMP_LABELS.size(); i++) {
            String label = PAGE_STAMP_LABELS.get(i);
            int end = label.length();
            if (line.length() > end && line.regionMatches(true, 0, label, 0, end)
                    && (line.charAt(end) == ' ' || line.charAt(end) == ':')) {
                return true;
            }
        }
        return false;
    }

    /** A place is a few capitalised words, not the tail of a sentence. */
    private static boolean plausiblePlace(String place) {
        if (place.length() > 80 || !Character.isUpperCase(place.codePointAt(0))) {
            return false;
        }
        if (place.startsWith("By ") || place.startsWith("BY ")) {
            return false; // a byline over a time stamp: "By LENA FISCHER / Updated 10:42 AM EDT, March 14, 2023"
        }
        int words = 1;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (c == ' ') {
                words++;
            } else if (c == '.' && i + 1 < place.length() && place.charAt(i + 1) == ' '
                    && (i < 2 || Character.isLowerCase(place.charAt(i - 1)) && Character.isLowerCase(place.charAt(i - 2)))) {
                return false;
            } else if (c == '!' || c == '?' || c == '"' || c == '\u201c' || c == '\u201d') {
                return false;
            }
        }
        return words <= 8;
    }

    private record DateMatch(LocalDate date, int start) {
    }

    /**
     * The dateline that opens a news story, as read by {@link #parseLead}.
     *
     * @param place     the place as written, for example {@code BRUSSELS}
     * @param day       the month and day, when the opening states them
     * @param year      the year, when the opening states one (agencies usually leave it out)
     * @param agency    the news agency in parentheses or slashes, for example {@code Reuters}
     * @param textStart offset in the paragraph where the story's own text begins, after the dash
     * @param time      the time of day, when the opening states one ({@code MOSCOW, March 3, 14:25 /TASS/})
     */
    public record Lead(Optional<String> place, Optional<MonthDay> day, Optional<Year> year, Optional<String> agency,
                       int textStart, Optional<LocalTime> time) {

        /** Normalises {@code null} parts to empty and checks the offset. */
        public Lead {
            place = Objects.requireNonNullElse(place, Optional.empty());
            day = Objects.requireNonNullElse(day, Optional.empty());
            year = Objects.requireNonNullElse(year, Optional.empty());
            agency = Objects.requireNonNullElse(agency, Optional.empty());
            time = Objects.requireNonNullElse(time, Optional.empty());
            if (textStart < 0) {
                throw new IllegalArgumentException("textStart must be >= 0, was " + textStart);
            }
        }

        /**
         * An opening that states no time of day, as most do.
         *
         * @param place     the place as written
         * @param day       the month and day
         * @param year      the year
         * @param agency    the news agency
         * @param textStart offset where the story's own text begins
         */
        public Lead(Optional<String> place, Optional<MonthDay> day, Optional<Year> year, Optional<String> agency,
                    int textStart) {
            this(place, day, year, agency, textStart, Optional.empty());
        }

        /**
         * Returns the place and date as a dateline. Agencies leave the year out of the opening, so the caller
         * supplies the one it knows from elsewhere (the page's publication date, say).
         *
         * @param yearIfMissing the year for a date stated without one, or {@code null} to leave such a date out
         * @return the dateline, or empty when the opening states neither a place nor a complete date
         */
        public Optional<Dateline> dateline(Year yearIfMissing) {
            LocalDate date = null;
            Year y = year.orElse(yearIfMissing);
            if (day.isPresent() && y != null && y.isValidMonthDay(day.get())) {
                date = y.atMonthDay(day.get());
            }
            if (place.isEmpty() && date == null) {
                return Optional.empty();
            }
            return Optional.of(Dateline.of(place.orElse(null), date, time.orElse(null)));
        }
    }
}
