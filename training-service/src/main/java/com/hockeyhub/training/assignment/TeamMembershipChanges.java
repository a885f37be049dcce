package com.hockeyhub.training.assignment;

import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.MembershipOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * user-service's team.member.added / team.member.removed move a player into or out of the team's upcoming
 * assignments. Each event is handled once (inbox) and each change is idempotent on its own, so a redelivery changes
 * nothing. The payload says all that is needed (club, team, player, role, position): the roster projection is
 * updated by its own consumer, in no guaranteed order with this one. A change older than the last one applied for the
 * team and player (by occurredAt; a redelivery or a replay) is ignored, see {@link MembershipOrder}.
 */
@Component
class TeamMembershipChanges {

    private static final Logger log = LoggerFactory.getLogger(TeamMembershipChanges.class);
    /** Its own order, apart from the roster projection's (shared-lib's consumer "roster"). */
    private static final String CONSUMER = "training-assignments";

    private final AssignmentService assignments;
    private final MembershipOrder order;

    TeamMembershipChanges(AssignmentService assignments, MembershipOrder order) {
        this.assignments = assignments;
        this.order = order;
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "assignments-member-added")
    void added(TeamMemberChanged member, EventEnvelope envelope) {
        if (!complete(member) || !newest(member, true, envelope) || !isPlayer(member)) {
            return;
        }
        int given = assignments.joinTeam(member.organizationId(), member.teamId(), member.userId(),
                member.position()).size();
        log.debug("Player {} joined team {}: {} upcoming assignments", member.userId(), member.teamId(), given);
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "assignments-member-removed")
    void removed(TeamMemberChanged member, EventEnvelope envelope) {
        if (!complete(member) || !newest(member, false, envelope)) {
            return;
        }
        int lost = assignments.leaveTeam(member.organizationId(), member.teamId(), member.userId()).size();
        log.debug("Player {} left team {}: {} upcoming assignments cancelled", member.userId(), member.teamId(), lost);
    }

    private boolean newest(TeamMemberChanged member, boolean joined, EventEnvelope envelope) {
        boolean newest = order.newest(CONSUMER, member, joined, envelope);
        if (!newest) {
            log.debug("Ignored {} of player {} in team {} at {}: a newer membership change was applied",
                    envelope.type(), member.userId(), member.teamId(), envelope.occurredAt());
        }
        return newest;
    }

    private static boolean complete(TeamMemberChanged member) {
        return member.teamId() != null && member.userId() != null && member.organizationId() != null;
    }

    private static boolean isPlayer(TeamMemberChanged member) {
        return member.teamRole() == null || "player".equalsIgnoreCase(member.teamRole());
    }
}
