package com.hockeyhub.shared.saga;

import java.util.UUID;

/**
 * Where a saga stands after {@link SagaEngine#run}: a terminal status, or {@code RUNNING}/{@code COMPENSATING} when
 * it was parked for a long back-off (the recovery job continues it) or taken over by another instance.
 */
public record SagaOutcome<D>(UUID sagaId, SagaStatus status, D data, String lastError) {
}
