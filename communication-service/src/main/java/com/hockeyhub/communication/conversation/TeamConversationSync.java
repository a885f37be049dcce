package com.hockeyhub.communication.conversation;

import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.stereotype.Component;

/** Team conversations follow user-service's roster events. */
@Component
class TeamConversationSync {

    private final ConversationService conversations;

    TeamConversationSync(ConversationService conversations) {
        this.conversations = conversations;
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "team-conversation-member-added")
    void added(TeamMemberChanged member) {
        conversations.teamMemberAdded(member.teamId(), member.organizationId(), member.userId(), member.teamRole());
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "team-conversation-member-removed")
    void removed(TeamMemberChanged member) {
        conversations.teamMemberRemoved(member.teamId(), member.organizationId(), member.userId());
    }
}
