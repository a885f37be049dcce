package com.hockeyhub.user.user;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A user's role in a club ({@code user_organizations}); one row per role. */
@Entity
@Table(name = "user_organizations")
public class Membership extends BaseEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(nullable = false)
    private boolean active = true;

    protected Membership() {
    }

    public Membership(UUID userId, UUID organizationId, Role role) {
        this.userId = userId;
        this.organizationId = organizationId;
        this.role = role;
        this.joinedAt = Instant.now();
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Role getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
