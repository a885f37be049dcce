package com.hockeyhub.training.plan;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One exercise of a template or session, in order: sets of reps or of a duration, with rest between sets. A set has
 * reps or a duration (or both, e.g. a timed carry with a count).
 */
public record PlannedExercise(
        @NotNull UUID exerciseId,
        @NotNull @Min(1) @Max(20) Integer sets,
        @Min(1) @Max(500) Integer reps,
        @Min(1) @Max(7200) Integer durationSeconds,
        @Min(0) @Max(1800) Integer restSeconds) {

    public PlannedExercise {
        restSeconds = restSeconds == null ? 60 : restSeconds;
    }

    public boolean measured() {
        return reps != null || durationSeconds != null;
    }
}
