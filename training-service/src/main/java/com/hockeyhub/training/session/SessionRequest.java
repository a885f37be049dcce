package com.hockeyhub.training.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.training.plan.PlannedExercise;
import com.hockeyhub.training.plan.SessionType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new session for a team: from a template (its exercises copied) or with its own exercises. */
public record SessionRequest(
        @NotNull UUID teamId,
        UUID templateId,
        @NotBlank @Size(max = 120) String title,
        @NotNull SessionType type,
        @NotNull Instant startsAt,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @Size(max = 200) String location,
        @Size(max = 40) List<@Valid @NotNull PlannedExercise> exercises) {
}
