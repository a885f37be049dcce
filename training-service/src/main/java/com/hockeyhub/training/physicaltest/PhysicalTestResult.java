package com.hockeyhub.training.physicaltest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One player's result on one test on one day. */
@Entity
@Table(name = "physical_test_results")
public class PhysicalTestResult extends ClubScopedEntity {

    @Column(name = "test_id", nullable = false, updatable = false)
    private UUID testId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "value", nullable = false)
    private BigDecimal value;

    @Column(name = "tested_on", nullable = false)
    private LocalDate testedOn;

    @Column(name = "notes")
    private String notes;

    protected PhysicalTestResult() {
    }

    public PhysicalTestResult(UUID organizationId, UUID testId, UUID playerId, BigDecimal value, LocalDate testedOn,
            String notes) {
        super(organizationId);
        this.testId = testId;
        this.playerId = playerId;
        this.value = value.setScale(3, RoundingMode.HALF_UP);
        this.testedOn = testedOn;
        this.notes = notes;
    }

    public UUID getTestId() {
        return testId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public String getNotes() {
        return notes;
    }
}
