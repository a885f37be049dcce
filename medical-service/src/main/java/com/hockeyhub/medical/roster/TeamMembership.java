package com.hockeyhub.medical.roster;

import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A player on a team's roster (local copy of user-service's team membership). */
@Entity
@Table(name = "team_roster")
public class TeamMembership extends BaseEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "jersey_number")
    private Integer jerseyNumber;

    @Column(name = "position")
    private String position;

    protected TeamMembership() {
    }

    public TeamMembership(UUID teamId, UUID playerId, UUID organizationId) {
        this.teamId = teamId;
        this.playerId = playerId;
        this.organizationId = organizationId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public Integer getJerseyNumber() {
        return jerseyNumber;
    }

    public String getPosition() {
        return position;
    }

    void describe(Integer jerseyNumber, String position) {
        this.jerseyNumber = jerseyNumber;
        this.position = position;
    }
}
