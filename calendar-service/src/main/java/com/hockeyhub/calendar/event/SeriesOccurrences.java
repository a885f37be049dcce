package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A series' rule and its occurrences in a requested range. */
public record SeriesOccurrences(UUID seriesId, String rrule, String timeZone, LocalDateTime dtstart,
                                List<LocalDate> exceptionDates, String title, List<Item> occurrences) {

    /** {@code excluded}: an exception date; {@code eventId}/{@code status}: the stored occurrence, if any. */
    public record Item(Instant startAt, Instant endAt, LocalDateTime localStart, boolean excluded, UUID eventId,
                       EventStatus status, boolean detached) {
    }
}
