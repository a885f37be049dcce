package com.hockeyhub.training.exercise;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new or changed exercise. */
public record ExerciseRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull ExerciseCategory category,
        @NotNull ExerciseUnit unit,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> equipment,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> muscleGroups,
        @Size(max = 2000) String description) {

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null
                : String.join(",", values.stream().map(String::trim).map(v -> v.replace(",", " ")).toList());
    }

    static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }
}
