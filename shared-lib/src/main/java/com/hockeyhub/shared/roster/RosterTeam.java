package com.hockeyhub.shared.roster;

import java.util.UUID;

/** A team of a club as user-service's events described it. */
public record RosterTeam(UUID teamId, UUID organizationId, String name, String ageGroup, String season) {
}
