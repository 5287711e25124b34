package io.broadsheet.format.wire.internal;

import io.broadsheet.Dateline;
import io.broadsheet.spi.DatelineParser;

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

    /** {@code Central European Summer Time} */
    private static final int MAX_ZONE_WORDS = 4;

    private static final DatelineParser DATES = DatelineParser.dayFirst();

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
        // "March 03, 2025 04:05 PM Eastern Standard Time": Business Wire spells out the zone, which says as much
        // as a label that the line is a stamp; the time before it is what counts.
        if (text.endsWith(" Time")) {
            int zone = zoneStart(text);
            if (zone > 0) {
                text = text.substring(0, zone);
                marked = true;
            }
        }
        int bar = text.indexOf(" | ");
        marked |= DatelineParser.opensWithPageStamp(text) || bar > 0 || hasSeparator(text);
        if (!marked) {
            return Optional.empty();
        }
        // The date parser reads the rest: a time before or after the date, a zone, a label that is no place.
        Optional<Dateline> stamp = DATES.parse(text);
        if (stamp.isEmpty() && bar > 0) {
            // "March 03, 2025 02:00 ET | Source: Fjordline Energy ASA": the issuer's name after the bar.
            stamp = DATES.parse(text.substring(0, bar));
        }
        if (stamp.isEmpty() || stamp.get().place().isPresent() || stamp.get().date().isEmpty()) {
            return Optional.empty();
        }
        return stamp;
    }

    /**
     * Where a zone spelt out in capitalised words ({@code Eastern Standard Time}) starts after a time's
     * {@code AM}/{@code PM} or digits, or -1.
     */
    private static int zoneStart(String text) {
        int i = text.length();
        int words = 0;
        while (i > 0 && words <= MAX_ZONE_WORDS) {
            int wordEnd = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd || i == 0 || text.charAt(i - 1) != ' ' || !Character.isUpperCase(text.charAt(i))) {
                return -1;
            }
            words++;
            i--;
            char before = text.charAt(i - 1);
            if (before >= '0' && before <= '9' || text.startsWith("AM", i - 2) || text.startsWith("PM", i - 2)) {
                return words >= 2 ? i : -1;
            }
        }
        return -1;
    }

    /** Whether a {@code /} or {@code |} set off by spaces splits the date from the time. */
    private static boolean hasSeparator(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '/' || c == '|') && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
