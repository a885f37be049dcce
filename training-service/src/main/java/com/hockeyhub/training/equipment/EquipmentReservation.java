package com.hockeyhub.training.equipment;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An item held for [startsAt, endsAt). While reserved or checked out it blocks every overlapping reservation of the
 * item (equipment_reservations_no_overlap); returned or cancelled it blocks nothing.
 */
@Entity
@Table(name = "equipment_reservations")
public class EquipmentReservation extends ClubScopedEntity {

    public static final String NO_OVERLAP_CONSTRAINT = "equipment_reservations_no_overlap";

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(name = "session_id", updatable = false)
    private UUID sessionId;

    @Column(name = "reserved_by", nullable = false, updatable = false)
    private UUID reservedBy;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "status", nullable = false)
    private ReservationStatus status;

    @Column(name = "purpose")
    private String purpose;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "checked_out_by")
    private UUID checkedOutBy;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private UUID checkedInBy;

    protected EquipmentReservation() {
    }

    public EquipmentReservation(UUID organizationId, UUID itemId, UUID sessionId, UUID reservedBy, Instant startsAt,
            Instant endsAt, String purpose) {
        super(organizationId);
        this.itemId = itemId;
        this.sessionId = sessionId;
        this.reservedBy = reservedBy;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose;
        this.status = ReservationStatus.RESERVED;
    }

    public void checkOut(UUID by, Instant at) {
        require(ReservationStatus.RESERVED, "checked out");
        status = ReservationStatus.CHECKED_OUT;
        checkedOutAt = at;
        checkedOutBy = by;
    }

    public void checkIn(UUID by, Instant at) {
        require(ReservationStatus.CHECKED_OUT, "checked in");
        status = ReservationStatus.RETURNED;
        checkedInAt = at;
        checkedInBy = by;
    }

    public void cancel() {
        require(ReservationStatus.RESERVED, "cancelled");
        status = ReservationStatus.CANCELLED;
    }

    private void require(ReservationStatus from, String action) {
        if (status != from) {
            throw new ConflictException("Only a " + from.value() + " reservation can be " + action + " (it is "
                    + status.value() + ")");
        }
    }

    public UUID getItemId() {
        return itemId;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getReservedBy() {
        return reservedBy;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public UUID getCheckedOutBy() {
        return checkedOutBy;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public UUID getCheckedInBy() {
        return checkedInBy;
    }
}
