package com.hockeyhub.shared.security;

import java.util.Locale;

/**
 * The one role vocabulary of the suite: upper snake case in code, lower snake case in JSON and tokens.
 * {@link #SERVICE} is held only by service tokens (client credentials), never by a person.
 */
public enum Role {
    SUPER_ADMIN,
    CLUB_ADMIN,
    COACH,
    ASSISTANT_COACH,
    TEAM_MANAGER,
    PLAYER,
    PARENT,
    MEDICAL_STAFF,
    PHYSICAL_TRAINER,
    EQUIPMENT_MANAGER,
    SERVICE;

    /** Accepts {@code club_admin}, {@code CLUB_ADMIN}, {@code ROLE_CLUB_ADMIN} and {@code club-admin}. */
    public static Role parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("role is null");
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalized.startsWith("ROLE_")) {
            normalized = normalized.substring(5);
        }
        return Role.valueOf(normalized);
    }

    /** The JSON and token form, e.g. {@code club_admin}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this == CLUB_ADMIN || this == COACH || this == ASSISTANT_COACH || this == TEAM_MANAGER
                || this == MEDICAL_STAFF || this == PHYSICAL_TRAINER || this == EQUIPMENT_MANAGER;
    }
}
