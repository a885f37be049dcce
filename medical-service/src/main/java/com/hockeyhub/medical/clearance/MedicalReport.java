package com.hockeyhub.medical.clearance;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.medical.crypto.EncryptedString;
import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A clearance decision about a player (for an injury, from a recovery or a return-to-play protocol). */
@Entity
@Table(name = "medical_reports")
public class MedicalReport extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "injury_id", updatable = false)
    private UUID injuryId;

    @Column(name = "report_date", nullable = false, updatable = false)
    private LocalDate reportDate;

    @Column(name = "clearance_status", nullable = false, updatable = false)
    private ClearanceStatus clearanceStatus;

    @Convert(converter = EncryptedString.class)
    @Column(name = "summary", updatable = false)
    private String summary;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private UUID issuedBy;

    protected MedicalReport() {
    }

    MedicalReport(UUID organizationId, UUID playerId, UUID injuryId, LocalDate reportDate,
            ClearanceStatus clearanceStatus, String summary, UUID issuedBy) {
        this.organizationId = organizationId;
        this.playerId = playerId;
        this.injuryId = injuryId;
        this.reportDate = reportDate;
        this.clearanceStatus = clearanceStatus;
        this.summary = summary;
        this.issuedBy = issuedBy;
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

    public LocalDate getReportDate() {
        return reportDate;
    }

    public ClearanceStatus getClearanceStatus() {
        return clearanceStatus;
    }

    public String getSummary() {
        return summary;
    }

    public UUID getIssuedBy() {
        return issuedBy;
    }
}
