package com.hockeyhub.medical.availability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.medical.crypto.EncryptedString;
import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One availability status of a player. The newest is {@code current}; the database allows only one current row
 * per player (partial unique index), older rows are the history.
 */
@Entity
@Table(name = "player_availability")
public class PlayerAvailability extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "status", nullable = false, updatable = false)
    private AvailabilityStatus status;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "expected_return", updatable = false)
    private LocalDate expectedReturn;

    @Column(name = "clearance_required", nullable = false, updatable = false)
    private boolean clearanceRequired;

    @Column(name = "load_multiplier", nullable = false, updatable = false, precision = 3, scale = 2)
    private BigDecimal loadMultiplier;

    @Convert(converter = EncryptedString.class)
    @Column(name = "reason", updatable = false)
    private String reason;

    @Column(name = "source", nullable = false, updatable = false)
    private AvailabilitySource source;

    @Column(name = "injury_id", updatable = false)
    private UUID injuryId;

    @Column(name = "current", nullable = false)
    private boolean current;

    protected PlayerAvailability() {
    }

    PlayerAvailability(UUID organizationId, UUID playerId, AvailabilityChange change, BigDecimal loadMultiplier) {
        this.organizationId = organizationId;
        this.playerId = playerId;
        this.status = change.status();
        this.effectiveDate = change.effectiveDate();
        this.expectedReturn = change.expectedReturn();
        this.clearanceRequired = change.clearanceRequired();
        this.loadMultiplier = loadMultiplier;
        this.reason = change.reason();
        this.source = change.source();
        this.injuryId = change.injuryId();
        this.current = true;
    }

    void supersede() {
        this.current = false;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public AvailabilityStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LocalDate getExpectedReturn() {
        return expectedReturn;
    }

    public boolean isClearanceRequired() {
        return clearanceRequired;
    }

    public BigDecimal getLoadMultiplier() {
        return loadMultiplier;
    }

    public String getReason() {
        return reason;
    }

    public AvailabilitySource getSource() {
        return source;
    }

    public UUID getInjuryId() {
        return injuryId;
    }

    public boolean isCurrent() {
        return current;
    }
}
