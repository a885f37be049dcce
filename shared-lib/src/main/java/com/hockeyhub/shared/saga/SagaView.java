package com.hockeyhub.shared.saga;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** A saga as operators see it: state, data and (for a single saga) the step log, oldest attempt first. */
public record SagaView(UUID id, String type, int definitionVersion, SagaStatus status, int currentStep, JsonNode data,
                       UUID organizationId, int attempts, String lastError, Instant deadline, String lockedBy,
                       Instant createdAt, Instant updatedAt, Instant finishedAt, List<StepView> steps) {

    public record StepView(int index, String step, StepDirection direction, StepOutcome status, int attempt,
                           String error, Instant startedAt, Instant finishedAt) {

        static StepView of(SagaStepLog log) {
            return new StepView(log.getStepIndex(), log.getStepName(), log.getDirection(), log.getStatus(),
                    log.getAttempt(), log.getError(), log.getStartedAt(), log.getFinishedAt());
        }
    }
}
