package com.hockeyhub.statistics.division;

import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A participant of a division: one of the club's teams ({@code teamId}) or an opponent known by its name. */
@Entity
@Table(name = "division_teams")
public class DivisionTeam extends ClubScopedEntity {

    @Column(name = "division_id", nullable = false, updatable = false)
    private UUID divisionId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "team_id", updatable = false)
    private UUID teamId;

    protected DivisionTeam() {
    }

    DivisionTeam(UUID organizationId, UUID divisionId, String name, UUID teamId) {
        super(organizationId);
        this.divisionId = divisionId;
        this.name = name;
        this.teamId = teamId;
    }

    public UUID getDivisionId() {
        return divisionId;
    }

    public String getName() {
        return name;
    }

    /** The club's team (roster), or null for an opponent. */
    public UUID getTeamId() {
        return teamId;
    }

    public boolean isClubTeam() {
        return teamId != null;
    }
}
