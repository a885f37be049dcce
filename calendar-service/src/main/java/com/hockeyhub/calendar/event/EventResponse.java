package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.calendar.participant.ParticipantCounts;
import com.hockeyhub.shared.security.Role;

public record EventResponse(UUID id, UUID organizationId, String title, String description, EventType type,
                            EventStatus status, Visibility visibility, List<String> visibleRoles, Instant startAt,
                            Instant endAt, boolean allDay, String timeZone, String location, UUID teamId,
                            UUID organizerId, String opponent, HomeAway homeAway, String result,
                            Integer maxParticipants, boolean defaultAttending, List<Integer> reminderMinutes,
                            UUID seriesId, Instant recurrenceId, String rrule, boolean detached, String cancelReason,
                            ParticipantCounts participants, long version, Instant createdAt, Instant updatedAt) {

    public static EventResponse of(Event e, ParticipantCounts counts, String rrule) {
        return new EventResponse(e.getId(), e.getOrganizationId(), e.getTitle(), e.getDescription(), e.getType(),
                e.getStatus(), e.getVisibility(), e.getVisibleRoles().stream().map(Role::claimValue).toList(),
                e.getStartAt(), e.getEndAt(), e.isAllDay(), e.getTimeZone(), e.getLocation(), e.getTeamId(),
                e.getOrganizerId(), e.getOpponent(), e.getHomeAway(), e.getResult(), e.getMaxParticipants(),
                e.isDefaultAttending(), e.getReminderMinutes(), e.getSeriesId(), e.getRecurrenceId(), rrule,
                e.isDetached(), e.getCancelReason(), counts == null ? ParticipantCounts.NONE : counts,
                e.getVersion() == null ? 0 : e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
    }
}
