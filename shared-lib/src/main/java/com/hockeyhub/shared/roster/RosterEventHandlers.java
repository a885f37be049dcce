package com.hockeyhub.shared.roster;

import java.util.List;

import com.hockeyhub.shared.api.user.UserEvents.FamilyLinkChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;

/**
 * Keeps the roster from user-service's events: durable consumers {@code <service>-roster-*}, each event once (inbox),
 * every write an insert-or-update so replays and seeds converge; membership changes in the order they happened
 * ({@link MembershipOrder}), whatever order they arrive in. Incomplete payloads are ignored.
 */
public class RosterEventHandlers {

    private static final String CONSUMER = "roster";

    private final JdbcRoster roster;
    private final MembershipOrder order;

    public RosterEventHandlers(JdbcRoster roster, MembershipOrder order) {
        this.roster = roster;
        this.order = order;
    }

    @EventHandler(type = EventTypes.TEAM_CREATED, name = "roster-team-created")
    void teamCreated(TeamChanged team) {
        saveTeam(team);
    }

    @EventHandler(type = EventTypes.TEAM_UPDATED, name = "roster-team-updated")
    void teamUpdated(TeamChanged team) {
        saveTeam(team);
    }

    @EventHandler(type = EventTypes.TEAM_DELETED, name = "roster-team-deleted")
    void teamDeleted(TeamChanged team) {
        if (team.teamId() != null) {
            roster.deleteTeam(team.teamId());
        }
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "roster-member-added")
    void memberAdded(TeamMemberChanged member, EventEnvelope envelope) {
        if (complete(member) && order.newest(CONSUMER, member, true, envelope)) {
            saveMember(member);
        }
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ROLE_CHANGED, name = "roster-member-role-changed")
    void memberRoleChanged(TeamMemberChanged member, EventEnvelope envelope) {
        if (complete(member) && order.newest(CONSUMER, member, true, envelope)) {
            saveMember(member);
        }
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "roster-member-removed")
    void memberRemoved(TeamMemberChanged member, EventEnvelope envelope) {
        if (complete(member) && order.newest(CONSUMER, member, false, envelope)) {
            roster.removeMember(member.teamId(), member.userId());
        }
    }

    @EventHandler(type = EventTypes.USER_CREATED, name = "roster-user-created")
    void userCreated(UserChanged user) {
        savePerson(user);
    }

    @EventHandler(type = EventTypes.USER_UPDATED, name = "roster-user-updated")
    void userUpdated(UserChanged user) {
        savePerson(user);
    }

    @EventHandler(type = EventTypes.USER_ROLE_CHANGED, name = "roster-user-role-changed")
    void userRoleChanged(UserChanged user) {
        savePerson(user);
    }

    @EventHandler(type = EventTypes.USER_ACTIVATED, name = "roster-user-activated")
    void userActivated(UserChanged user) {
        savePerson(user);
    }

    @EventHandler(type = EventTypes.USER_DEACTIVATED, name = "roster-user-deactivated")
    void userDeactivated(UserChanged user) {
        savePerson(user);
    }

    @EventHandler(type = EventTypes.USER_DELETED, name = "roster-user-deleted")
    void userDeleted(UserDeleted user) {
        if (user.userId() != null) {
            roster.deletePerson(user.userId());
        }
    }

    @EventHandler(type = EventTypes.FAMILY_LINK_CREATED, name = "roster-family-link-created")
    void linkCreated(FamilyLinkChanged link) {
        if (link.parentId() != null && link.childId() != null && link.organizationId() != null) {
            roster.saveLink(link.parentId(), link.childId(), link.organizationId(), link.relationshipType(),
                    link.primaryContact(), true);
        }
    }

    @EventHandler(type = EventTypes.FAMILY_LINK_REMOVED, name = "roster-family-link-removed")
    void linkRemoved(FamilyLinkChanged link) {
        if (link.parentId() != null && link.childId() != null) {
            roster.removeLink(link.parentId(), link.childId());
        }
    }

    private void saveTeam(TeamChanged team) {
        if (team.teamId() != null && team.organizationId() != null) {
            roster.saveTeam(new RosterTeam(team.teamId(), team.organizationId(), team.name(), team.ageGroup(),
                    team.season()), true);
        }
    }

    private static boolean complete(TeamMemberChanged member) {
        return member.teamId() != null && member.userId() != null && member.organizationId() != null;
    }

    private void saveMember(TeamMemberChanged member) {
        roster.saveMember(new RosterMember(member.teamId(), member.userId(), member.organizationId(),
                member.teamRole(), member.jerseyNumber(), member.position()), true);
        // a team member is a person of the club even before (or without) their user.* event; that event, when it
        // comes, says the rest
        roster.savePerson(new RosterPerson(member.userId(), member.organizationId(), null, null, null,
                member.teamRole() == null ? List.of() : List.of(member.teamRole()), true), false);
    }

    private void savePerson(UserChanged user) {
        if (user.userId() != null) {
            roster.savePerson(new RosterPerson(user.userId(), user.organizationId(), user.email(), user.firstName(),
                    user.lastName(), user.roles(), user.active()), true);
        }
    }
}
