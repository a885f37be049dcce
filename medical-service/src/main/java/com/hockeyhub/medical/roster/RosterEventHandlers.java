package com.hockeyhub.medical.roster;

import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.stereotype.Component;

/** user-service's events that decide who may see whose medical records. */
@Component
class RosterEventHandlers {

    private final RosterService roster;

    RosterEventHandlers(RosterService roster) {
        this.roster = roster;
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "team-member-added")
    void onMemberAdded(TeamMemberChanged member) {
        roster.memberAdded(member);
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "team-member-removed")
    void onMemberRemoved(TeamMemberChanged member) {
        roster.memberRemoved(member);
    }

    @EventHandler(type = EventTypes.USER_DELETED, name = "user-deleted")
    void onUserDeleted(UserDeleted deleted) {
        roster.userDeleted(deleted);
    }
}
