package com.hockeyhub.statistics.workload;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * What statistics reads of training-service's {@code training.workout.completed} (other fields are ignored): the
 * player, when, and the session load (duration in minutes × RPE), given or computed from duration and RPE. The
 * execution id (or, without one, the event id) identifies the workout, so a redelivery never counts twice.
 */
public record WorkoutCompleted(UUID executionId, UUID sessionId, UUID playerId, UUID organizationId,
                               Instant completedAt, Integer durationMinutes, BigDecimal rpe,
                               @JsonAlias("sessionLoad") BigDecimal load,
                               @JsonAlias({"sessionType", "type"}) String workoutType) {
}
