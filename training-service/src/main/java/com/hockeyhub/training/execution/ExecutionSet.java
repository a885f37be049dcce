package com.hockeyhub.training.execution;

import java.math.BigDecimal;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One set the player did: actual reps, weight, duration and how hard it felt. */
@Entity
@Table(name = "execution_sets")
public class ExecutionSet extends ClubScopedEntity {

    @Column(name = "execution_id", nullable = false, updatable = false)
    private UUID executionId;

    @Column(name = "exercise_id", nullable = false, updatable = false)
    private UUID exerciseId;

    @Column(name = "reps")
    private Integer reps;

    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "rpe")
    private BigDecimal rpe;

    protected ExecutionSet() {
    }

    public ExecutionSet(UUID organizationId, UUID executionId, ExecutionViews.SetRequest request) {
        super(organizationId);
        this.executionId = executionId;
        this.exerciseId = request.exerciseId();
        this.reps = request.reps();
        this.weightKg = request.weightKg();
        this.durationSeconds = request.durationSeconds();
        this.rpe = request.rpe();
    }

    public UUID getExecutionId() {
        return executionId;
    }

    public UUID getExerciseId() {
        return exerciseId;
    }

    public Integer getReps() {
        return reps;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public BigDecimal getRpe() {
        return rpe;
    }
}
