package com.hockeyhub.calendar.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A booking of a resource for [startAt, endAt). Pending and confirmed bookings hold their slot: the table's
 * exclusion constraint {@code resource_bookings_no_overlap} rejects any overlapping active booking of the resource.
 */
@Entity
@Table(name = "resource_bookings")
public class Booking extends BaseEntity {

    public static final String NO_OVERLAP_CONSTRAINT = "resource_bookings_no_overlap";

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private UUID resourceId;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(name = "status", nullable = false)
    private BookingStatus status;

    @Column(name = "purpose")
    private String purpose;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private UUID bookedBy;

    @Column(name = "approved_by")
    private UUID approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cost", nullable = false)
    private BigDecimal cost;

    protected Booking() {
    }

    public Booking(UUID organizationId, UUID resourceId, UUID eventId, Instant startAt, Instant endAt, String purpose,
            UUID bookedBy, BigDecimal cost, BookingStatus status) {
        this.organizationId = organizationId;
        this.resourceId = resourceId;
        this.eventId = eventId;
        this.startAt = startAt;
        this.endAt = endAt;
        this.purpose = purpose;
        this.bookedBy = bookedBy;
        this.cost = cost;
        this.status = status;
    }

    public boolean isActive() {
        return status == BookingStatus.PENDING || status == BookingStatus.CONFIRMED;
    }

    public void approve(UUID by, Instant at) {
        this.status = BookingStatus.CONFIRMED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public void cancel(String reason, Instant at) {
        this.status = BookingStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getResourceId() {
        return resourceId;
    }

    public UUID getEventId() {
        return eventId;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getPurpose() {
        return purpose;
    }

    public UUID getBookedBy() {
        return bookedBy;
    }

    public UUID getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public BigDecimal getCost() {
        return cost;
    }
}
