package com.hockeyhub.calendar.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BookingRequest(@NotNull UUID resourceId, UUID eventId, @NotNull Instant startAt, @NotNull Instant endAt,
                             @Size(max = 300) String purpose) {
}
