package com.hockeyhub.planning.drill;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new or changed drill. */
public record DrillRequest(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotNull DrillCategory category,
        @NotNull Difficulty difficulty,
        @NotNull @Min(1) @Max(120) Integer durationMinutes,
        @NotNull @Min(1) @Max(60) Integer minPlayers,
        @NotNull @Min(1) @Max(60) Integer maxPlayers,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> equipment,
        @NotEmpty @Size(max = 10) List<@Pattern(regexp = "U\\d{1,2}|Junior|Senior|Adult|Masters|Open",
                message = "must be like U12, Junior or Senior") String> ageGroups,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> tags,
        boolean publicDrill) {

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null
                : String.join(",", values.stream().map(v -> v.trim().replace(",", " ")).toList());
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
