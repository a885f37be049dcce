package com.hockeyhub.calendar.ical;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user's calendar-subscription secret. Only its SHA-256 is stored. It carries the access (roles, teams, children)
 * the user had when it was issued, because a phone calendar fetching the feed has no access token; issuing a new
 * token replaces the old one and refreshes that access.
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

    /** The user as the feed sees them. */
    public CurrentUser asUser() {
        return new CurrentUser(userId, organizationId, null,
                split(roles).stream().map(Role::parse).filter(r -> r != Role.SUPER_ADMIN && r != Role.SERVICE)
                        .collect(Collectors.toSet()),
                split(teamIds).stream().map(UUID::fromString).collect(Collectors.toSet()),
                split(childIds).stream().map(UUID::fromString).collect(Collectors.toSet()));
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
