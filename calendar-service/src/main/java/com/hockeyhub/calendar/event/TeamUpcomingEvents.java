package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team's coming non-draft events as loaded for the cache: every visibility, filtered per caller on each read. */
public record TeamUpcomingEvents(UUID organizationId, UUID teamId, Instant loadedAt, Instant horizon,
                                 List<EventResponse> events) {
}
