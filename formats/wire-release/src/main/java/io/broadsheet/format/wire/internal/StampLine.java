package io.broadsheet.format.wire.internal;

import io.broadsheet.Dateline;
import io.broadsheet.spi.DatelineParser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The time stamp an agency's web page prints above the story, as it reads when the page is copied as text:
 * {@code March 3, 2024 4:12 PM GMT+0 Updated 2 hours ago}, {@code Updated 10:42 AM EDT, March 14, 2023},
 * {@code Sept. 29, 2023 / 9:47 PM}. It states when, never where; the story's own dateline adds the place.
 *
 * <p>Only a line with one of a stamp's marks is read: a leading {@code Updated}/{@code Published}/{@code Posted}
 * label, a trailing {@code Updated ...} note, or a time set off from the date by a slash or bar. Other lines are
 * left to {@link DatelineParser#parse}, which reads dateline lines with a place.
 */
final class StampLine {

    /** A stamp line is short; longer lines are sentences. */
    static final int MAX_STAMP = 100;

    private static final DatelineParser DATES = DatelineParser.dayFirst();

    /** Labels that open a stamp, folded, longest first so that {@code last updated} wins over {@code updated}. */
    private static final String[] LABELS = {"last updated", "first published", "published", "updated", "posted"};

    private StampLine() {
    }

    /**
     * @param line one line of text
     * @return the date and time the line states, with no place, or empty when it is not a stamp
     */
    static Optional<Dateline> read(String line) {
        // Every stamp states a day or a time in ASCII digits, the only ones DatelineParser reads; most lines
        // have none and are turned down here, so that the reading below runs (and is compiled) for few.
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return readStamp(line);
            }
        }
        return Optional.empty();
    }

    private static Optional<Dateline> readStamp(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_STAMP) {
            return Optional.empty();
        }
        boolean marked = false;
        // "... GMT+0Updated 2 hours ago": the note on the last update follows the first stamp, glued or not.
        int updated = text.indexOf("Updated", 1);
        if (updated > 0) {
            text = text.substring(0, updated).strip();
            marked = true;
        }
        String rest = withoutLabel(text);
        if (rest != null) {
            text = rest;
            marked = true;
        }
        text = withoutZoneOffset(text);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (Character.isDigit(text.charAt(0))) {
            // "10:42 AM EDT, March 14, 2023": the time first, then the date.
            int comma = text.indexOf(',');
            if (comma > 0) {
                Optional<LocalTime> time = DATES.parseTime(text.substring(0, comma));
                if (time.isPresent()) {
                    return dateAndTime(text.substring(comma + 1), time.get());
                }
            }
        }
        int split = separator(text);
        if (split > 0) {
            Optional<LocalTime> time = DATES.parseTime(text.substring(split + 1));
            if (time.isPresent()) {
                return dateAndTime(text.substring(0, split), time.get());
            }
        }
        if (!marked) {
            return Optional.empty();
        }
        Optional<Dateline> stamp = DATES.parse(text);
        if (stamp.isEmpty() || stamp.get().place().isPresent() || stamp.get().date().isEmpty()) {
            return Optional.empty();
        }
        return stamp;
    }

    private static Optional<Dateline> dateAndTime(String dateText, LocalTime time) {
        Optional<LocalDate> date = DATES.parseDate(dateText.strip());
        if (date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Dateline.of(null, date.get(), time));
    }

    /** The text after a leading stamp label and its {@code on} or colon, or {@code null} if it has none. */
    private static String withoutLabel(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        for (String label : LABELS) {
            if (folded.startsWith(label) && folded.length() > label.length()
                    && (folded.charAt(label.length()) == ' ' || folded.charAt(label.length()) == ':')) {
                String rest = text.substring(label.length() + 1).strip();
                if (rest.startsWith(":")) {
                    rest = rest.substring(1).strip();
                }
                if (rest.regionMatches(true, 0, "on ", 0, 3)) {
                    rest = rest.substring(3).strip();
                }
                return rest;
            }
        }
        return null;
    }

    /** {@code 4:12 PM GMT+0} as {@code 4:12 PM GMT}: the offset after a zone's name says nothing more. */
    private static String withoutZoneOffset(String text) {
        int end = text.length();
        while (end > 0 && Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end < text.length() && end > 1 && (text.charAt(end - 1) == '+' || text.charAt(end - 1) == '-')
                && Character.isLetter(text.charAt(end - 2))) {
            return text.substring(0, end - 1);
        }
        return text;
    }

    /** Where a {@code /} or {@code |} set off by spaces splits the date from the time, or -1. */
    private static int separator(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '/' || c == '|') && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
