package com.hockeyhub.shared.saga;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a step sees: the saga's id, type and typed data, the step, the attempt number and the idempotency key to send
 * to participants. A step may replace the data ({@link #setData}); the new data is saved with the step's completion.
 */
public final class SagaContext<D> {

    private final UUID sagaId;
    private final String sagaType;
    private final String stepName;
    private final int stepIndex;
    private final StepDirection direction;
    private final int attempt;
    private final UUID organizationId;
    private final Clock clock;
    private D data;

    public SagaContext(UUID sagaId, String sagaType, String stepName, int stepIndex, StepDirection direction,
            int attempt, UUID organizationId, Clock clock, D data) {
        this.sagaId = sagaId;
        this.sagaType = sagaType;
        this.stepName = stepName;
        this.stepIndex = stepIndex;
        this.direction = direction;
        this.attempt = attempt;
        this.organizationId = organizationId;
        this.clock = clock;
        this.data = data;
    }

    public UUID sagaId() {
        return sagaId;
    }

    public String sagaType() {
        return sagaType;
    }

    public String stepName() {
        return stepName;
    }

    public int stepIndex() {
        return stepIndex;
    }

    public StepDirection direction() {
        return direction;
    }

    public boolean isCompensation() {
        return direction == StepDirection.COMPENSATE;
    }

    /** 1 for the first attempt of this step (or compensation), 2 for the first retry, ... */
    public int attempt() {
        return attempt;
    }

    public UUID organizationId() {
        return organizationId;
    }

    /**
     * {@code sagaId:stepName} for the action and {@code sagaId:stepName:compensate} for the compensation: the same
     * on every attempt and after recovery, so a participant that remembers keys never acts twice.
     */
    public String idempotencyKey() {
        return idempotencyKey(sagaId, stepName, direction);
    }

    public static String idempotencyKey(UUID sagaId, String stepName, StepDirection direction) {
        return sagaId + ":" + stepName + (direction == StepDirection.COMPENSATE ? ":compensate" : "");
    }

    public D data() {
        return data;
    }

    public void setData(D data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
