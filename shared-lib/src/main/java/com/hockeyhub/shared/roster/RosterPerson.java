package com.hockeyhub.shared.roster;

import java.util.List;
import java.util.UUID;

/** A person of a club as user-service's events described them; {@code roles} as the events spell them. */
public record RosterPerson(UUID userId, UUID organizationId, String email, String firstName, String lastName,
                           List<String> roles, boolean active) {

    public RosterPerson {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? String.valueOf(userId) : name;
    }
}
