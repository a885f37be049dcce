package com.hockeyhub.calendar.participant;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One invited user of one event and their answer. */
@Entity
@Table(name = "event_participants")
public class Participant extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "role", nullable = false)
    private ParticipantRole role;

    @Column(name = "rsvp_status", nullable = false)
    private RsvpStatus rsvpStatus;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by")
    private UUID respondedBy;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "unavailable", nullable = false)
    private boolean unavailable;

    @Column(name = "unavailable_reason")
    private String unavailableReason;

    protected Participant() {
    }

    public Participant(UUID organizationId, UUID eventId, UUID userId, ParticipantRole role) {
        this.organizationId = organizationId;
        this.eventId = eventId;
        this.userId = userId;
        this.role = role;
        this.rsvpStatus = RsvpStatus.PENDING;
    }

    /** Sets the answer; the waiting-list timestamp exists exactly while waitlisted (a CHECK constraint agrees). */
    public void answer(RsvpStatus status, UUID by, Instant at) {
        this.rsvpStatus = status;
        this.respondedBy = by;
        this.respondedAt = at;
        this.waitlistedAt = status == RsvpStatus.WAITLISTED ? at : null;
    }

    /** Moves from the waiting list to accepted, keeping who answered originally. */
    public void promote() {
        this.rsvpStatus = RsvpStatus.ACCEPTED;
        this.waitlistedAt = null;
    }

    public void markUnavailable(String reason) {
        this.unavailable = true;
        this.unavailableReason = reason;
    }

    public void markAvailable() {
        this.unavailable = false;
        this.unavailableReason = null;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getEventId() {
        return eventId;
    }

    public UUID getUserId() {
        return userId;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public void setRole(ParticipantRole role) {
        this.role = role;
    }

    public RsvpStatus getRsvpStatus() {
        return rsvpStatus;
    }

    public Instant getWaitlistedAt() {
        return waitlistedAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public UUID getRespondedBy() {
        return respondedBy;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public void checkIn(Instant at) {
        this.checkedInAt = at;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }
}
