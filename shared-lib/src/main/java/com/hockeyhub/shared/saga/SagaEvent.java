package com.hockeyhub.shared.saga;

import java.time.Duration;
import java.util.UUID;

/**
 * A saga lifecycle event for {@link SagaListener}s. {@code duration} is the time since the saga started (set for
 * terminal events), {@code error} the last error (set for compensating, compensated and failed).
 */
public record SagaEvent(UUID sagaId, String type, int definitionVersion, SagaStatus status, UUID organizationId,
                        String error, Duration duration) {
}
