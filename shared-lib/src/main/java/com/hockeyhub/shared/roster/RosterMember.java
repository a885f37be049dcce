package com.hockeyhub.shared.roster;

import java.util.UUID;

/**
 * One person on one team; {@code teamRole} in the lower snake case of the events ({@code player}, {@code coach},
 * {@code assistant_coach}, ...).
 */
public record RosterMember(UUID teamId, UUID userId, UUID organizationId, String teamRole, Integer jerseyNumber,
                           String position) {

    public boolean isPlayer() {
        return teamRole == null || "player".equalsIgnoreCase(teamRole);
    }
}
