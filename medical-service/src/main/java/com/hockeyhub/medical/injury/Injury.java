package com.hockeyhub.medical.injury;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.medical.crypto.EncryptedString;
import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An injury (or illness) of a player. Diagnosis and notes are encrypted at rest. */
@Entity
@Table(name = "injuries")
public class Injury extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "injury_type", nullable = false)
    private InjuryType injuryType;

    @Column(name = "body_part", nullable = false)
    private String bodyPart;

    @Column(name = "mechanism", nullable = false)
    private InjuryMechanism mechanism;

    @Column(name = "injury_date", nullable = false)
    private LocalDate injuryDate;

    @Column(name = "severity", nullable = false)
    private int severity;

    @Column(name = "status", nullable = false)
    private InjuryStatus status;

    @Column(name = "expected_return")
    private LocalDate expectedReturn;

    @Column(name = "recovered_on")
    private LocalDate recoveredOn;

    @Column(name = "clearance_required", nullable = false)
    private boolean clearanceRequired;

    @Convert(converter = EncryptedString.class)
    @Column(name = "diagnosis")
    private String diagnosis;

    @Convert(converter = EncryptedString.class)
    @Column(name = "notes")
    private String notes;

    protected Injury() {
    }

    Injury(UUID organizationId, UUID playerId) {
        this.organizationId = organizationId;
        this.playerId = playerId;
        this.status = InjuryStatus.ACTIVE;
    }

    void describe(InjuryType injuryType, String bodyPart, InjuryMechanism mechanism, LocalDate injuryDate,
            int severity, LocalDate expectedReturn, boolean clearanceRequired, String diagnosis, String notes) {
        this.injuryType = injuryType;
        this.bodyPart = bodyPart;
        this.mechanism = mechanism;
        this.injuryDate = injuryDate;
        this.severity = severity;
        this.expectedReturn = expectedReturn;
        this.clearanceRequired = clearanceRequired;
        this.diagnosis = diagnosis;
        this.notes = notes;
    }

    void changeStatus(InjuryStatus status) {
        this.status = status;
    }

    void recover(LocalDate on) {
        this.status = InjuryStatus.RECOVERED;
        this.recoveredOn = on;
    }

    public boolean isOpen() {
        return status != InjuryStatus.RECOVERED;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public InjuryType getInjuryType() {
        return injuryType;
    }

    public String getBodyPart() {
        return bodyPart;
    }

    public InjuryMechanism getMechanism() {
        return mechanism;
    }

    public LocalDate getInjuryDate() {
        return injuryDate;
    }

    public int getSeverity() {
        return severity;
    }

    public InjuryStatus getStatus() {
        return status;
    }

    public LocalDate getExpectedReturn() {
        return expectedReturn;
    }

    public LocalDate getRecoveredOn() {
        return recoveredOn;
    }

    public boolean isClearanceRequired() {
        return clearanceRequired;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public String getNotes() {
        return notes;
    }
}
