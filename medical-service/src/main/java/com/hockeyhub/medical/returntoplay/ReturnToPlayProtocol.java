package com.hockeyhub.medical.returntoplay;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.medical.crypto.EncryptedString;
import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A return-to-play protocol of one injury, moving through the {@link Phase}s in order. */
@Entity
@Table(name = "return_to_play_protocols")
public class ReturnToPlayProtocol extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "injury_id", nullable = false, updatable = false)
    private UUID injuryId;

    @Column(name = "current_phase", nullable = false)
    private Phase currentPhase;

    @Column(name = "status", nullable = false)
    private ProtocolStatus status;

    @Column(name = "clearance_level", nullable = false)
    private ClearanceLevel clearanceLevel;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Convert(converter = EncryptedString.class)
    @Column(name = "notes")
    private String notes;

    protected ReturnToPlayProtocol() {
    }

    ReturnToPlayProtocol(UUID organizationId, UUID playerId, UUID injuryId, LocalDate startedOn, String notes) {
        this.organizationId = organizationId;
        this.playerId = playerId;
        this.injuryId = injuryId;
        this.startedOn = startedOn;
        this.notes = notes;
        this.currentPhase = Phase.REST;
        this.status = ProtocolStatus.IN_PROGRESS;
        this.clearanceLevel = ClearanceLevel.NONE;
    }

    void moveTo(Phase phase) {
        this.currentPhase = phase;
    }

    void clear(ClearanceLevel level, LocalDate on) {
        this.clearanceLevel = level;
        if (level == ClearanceLevel.FULL) {
            this.status = ProtocolStatus.COMPLETED;
            this.completedOn = on;
        }
    }

    public boolean isInProgress() {
        return status == ProtocolStatus.IN_PROGRESS;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public UUID getInjuryId() {
        return injuryId;
    }

    public Phase getCurrentPhase() {
        return currentPhase;
    }

    public ProtocolStatus getStatus() {
        return status;
    }

    public ClearanceLevel getClearanceLevel() {
        return clearanceLevel;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getNotes() {
        return notes;
    }
}
