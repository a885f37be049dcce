package com.hockeyhub.calendar.participant;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as participation sees it: what invitations, answers and the waiting list need to know of it. The event
 * feature's entity implements it, so this package does not depend on that feature (the event feature depends on
 * this one: it invites, counts and asks who takes part).
 */
public interface Attendable {

    UUID getId();

    UUID getOrganizationId();

    /** The team the event belongs to, or {@code null}. */
    UUID getTeamId();

    Instant getStartAt();

    Instant getEndAt();

    Integer getMaxParticipants();

    /** Not saved yet: nobody can have answered. */
    boolean isNew();

    boolean isCancelled();

    /** Invitees start as accepted (while places last). */
    boolean isDefaultAttending();

    boolean isFull(long accepted);

    /** Open to the whole club: someone not invited may still answer. */
    boolean isOpenToClub();
}
