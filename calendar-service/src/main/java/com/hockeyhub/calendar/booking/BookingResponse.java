package com.hockeyhub.calendar.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record BookingResponse(UUID id, UUID organizationId, UUID resourceId, UUID eventId, Instant startAt,
                              Instant endAt, BookingStatus status, String purpose, UUID bookedBy, UUID approvedBy,
                              Instant approvedAt, Instant cancelledAt, String cancelReason, BigDecimal cost,
                              long version) {

    public static BookingResponse of(Booking b) {
        return new BookingResponse(b.getId(), b.getOrganizationId(), b.getResourceId(), b.getEventId(), b.getStartAt(),
                b.getEndAt(), b.getStatus(), b.getPurpose(), b.getBookedBy(), b.getApprovedBy(), b.getApprovedAt(),
                b.getCancelledAt(), b.getCancelReason(), b.getCost(), b.getVersion() == null ? 0 : b.getVersion());
    }
}
