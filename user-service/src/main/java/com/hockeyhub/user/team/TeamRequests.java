package com.hockeyhub.user.team;

import java.util.UUID;

import com.hockeyhub.user.user.Position;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class TeamRequests {

    static final String SEASON = "^[0-9]{4}(-[0-9]{4})?$";
    static final String AGE_GROUP = "^(U[0-9]{1,2}|Junior|Senior|Adult|Masters|Open)$";

    private TeamRequests() {
    }

    public record CreateTeam(
            @NotBlank @Size(max = 100) String name,
            @NotNull TeamType teamType,
            @Size(max = 20) @Pattern(regexp = AGE_GROUP, message = "must be like U16, Junior, Senior, Adult, Masters or Open") String ageGroup,
            @NotBlank @Pattern(regexp = SEASON, message = "must be like 2025-2026 or 2026") String season,
            @Size(max = 1000) String description,
            UUID organizationId) {
    }

    public record UpdateTeam(
            @Size(min = 1, max = 100) String name,
            TeamType teamType,
            @Size(max = 20) @Pattern(regexp = AGE_GROUP, message = "must be like U16, Junior, Senior, Adult, Masters or Open") String ageGroup,
            @Pattern(regexp = SEASON, message = "must be like 2025-2026 or 2026") String season,
            @Size(max = 1000) String description,
            Boolean active,
            Long version) {
    }

    public record AddMember(@NotNull UUID userId, @NotNull TeamRole teamRole, @Min(1) @Max(99) Integer jerseyNumber,
                            Position position) {
    }

    public record UpdateMember(TeamRole teamRole, @Min(1) @Max(99) Integer jerseyNumber, Position position,
                               Long version) {
    }
}
