package com.hockeyhub.user.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.user.UserDto;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ApiEnums;

/**
 * A user as the {@code users} cache holds it: the person plus their active club memberships (oldest first), so the
 * DTO for any caller's club and the caller's tenant check can both be answered from one entry. Never an entity.
 */
public record CachedUser(UUID id, String email, String firstName, String lastName, String phone,
                         LocalDate dateOfBirth, Integer jerseyNumber, String position, String handedness,
                         boolean active, boolean emailVerified, Instant lastLoginAt, String preferredLanguage,
                         Long version, List<Member> memberships) {

    public record Member(UUID organizationId, Role role) {
    }

    public CachedUser {
        memberships = new ArrayList<>(memberships);
    }

    static CachedUser of(User user, List<Membership> activeMemberships) {
        return new CachedUser(user.getId(), user.getEmail(), user.getFirstName(), user.getLastName(),
                user.getPhone(), user.getDateOfBirth(), user.getJerseyNumber(), ApiEnums.value(user.getPosition()),
                ApiEnums.value(user.getHandedness()), user.isActive(), user.isEmailVerified(), user.getLastLoginAt(),
                user.getPreferredLanguage(), user.getVersion(),
                activeMemberships.stream().map(m -> new Member(m.getOrganizationId(), m.getRole())).toList());
    }

    /** The clubs the user belongs to, oldest membership first. */
    public Set<UUID> organizations() {
        Set<UUID> orgs = new LinkedHashSet<>();
        memberships.forEach(m -> orgs.add(m.organizationId()));
        return orgs;
    }

    /**
     * Only {@code user:<id>}: every write to the user or their memberships invalidates it, while club-wide changes
     * (a new member) leave the club's other users cached.
     */
    public String tag() {
        return CacheTag.user(id);
    }

    /**
     * The DTO with the user's club and roles there: the given club when the user belongs to it, else their oldest
     * non-platform membership's club.
     */
    public UserDto toDto(UUID organizationContext) {
        UUID org = memberships.stream().map(Member::organizationId)
                .filter(o -> o.equals(organizationContext)).findFirst()
                .orElseGet(() -> memberships.stream().filter(m -> m.role() != Role.SUPER_ADMIN)
                        .map(Member::organizationId).findFirst()
                        .orElse(memberships.isEmpty() ? null : memberships.get(0).organizationId()));
        List<String> roles = memberships.stream()
                .filter(m -> m.organizationId().equals(org) || m.role() == Role.SUPER_ADMIN)
                .map(Member::role).distinct().sorted(Comparator.naturalOrder())
                .map(Role::claimValue).toList();
        return new UserDto(id, email, firstName, lastName, phone, dateOfBirth, jerseyNumber, position, handedness,
                active, emailVerified, lastLoginAt, preferredLanguage, org, roles, version);
    }
}
