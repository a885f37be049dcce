package com.hockeyhub.shared.saga;

import java.util.UUID;

/** One finished attempt of a step or compensation, for {@link SagaListener}s. */
public record SagaStepEvent(UUID sagaId, String type, String step, int stepIndex, StepDirection direction,
                            StepOutcome outcome, int attempt, String error) {
}
