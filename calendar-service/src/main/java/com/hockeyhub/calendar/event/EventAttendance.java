package com.hockeyhub.calendar.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.calendar.participant.Attendable;
import com.hockeyhub.calendar.participant.AttendableEvents;
import com.hockeyhub.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The events participation works on, with {@link EventAccess}'s rules: participation asks here, never imports us. */
@Component
class EventAttendance implements AttendableEvents {

    private final EventRepository events;
    private final EventAccess access;

    EventAttendance(EventRepository events, EventAccess access) {
        this.events = events;
        this.access = access;
    }

    @Override
    public Optional<Attendable> find(UUID eventId) {
        return events.findById(eventId).map(Attendable.class::cast);
    }

    @Override
    public Optional<Attendable> lock(UUID eventId) {
        return events.findForUpdate(eventId).map(Attendable.class::cast);
    }

    @Override
    public List<Attendable> upcomingOfTeam(UUID teamId, Instant after) {
        return List.copyOf(events.findUpcomingOfTeam(teamId, after));
    }

    @Override
    public boolean canSee(Attendable event, CurrentUser user, boolean participates) {
        return access.canSee(event(event), user, participates);
    }

    @Override
    public boolean canManage(Attendable event, CurrentUser user) {
        return access.canManage(event(event), user);
    }

    @Override
    public void requireCanManage(Attendable event, CurrentUser user) {
        access.requireCanManage(event(event), user);
    }

    /** Every {@link Attendable} is an {@link Event}: this class hands them out. */
    private static Event event(Attendable attendable) {
        if (attendable instanceof Event event) {
            return event;
        }
        throw new IllegalArgumentException("Not a calendar event: " + attendable);
    }
}
