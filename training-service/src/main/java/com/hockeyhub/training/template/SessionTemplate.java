package com.hockeyhub.training.template;

import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.training.plan.SessionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reusable session plan: its exercises (planned_exercises) and who may see it. */
@Entity
@Table(name = "session_templates")
public class SessionTemplate extends ClubScopedEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "session_type", nullable = false)
    private SessionType type;

    @Column(name = "visibility", nullable = false)
    private Visibility visibility;

    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    protected SessionTemplate() {
    }

    public SessionTemplate(UUID organizationId, UUID ownerId, String name, SessionType type, Visibility visibility,
            UUID teamId) {
        super(organizationId);
        this.ownerId = ownerId;
        this.name = name.trim();
        this.type = type;
        this.visibility = visibility;
        this.teamId = teamId;
    }

    /**
     * Visibility on every read: private — its owner; team — club-wide staff and the team's members; organization —
     * every member of the club (the club itself is checked by the caller).
     */
    public boolean visibleTo(CurrentUser user, boolean clubWideStaff) {
        return switch (visibility) {
            case PRIVATE -> ownerId.equals(user.id());
            case TEAM -> ownerId.equals(user.id()) || clubWideStaff || user.isMemberOfTeam(teamId);
            case ORGANIZATION -> true;
        };
    }

    public String getName() {
        return name;
    }

    public SessionType getType() {
        return type;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getOwnerId() {
        return ownerId;
    }
}
