package com.hockeyhub.training.execution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Requests and answers of the execution API. */
public final class ExecutionViews {

    private ExecutionViews() {
    }

    /** One set as done: actual reps, weight (kg), duration (s), RPE 1–10; none negative. */
    public record SetRequest(@NotNull UUID exerciseId, @Min(0) @Max(500) Integer reps,
                             @DecimalMin("0") @DecimalMax("1000") BigDecimal weightKg,
                             @Min(0) @Max(7200) Integer durationSeconds,
                             @DecimalMin("1") @DecimalMax("10") BigDecimal rpe) {
    }

    public record SetResponse(UUID id, UUID exerciseId, Integer reps, BigDecimal weightKg, Integer durationSeconds,
                              BigDecimal rpe, Instant loggedAt) {

        static SetResponse of(ExecutionSet s) {
            return new SetResponse(s.getId(), s.getExerciseId(), s.getReps(), s.getWeightKg(), s.getDurationSeconds(),
                    s.getRpe(), s.getCreatedAt());
        }
    }

    /** Finishing the workout: the session RPE (1–10) and, optionally, its minutes (default: since the start). */
    public record CompleteRequest(@Min(1) @Max(480) Integer durationMinutes,
                                  @NotNull @DecimalMin("1") @DecimalMax("10") BigDecimal rpe) {
    }

    /** The execution with its sets; completion % is the share of the planned sets logged (per exercise, capped). */
    public record ExecutionResponse(UUID id, UUID assignmentId, UUID sessionId, UUID playerId, UUID teamId,
                                    ExecutionStatus status, Instant startedAt, Instant completedAt,
                                    Integer durationMinutes, BigDecimal rpe, BigDecimal load, int plannedSets,
                                    int loggedSets, int completionPercent, List<SetResponse> sets) {
    }
}
