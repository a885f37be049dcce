package com.hockeyhub.medical.access;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.UuidGenerator;

/** One read of medical data: who, whose (player or team), what, at which level, when, under which request. */
@Entity
@Immutable
@Table(name = "medical_access_log")
public class AccessLogEntry {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "accessor_id", nullable = false)
    private UUID accessorId;

    @Column(name = "accessor_roles", nullable = false)
    private String accessorRoles;

    @Column(name = "player_id")
    private UUID playerId;

    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "resource", nullable = false)
    private String resource;

    @Column(name = "resource_id")
    private UUID resourceId;

    @Column(name = "access_level", nullable = false)
    private String accessLevel;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected AccessLogEntry() {
    }

    AccessLogEntry(UUID organizationId, UUID accessorId, String accessorRoles, UUID playerId, UUID teamId,
            String resource, UUID resourceId, String accessLevel, String requestId, Instant accessedAt) {
        this.organizationId = organizationId;
        this.accessorId = accessorId;
        this.accessorRoles = accessorRoles;
        this.playerId = playerId;
        this.teamId = teamId;
        this.resource = resource;
        this.resourceId = resourceId;
        this.accessLevel = accessLevel;
        this.requestId = requestId;
        this.accessedAt = accessedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getAccessorId() {
        return accessorId;
    }

    public String getAccessorRoles() {
        return accessorRoles;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public String getResource() {
        return resource;
    }

    public UUID getResourceId() {
        return resourceId;
    }

    public String getAccessLevel() {
        return accessLevel;
    }

    public String getRequestId() {
        return requestId;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }
}
