package com.hockeyhub.shared.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the access token says: user id, organization, roles, teams and linked children.
 * The single place for role and tenant checks: controllers and services call {@link #requireAnyRole}
 * and {@link #requireOrganization} instead of inspecting tokens themselves.
 * <p>
 * The organization always comes from the token, never from a path or query parameter.
 */
public record CurrentUser(UUID id, UUID organizationId, String email, Set<Role> roles, Set<UUID> teamIds,
                          Set<UUID> childIds) {

    public CurrentUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        childIds = childIds == null ? Set.of() : Set.copyOf(childIds);
    }

    /** The user of the current request or job, if authenticated. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CurrentUserAuthentication auth) {
            return Optional.of(auth.getPrincipal());
        }
        return Optional.empty();
    }

    /** The current user, or an authentication failure (401) when there is none. */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new org.springframework.security.authentication
                .AuthenticationCredentialsNotFoundException("No authenticated user"));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        return hasAnyRole(Arrays.asList(candidates));
    }

    public boolean hasAnyRole(Collection<Role> candidates) {
        return candidates.stream().anyMatch(roles::contains);
    }

    public boolean isSuperAdmin() {
        return roles.contains(Role.SUPER_ADMIN);
    }

    public boolean isService() {
        return roles.contains(Role.SERVICE);
    }

    /** Super admins and service tokens act across clubs; everyone else only inside their own. */
    public boolean isPlatformWide() {
        return isSuperAdmin() || isService();
    }

    public boolean belongsTo(UUID organization) {
        return isPlatformWide() || (organization != null && organization.equals(organizationId));
    }

    public boolean isMemberOfTeam(UUID teamId) {
        return teamIds.contains(teamId);
    }

    public boolean isParentOf(UUID userId) {
        return childIds.contains(userId);
    }

    /** The user themself, or a parent acting for a linked child. */
    public boolean isSelfOrParentOf(UUID userId) {
        return id.equals(userId) || childIds.contains(userId);
    }

    /** 403 unless the user holds one of the roles (super admins always pass). */
    public CurrentUser requireAnyRole(Role... allowed) {
        if (!isSuperAdmin() && !hasAnyRole(allowed)) {
            throw new ForbiddenException("This action requires one of the roles " + Arrays.toString(allowed));
        }
        return this;
    }

    /**
     * 404 unless the record's organization is the caller's: another club's data does not exist for the caller,
     * so its existence is not leaked.
     */
    public CurrentUser requireOrganization(UUID organization, String resource, Object id) {
        if (!belongsTo(organization)) {
            throw new NotFoundException(resource, id);
        }
        return this;
    }

    /** The organization the caller works in; 403 for a token without one (e.g. a platform operator). */
    public UUID requireOrganizationId() {
        if (organizationId == null) {
            throw new ForbiddenException("The token carries no organization");
        }
        return organizationId;
    }
}
