package com.hockeyhub.calendar.event;

import java.util.UUID;

/**
 * In-process notice (Spring application event) that an event was cancelled, raised inside the cancelling
 * transaction so other features (bookings) can release what belonged to it atomically.
 */
public record EventCancelled(UUID eventId, UUID organizationId, String reason) {
}
