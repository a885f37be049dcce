package com.hockeyhub.statistics.division;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the division endpoints. */
public final class DivisionRequests {

    private DivisionRequests() {
    }

    public record CreateDivision(
            @NotBlank @Schema(example = "2025-2026") String season,
            @NotBlank @Size(max = 80) String name,
            @Schema(description = "Whether a game may end tied after regulation (default false)") Boolean tiesAllowed,
            @Schema(description = "Standings readable without a token (default false)") Boolean publicStandings,
            @Min(5) @Max(20) @Schema(description = "Default 20") Integer periodMinutes,
            @Min(2) @Max(3) @Schema(description = "Default 3") Integer periods,
            @Min(0) @Max(20) @Schema(description = "Default 5") Integer overtimeMinutes,
            @Size(max = 40) List<@Valid @NotNull TeamEntry> teams) {
    }

    /** A participant: the club's team ({@code teamId}; its name by default) or an opponent by name. */
    public record TeamEntry(@Size(max = 80) String name, UUID teamId) {
    }

    public record AddTeam(@NotNull @Valid TeamEntry team) {
    }
}
