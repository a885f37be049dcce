package com.hockeyhub.shared.api.user;

import java.util.List;
import java.util.UUID;

/** Payloads of user-service's events (version 1). Consumers ignore fields they do not know. */
public final class UserEvents {

    private UserEvents() {
    }

    /** user.created, user.updated, user.activated, user.deactivated, user.role.changed. */
    public record UserChanged(UUID userId, UUID organizationId, String email, String firstName, String lastName,
                              List<String> roles, boolean active) {
    }

    /** user.deleted (soft delete; memberships ended). */
    public record UserDeleted(UUID userId, UUID organizationId) {
    }

    /** organization.created, organization.updated, organization.deleted. */
    public record OrganizationChanged(UUID organizationId, String name, String subdomain, String subscriptionTier,
                                      boolean active) {
    }

    /** team.created, team.updated, team.deleted. */
    public record TeamChanged(UUID teamId, UUID organizationId, String name, String teamType, String ageGroup,
                              String season) {
    }

    /** team.member.added, team.member.removed, team.member.role.changed. */
    public record TeamMemberChanged(UUID teamId, UUID userId, UUID organizationId, String teamRole,
                                    Integer jerseyNumber, String position) {
    }

    /** family.link.created, family.link.removed. */
    public record FamilyLinkChanged(UUID parentId, UUID childId, UUID organizationId, String relationshipType,
                                    boolean primaryContact) {
    }
}
