package com.hockeyhub.training.template;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.training.plan.PlannedExercise;
import com.hockeyhub.training.plan.SessionType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TemplateRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull SessionType type,
        @NotNull Visibility visibility,
        UUID teamId,
        @NotEmpty @Size(max = 40) List<@Valid @NotNull PlannedExercise> exercises) {
}
