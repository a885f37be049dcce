package com.hockeyhub.medical.returntoplay;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.medical.crypto.EncryptedString;
import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One phase of a protocol: when it was entered and left, and the criteria met to leave it. */
@Entity
@Table(name = "return_to_play_phases")
public class PhaseRecord extends BaseEntity {

    @Column(name = "protocol_id", nullable = false, updatable = false)
    private UUID protocolId;

    @Column(name = "phase", nullable = false, updatable = false)
    private Phase phase;

    @Column(name = "entered_on", nullable = false, updatable = false)
    private LocalDate enteredOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "criteria_met")
    private String criteriaMet;

    @Convert(converter = EncryptedString.class)
    @Column(name = "assessment")
    private String assessment;

    @Column(name = "assessed_by")
    private UUID assessedBy;

    protected PhaseRecord() {
    }

    PhaseRecord(UUID protocolId, Phase phase, LocalDate enteredOn) {
        this.protocolId = protocolId;
        this.phase = phase;
        this.enteredOn = enteredOn;
    }

    void complete(LocalDate on, List<String> criteria, String assessment, UUID assessedBy) {
        this.completedOn = on;
        this.criteriaMet = String.join(",", criteria);
        this.assessment = assessment;
        this.assessedBy = assessedBy;
    }

    public UUID getProtocolId() {
        return protocolId;
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public List<String> criteriaMetList() {
        return criteriaMet == null || criteriaMet.isEmpty() ? List.of() : Arrays.asList(criteriaMet.split(","));
    }

    public String getAssessment() {
        return assessment;
    }

    public UUID getAssessedBy() {
        return assessedBy;
    }
}
