package com.hockeyhub.shared.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every persistent entity: a time-ordered UUIDv7 id generated in the application, audit columns
 * filled from the authenticated user, optimistic locking, and soft delete through {@code deleted_at}
 * (deleting an entity stamps the column; normal queries no longer see the row, the table keeps it).
 * <p>
 * Tables of subclasses need the columns {@code id uuid, created_at, updated_at, deleted_at timestamptz,
 * created_by, updated_by uuid, version bigint}. Native queries must add {@code deleted_at IS NULL} themselves.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
public abstract class BaseEntity {

    @Id
    @AssignableUuid7
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @LastModifiedBy
    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    public UUID getId() {
        return id;
    }

    /**
     * Gives a new, not yet saved entity a fixed id instead of a generated one — for seeds whose records other
     * services know by id (shared-lib {@code demo.DemoClub}). Never for entities that exist.
     */
    public void assignId(UUID id) {
        if (this.version != null || this.id != null) {
            throw new IllegalStateException("Only a new entity can be given an id");
        }
        this.id = id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    public Long getVersion() {
        return version;
    }

    /** Optimistic-lock check against the version a client last saw (e.g. from an {@code If-Match} or request body). */
    public boolean isAtVersion(long expected) {
        return version != null && version == expected;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
