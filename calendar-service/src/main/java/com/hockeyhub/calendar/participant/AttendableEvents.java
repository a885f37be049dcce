package com.hockeyhub.calendar.participant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;

/**
 * The events participation works on, and the event feature's rules on who sees and who manages them. Implemented
 * by the event feature (which owns the rules), so participation asks instead of importing that feature.
 */
public interface AttendableEvents {

    Optional<Attendable> find(UUID eventId);

    /** The event with its row locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
    Optional<Attendable> lock(UUID eventId);

    /** The team's events that start after {@code after} and are not cancelled, earliest first. */
    List<Attendable> upcomingOfTeam(UUID teamId, Instant after);

    /** Whether the user sees the event; {@code participates}: the user or a linked child takes part. */
    boolean canSee(Attendable event, CurrentUser user, boolean participates);

    boolean canManage(Attendable event, CurrentUser user);

    /** 403 unless the user {@linkplain #canManage manages} the event. */
    void requireCanManage(Attendable event, CurrentUser user);
}
