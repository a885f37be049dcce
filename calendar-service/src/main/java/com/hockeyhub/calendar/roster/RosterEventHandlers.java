package com.hockeyhub.calendar.roster;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.calendar.participant.ParticipantService;
import com.hockeyhub.shared.api.medical.MedicalEvents.PlayerStatusChanged;
import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies user-service's membership events to upcoming team events (the roster itself is shared-lib's projection)
 * and medical-service's availability to upcoming participations. Each runs once per event (the inbox).
 */
@Component
public class RosterEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(RosterEventHandlers.class);

    private final ParticipantService participants;
    private final CalendarProperties properties;

    public RosterEventHandlers(ParticipantService participants, CalendarProperties properties) {
        this.participants = participants;
        this.properties = properties;
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "team-member-added")
    @Transactional
    public void memberAdded(TeamMemberChanged member) {
        boolean staff = member.teamRole() != null && !member.teamRole().equalsIgnoreCase("player");
        int invited = member.organizationId() == null ? 0
                : participants.onTeamMemberAdded(member.organizationId(), member.teamId(), member.userId(), staff);
        log.info("User {} joined team {}: invited to {} upcoming event(s)", member.userId(), member.teamId(), invited);
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "team-member-removed")
    @Transactional
    public void memberRemoved(TeamMemberChanged member) {
        int removed = participants.onTeamMemberRemoved(member.teamId(), member.userId());
        log.info("User {} left team {}: removed from {} upcoming event(s)", member.userId(), member.teamId(), removed);
    }

    @EventHandler(type = EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, name = "player-status-changed")
    @Transactional
    public void playerStatusChanged(PlayerStatusChanged change) {
        participants.onPlayerStatusChanged(change.organizationId(), change.playerId(), change.status(),
                change.effectiveDate(), change.expectedReturn(), properties.defaultTimeZone());
    }
}
