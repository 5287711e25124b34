package io.broadsheet;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and when a document says it was written: {@code Brussels, Belgium, 04.03.2022, 19:53}.
 *
 * <p>Each part is optional because sources state them independently; a dateline with none of them is not
 * allowed (use an empty {@code Optional<Dateline>} on the document instead).
 *
 * @param place the place as written, for example {@code Brussels, Belgium}
 * @param date  the calendar date
 * @param time  the local time of day, when the source gives one
 */
public record Dateline(Optional<String> place, Optional<LocalDate> date, Optional<LocalTime> time) {

    /** Normalises {@code null} parts to empty and rejects a dateline that states nothing. */
    public Dateline {
        place = Objects.requireNonNullElse(place, Optional.<String>empty()).map(String::strip).filter(p -> !p.isEmpty());
        date = Objects.requireNonNullElse(date, Optional.empty());
        time = Objects.requireNonNullElse(time, Optional.empty());
        if (place.isEmpty() && date.isEmpty() && time.isEmpty()) {
            throw new IllegalArgumentException("a dateline needs at least a place, a date or a time");
        }
    }

    /**
     * Creates a dateline from nullable parts.
     *
     * @param place the place, or {@code null}
     * @param date  the date, or {@code null}
     * @param time  the time, or {@code null}
     * @return the dateline
     * @throws IllegalArgumentException if all three are {@code null}
     */
    public static Dateline of(String place, LocalDate date, LocalTime time) {
        return new Dateline(Optional.ofNullable(place), Optional.ofNullable(date), Optional.ofNullable(time));
    }
}
