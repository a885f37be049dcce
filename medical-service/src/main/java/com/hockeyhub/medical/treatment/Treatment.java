package com.hockeyhub.medical.treatment;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.medical.crypto.EncryptedString;
import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A treatment of an injury. Details and provider are encrypted at rest. */
@Entity
@Table(name = "treatments")
public class Treatment extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "injury_id", nullable = false, updatable = false)
    private UUID injuryId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "treatment_date", nullable = false)
    private LocalDate treatmentDate;

    @Column(name = "treatment_type", nullable = false)
    private TreatmentType treatmentType;

    @Convert(converter = EncryptedString.class)
    @Column(name = "details")
    private String details;

    @Convert(converter = EncryptedString.class)
    @Column(name = "provider")
    private String provider;

    @Column(name = "next_appointment")
    private LocalDate nextAppointment;

    protected Treatment() {
    }

    Treatment(UUID organizationId, UUID injuryId, UUID playerId, LocalDate treatmentDate, TreatmentType treatmentType,
            String details, String provider, LocalDate nextAppointment) {
        this.organizationId = organizationId;
        this.injuryId = injuryId;
        this.playerId = playerId;
        this.treatmentDate = treatmentDate;
        this.treatmentType = treatmentType;
        this.details = details;
        this.provider = provider;
        this.nextAppointment = nextAppointment;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getInjuryId() {
        return injuryId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public LocalDate getTreatmentDate() {
        return treatmentDate;
    }

    public TreatmentType getTreatmentType() {
        return treatmentType;
    }

    public String getDetails() {
        return details;
    }

    public String getProvider() {
        return provider;
    }

    public LocalDate getNextAppointment() {
        return nextAppointment;
    }
}
