package com.hockeyhub.shared.api.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payloads of training-service's events. */
public final class TrainingEvents {

    private TrainingEvents() {
    }

    /** training.session.scheduled, training.session.cancelled, training.session.completed. */
    public record SessionChanged(UUID sessionId, UUID organizationId, UUID teamId, String title, String sessionType,
                                 Instant startsAt, int durationMinutes, String status) {
    }

    /** training.assignment.created: a session was assigned to these players (others left out, with why). */
    public record AssignmentsCreated(UUID sessionId, UUID organizationId, UUID teamId, List<UUID> playerIds,
                                     List<UUID> excludedPlayerIds) {
    }

    /**
     * training.workout.completed: one player's completed workout, with the session load (duration in minutes × RPE)
     * that statistics-service's workload (acute:chronic ratio) is built from. The execution id identifies it.
     */
    public record WorkoutCompleted(UUID executionId, UUID sessionId, UUID playerId, UUID organizationId,
                                   Instant completedAt, int durationMinutes, BigDecimal rpe, BigDecimal load,
                                   String workoutType) {
    }
}
