package io.broadsheet.spi;

import io.broadsheet.Dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines such as {@code Brussels, Belgium, 04.03.2022, 19:53 Time},
 * {@code NATO HEADQUARTERS Brussels, Belgium March 4, 2022}, {@code Brussels, 15/01/2022} or
 * {@code 2022-03-04T19:53:00Z}: an optional place, a date, and an optional time.
 *
 * <p>Numeric dates are ambiguous ({@code 04.03.2022}), so a parser is either {@link #dayFirst()} (the European
 * habit, the default) or {@link #monthFirst()}. Lines longer than {@value #MAX_LINE} characters are not
 * datelines. Every pattern is anchored or bounded, so parsing is linear in the line. Instances are immutable and
 * thread-safe.
 */
public final class DatelineParser {

    /** Longer lines are sentences, not datelines. */
    public static final int MAX_LINE = 160;

    private static final String MONTH_NAMES =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern TIME_AT_END = Pattern.compile(
            "(?:,|\\s|^)\\s{0,3}(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s{0,3}(a\\.?m\\.?|p\\.?m\\.?)?"
                    + "(?:\\s{1,3}[A-Za-z]{1,5})?\\s{0,3}$", Pattern.CASE_INSENSITIVE);
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
    private static final Pattern WEEKDAY_AT_END = Pattern.compile(
            "(?:^|[\\s,])(?:mon|tues|wednes|thurs|fri|satur|sun)day[\\s,]{0,3}$", Pattern.CASE_INSENSITIVE);

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
        if (line == null || line.length() > MAX_LINE) {
            return Optional.empty();
        }
        String rest = line.strip();
        LocalTime time = null;
        Matcher iso = ISO_AT_END.matcher(rest);
        LocalDate date;
        if (iso.find()) {
            date = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            if (iso.group(4) != null) {
                time = time(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)), null);
            }
            rest = rest.substring(0, iso.start());
        } else {
            Matcher t = TIME_AT_END.matcher(rest);
            if (t.find() && t.start() > 0) {
                time = time(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)), t.group(3));
                if (time != null) {
                    rest = rest.substring(0, t.start());
                }
            }
            DateMatch found = dateAtEnd(rest);
            if (found == null) {
                return Optional.empty();
            }
            date = found.date;
            rest = rest.substring(0, found.start);
        }
        if (date == null) {
            return Optional.empty();
        }
        Matcher weekday = WEEKDAY_AT_END.matcher(rest);
        if (weekday.find()) {
            rest = rest.substring(0, weekday.start());
        }
        String place = trimPlace(rest);
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

    private DateMatch dateAtEnd(String text) {
        Matcher m = NUMERIC_AT_END.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            LocalDate d = dayFirst ? date(year, b, a) : date(year, a, b);
            return new DateMatch(d == null ? (dayFirst ? date(year, a, b) : date(year, b, a)) : d, m.start());
        }
        m = MDY_AT_END.matcher(text);
        if (m.find()) {
            return new DateMatch(date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))),
                    m.start());
        }
        m = DMY_AT_END.matcher(text);
        if (m.find()) {
            return new DateMatch(date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))),
                    m.start());
        }
        return null;
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

    /** A place is a few capitalised words, not the tail of a sentence. */
    private static boolean plausiblePlace(String place) {
        if (place.length() > 80 || !Character.isUpperCase(place.codePointAt(0))) {
            return false;
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
}
