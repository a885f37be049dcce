package com.hockeyhub.shared.saga;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * JPA view of {@code saga_instance} for queries (operators' API). The engine alone writes the table, through
 * {@link SagaStore} with version checks; hence read-only here.
 */
@Entity
@Immutable
@Table(name = "saga_instance")
public class SagaInstance {

    @Id
    private UUID id;

    @Column(name = "saga_type", nullable = false)
    private String type;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SagaStatus status;

    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false)
    private String data;

    @Column(name = "organization_id")
    private UUID organizationId;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "deadline")
    private Instant deadline;

    @Column(name = "locked_by")
    private String lockedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "version", nullable = false)
    private long version;

    protected SagaInstance() {
    }

    public UUID getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }

    public SagaStatus getStatus() {
        return status;
    }

    public int getCurrentStep() {
        return currentStep;
    }

    public String getData() {
        return data;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public String getLockedBy() {
        return lockedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
