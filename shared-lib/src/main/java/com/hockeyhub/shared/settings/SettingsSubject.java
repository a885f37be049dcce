package com.hockeyhub.shared.settings;

import java.util.Objects;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;

/**
 * Whom a setting is looked up for: a club, optionally one of its teams and one of its people. The value that applies
 * is the person's, else the team's, else the club's, else the system's.
 */
public record SettingsSubject(UUID organizationId, UUID teamId, UUID userId) {

    public SettingsSubject {
        Objects.requireNonNull(organizationId, "organizationId");
    }

    public static SettingsSubject club(UUID organizationId) {
        return new SettingsSubject(organizationId, null, null);
    }

    public static SettingsSubject team(UUID organizationId, UUID teamId) {
        return new SettingsSubject(organizationId, teamId, null);
    }

    public static SettingsSubject user(UUID organizationId, UUID userId) {
        return new SettingsSubject(organizationId, null, userId);
    }

    /** The caller of the current request, in their club (400 for a caller without one). */
    public static SettingsSubject of(CurrentUser user) {
        return new SettingsSubject(user.requireOrganizationId(), null, user.id());
    }
}
