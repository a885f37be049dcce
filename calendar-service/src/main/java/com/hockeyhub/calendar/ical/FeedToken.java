package com.hockeyhub.calendar.ical;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user's calendar-subscription secret. Only its SHA-256 is stored. A phone calendar fetching the feed has no access
 * token, so the feed's access is decided again on every fetch (issue 24): the user's teams from the current roster,
 * their roles and linked children as kept current by user-service's events ({@code FeedAccessHandlers}), and the
 * token ends with the user (deleted or deactivated). {@code team_ids} keeps the teams at issue for reference only.
 */
@Entity
@Table(name = "feed_tokens")
public class FeedToken extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "roles", nullable = false)
    private String roles;

    @Column(name = "team_ids", nullable = false)
    private String teamIds;

    @Column(name = "child_ids", nullable = false)
    private String childIds;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected FeedToken() {
    }

    public FeedToken(CurrentUser user, String tokenHash) {
        this.organizationId = user.organizationId();
        this.userId = user.id();
        this.tokenHash = tokenHash;
        this.roles = user.roles().stream().map(Role::claimValue).collect(Collectors.joining(","));
        this.teamIds = user.teamIds().stream().map(UUID::toString).collect(Collectors.joining(","));
        this.childIds = user.childIds().stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    /** The user as the feed sees them, member of {@code currentTeams} (the roster's answer now). */
    public CurrentUser asUser(Set<UUID> currentTeams) {
        return new CurrentUser(userId, organizationId, null,
                split(roles).stream().map(Role::parse).filter(r -> r != Role.SUPER_ADMIN && r != Role.SERVICE)
                        .collect(Collectors.toSet()),
                currentTeams, children());
    }

    public Set<UUID> children() {
        return split(childIds).stream().map(UUID::fromString).collect(Collectors.toSet());
    }

    /** The user's roles in the token's club now (user.role.changed). */
    public void rolesChanged(Collection<String> claimValues) {
        this.roles = claimValues.stream().map(Role::parse).map(Role::claimValue).sorted()
                .collect(Collectors.joining(","));
    }

    public void childLinked(UUID childId) {
        Set<UUID> children = new TreeSet<>(children());
        children.add(childId);
        childIds = children.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    public boolean childUnlinked(UUID childId) {
        Set<UUID> children = new TreeSet<>(children());
        boolean removed = children.remove(childId);
        childIds = children.stream().map(UUID::toString).collect(Collectors.joining(","));
        return removed;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public void used(Instant at) {
        this.lastUsedAt = at;
    }

    public UUID getUserId() {
        return userId;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    private static Set<String> split(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }
}
