package com.hockeyhub.shared.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Base of every entity that belongs to one club: {@code organization_id} is set once, from the caller's token (never
 * from a request body), and never changes. Its table gets the row-level-security policy with
 * {@code SELECT hockeyhub_tenant_isolation('<table>');} in a migration.
 */
@MappedSuperclass
public abstract class ClubScopedEntity extends BaseEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    protected ClubScopedEntity() {
    }

    protected ClubScopedEntity(UUID organizationId) {
        if (organizationId == null) {
            throw new IllegalArgumentException("A club record needs its club");
        }
        this.organizationId = organizationId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public boolean belongsTo(UUID organizationId) {
        return this.organizationId.equals(organizationId);
    }
}
