package com.hockeyhub.medical.wellness;

import java.math.BigDecimal;
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

/** A player's daily wellness check-in (one per player and day). Notes are encrypted at rest. */
@Entity
@Table(name = "wellness_entries")
public class WellnessEntry extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Column(name = "sleep_hours", nullable = false, precision = 3, scale = 1)
    private BigDecimal sleepHours;

    @Column(name = "sleep_quality", nullable = false)
    private int sleepQuality;

    @Column(name = "energy", nullable = false)
    private int energy;

    @Column(name = "stress", nullable = false)
    private int stress;

    @Column(name = "soreness", nullable = false)
    private int soreness;

    @Column(name = "mood", nullable = false)
    private int mood;

    @Column(name = "resting_hr")
    private Integer restingHr;

    @Column(name = "hrv", precision = 4, scale = 1)
    private BigDecimal hrv;

    @Column(name = "red_flags", nullable = false)
    private String redFlags = "";

    @Column(name = "flagged", nullable = false)
    private boolean flagged;

    @Convert(converter = EncryptedString.class)
    @Column(name = "notes")
    private String notes;

    protected WellnessEntry() {
    }

    WellnessEntry(UUID organizationId, UUID playerId, LocalDate entryDate) {
        this.organizationId = organizationId;
        this.playerId = playerId;
        this.entryDate = entryDate;
    }

    void record(WellnessRequest r, List<String> flags, boolean flagged) {
        this.sleepHours = r.sleepHours();
        this.sleepQuality = r.sleepQuality();
        this.energy = r.energy();
        this.stress = r.stress();
        this.soreness = r.soreness();
        this.mood = r.mood();
        this.restingHr = r.restingHr();
        this.hrv = r.hrv();
        this.notes = r.notes();
        this.redFlags = String.join(",", flags);
        this.flagged = flagged;
    }

    public List<String> redFlagList() {
        return redFlags.isEmpty() ? List.of() : Arrays.asList(redFlags.split(","));
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public BigDecimal getSleepHours() {
        return sleepHours;
    }

    public int getSleepQuality() {
        return sleepQuality;
    }

    public int getEnergy() {
        return energy;
    }

    public int getStress() {
        return stress;
    }

    public int getSoreness() {
        return soreness;
    }

    public int getMood() {
        return mood;
    }

    public Integer getRestingHr() {
        return restingHr;
    }

    public BigDecimal getHrv() {
        return hrv;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public String getNotes() {
        return notes;
    }
}
