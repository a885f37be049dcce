package com.hockeyhub.calendar.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Free and busy intervals of a resource in a range: free = opening hours minus active bookings. */
public record Availability(UUID resourceId, Instant from, Instant to, List<Slot> free, List<Busy> busy) {

    public record Slot(Instant startAt, Instant endAt) {
    }

    public record Busy(UUID bookingId, Instant startAt, Instant endAt, BookingStatus status) {
    }
}
