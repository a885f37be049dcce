package com.hockeyhub.payment.usage;

import com.hockeyhub.shared.api.user.UserEvents.TeamChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.stereotype.Component;

/** user-service's user, team and membership events, kept as the usage a subscription's limits are checked against. */
@Component
class UsageEventHandlers {

    private final UsageService usage;

    UsageEventHandlers(UsageService usage) {
        this.usage = usage;
    }

    @EventHandler(type = EventTypes.USER_CREATED, name = "usage-user-created")
    void onUserCreated(UserChanged user, EventEnvelope envelope) {
        usage.userChanged(user.organizationId(), user.userId(), user.active(), envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.USER_UPDATED, name = "usage-user-updated")
    void onUserUpdated(UserChanged user, EventEnvelope envelope) {
        usage.userChanged(user.organizationId(), user.userId(), user.active(), envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.USER_ACTIVATED, name = "usage-user-activated")
    void onUserActivated(UserChanged user, EventEnvelope envelope) {
        usage.userChanged(user.organizationId(), user.userId(), true, envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.USER_DEACTIVATED, name = "usage-user-deactivated")
    void onUserDeactivated(UserChanged user, EventEnvelope envelope) {
        usage.userChanged(user.organizationId(), user.userId(), false, envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.USER_DELETED, name = "usage-user-deleted")
    void onUserDeleted(UserDeleted user, EventEnvelope envelope) {
        usage.userDeleted(user.organizationId(), user.userId(), envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.TEAM_CREATED, name = "usage-team-created")
    void onTeamCreated(TeamChanged team, EventEnvelope envelope) {
        usage.teamCreated(team.organizationId(), team.teamId(), envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.TEAM_DELETED, name = "usage-team-deleted")
    void onTeamDeleted(TeamChanged team, EventEnvelope envelope) {
        usage.teamDeleted(team.organizationId(), team.teamId(), envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "usage-team-member-added")
    void onMemberAdded(TeamMemberChanged member, EventEnvelope envelope) {
        usage.memberChanged(member.organizationId(), member.teamId(), member.userId(), member.teamRole(),
                envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ROLE_CHANGED, name = "usage-team-member-role-changed")
    void onMemberRoleChanged(TeamMemberChanged member, EventEnvelope envelope) {
        usage.memberChanged(member.organizationId(), member.teamId(), member.userId(), member.teamRole(),
                envelope.occurredAt());
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "usage-team-member-removed")
    void onMemberRemoved(TeamMemberChanged member, EventEnvelope envelope) {
        usage.memberRemoved(member.organizationId(), member.teamId(), member.userId(), envelope.occurredAt());
    }
}
