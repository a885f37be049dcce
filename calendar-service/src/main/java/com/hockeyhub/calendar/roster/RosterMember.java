package com.hockeyhub.calendar.roster;

import java.util.UUID;

import com.hockeyhub.shared.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One member of one team, as user-service announced it (team.member.added / removed). */
@Entity
@Table(name = "roster_members")
public class RosterMember extends BaseEntity {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "team_role")
    private String teamRole;

    protected RosterMember() {
    }

    public RosterMember(UUID organizationId, UUID teamId, UUID userId, String teamRole) {
        this.organizationId = organizationId;
        this.teamId = teamId;
        this.userId = userId;
        this.teamRole = teamRole;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(String teamRole) {
        this.teamRole = teamRole;
    }

    /** Staff of the team (coaches, managers) are optional attendees; players are expected. */
    public boolean isStaff() {
        return teamRole != null && !teamRole.equalsIgnoreCase("player");
    }
}
