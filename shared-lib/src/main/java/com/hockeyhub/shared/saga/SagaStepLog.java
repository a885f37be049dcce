package com.hockeyhub.shared.saga;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** JPA view of {@code saga_step_log}: one row per attempt of a step or compensation (written by {@link SagaStore}). */
@Entity
@Immutable
@Table(name = "saga_step_log")
public class SagaStepLog {

    @Id
    private Long id;

    @Column(name = "saga_id", nullable = false)
    private UUID sagaId;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(name = "step_name", nullable = false)
    private String stepName;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private StepDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private StepOutcome status;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "error")
    private String error;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected SagaStepLog() {
    }

    public Long getId() {
        return id;
    }

    public UUID getSagaId() {
        return sagaId;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public String getStepName() {
        return stepName;
    }

    public StepDirection getDirection() {
        return direction;
    }

    public StepOutcome getStatus() {
        return status;
    }

    public int getAttempt() {
        return attempt;
    }

    public String getError() {
        return error;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
