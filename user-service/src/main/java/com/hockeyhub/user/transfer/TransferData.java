package com.hockeyhub.user.transfer;

import java.util.UUID;

/**
 * What the player-transfer saga carries: who moves from which team to which, with what jersey and role there, and
 * how they were on the old team (so the compensation puts them back exactly so).
 */
public record TransferData(UUID organizationId, UUID playerId, UUID fromTeamId, UUID toTeamId, Integer jerseyNumber,
                           String teamRole, String previousRole, Integer previousJersey, String previousPosition,
                           UUID requestedBy) {
}
