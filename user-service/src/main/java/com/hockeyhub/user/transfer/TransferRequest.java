package com.hockeyhub.user.transfer;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Move a player between two teams of the club, optionally with a new jersey number there. */
public record TransferRequest(@NotNull UUID playerId, @NotNull UUID fromTeamId, @NotNull UUID toTeamId,
                              @Min(1) @Max(99) Integer jerseyNumber) {
}
