package com.hockeyhub.user.team;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.user.user.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A roster entry; removing a member sets {@code left_at} (history stays), so "active" means {@code left_at} is null. */
@Entity
@Table(name = "team_members")
public class TeamMember extends BaseEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    private TeamRole teamRole;

    @Column(name = "jersey_number")
    private Integer jerseyNumber;

    @Enumerated(EnumType.STRING)
    private Position position;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected TeamMember() {
    }

    public TeamMember(UUID teamId, UUID userId, TeamRole teamRole, Integer jerseyNumber, Position position) {
        this.teamId = teamId;
        this.userId = userId;
        this.teamRole = teamRole;
        this.jerseyNumber = jerseyNumber;
        this.position = position;
        this.joinedAt = Instant.now();
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getUserId() {
        return userId;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(TeamRole teamRole) {
        this.teamRole = teamRole;
    }

    public Integer getJerseyNumber() {
        return jerseyNumber;
    }

    public void setJerseyNumber(Integer jerseyNumber) {
        this.jerseyNumber = jerseyNumber;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    public void leave() {
        this.leftAt = Instant.now();
    }
}
