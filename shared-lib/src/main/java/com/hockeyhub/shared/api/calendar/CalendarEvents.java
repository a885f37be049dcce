package com.hockeyhub.shared.api.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Payloads of calendar-service's events (version 1). Consumers ignore fields they do not know. */
public final class CalendarEvents {

    private CalendarEvents() {
    }

    /**
     * calendar.event.created, calendar.event.updated, calendar.event.cancelled. {@code type}: training, game,
     * meeting, medical, equipment, team_event, other; {@code status}: draft, scheduled, in_progress, completed,
     * cancelled, postponed. {@code seriesId} is set for occurrences of a recurring series.
     */
    public record EventChanged(UUID eventId, UUID organizationId, UUID teamId, UUID seriesId, String title,
                               String type, String status, String visibility, Instant startAt, Instant endAt,
                               String location, UUID organizerId, String cancelReason) {
    }

    /**
     * calendar.rsvp.changed. {@code status}: pending, accepted, declined, tentative, waitlisted; {@code respondedBy}
     * differs from {@code userId} when a parent answered for a child or a participant was promoted from the waiting
     * list ({@code promoted} true).
     */
    public record RsvpChanged(UUID eventId, UUID organizationId, UUID userId, String status, String previousStatus,
                              UUID respondedBy, boolean promoted, int acceptedCount, Integer maxParticipants) {
    }

    /** calendar.reminder.due: one per participant and lead time, sent once. */
    public record ReminderDue(UUID eventId, UUID organizationId, UUID userId, int leadMinutes, String title,
                              String type, Instant startAt, String location, UUID teamId) {
    }

    /** calendar.booking.confirmed, calendar.booking.cancelled. */
    public record BookingChanged(UUID bookingId, UUID organizationId, UUID resourceId, String resourceName,
                                 UUID eventId, Instant startAt, Instant endAt, String status, BigDecimal cost,
                                 UUID bookedBy) {
    }
}
