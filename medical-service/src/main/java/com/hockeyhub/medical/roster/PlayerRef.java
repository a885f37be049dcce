package com.hockeyhub.medical.roster;

import java.util.Set;
import java.util.UUID;

/** What the privacy policy needs to know about a player: their club and their teams. */
public record PlayerRef(UUID playerId, UUID organizationId, Set<UUID> teamIds) {

    public PlayerRef {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }
}
