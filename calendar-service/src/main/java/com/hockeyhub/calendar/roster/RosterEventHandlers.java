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
 * Keeps the local roster from user-service's membership events and applies them to upcoming team events;
 * applies medical-service's availability to upcoming participations. Each runs once per event (the inbox).
 */
@Component
public class RosterEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(RosterEventHandlers.class);

    private final RosterService roster;
    private final ParticipantService participants;
    private final CalendarProperties properties;

    public RosterEventHandlers(RosterService roster, ParticipantService participants, CalendarProperties properties) {
        this.roster = roster;
        this.participants = participants;
        this.properties = properties;
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "team-member-added")
    @Transactional
    public void memberAdded(TeamMemberChanged member) {
        roster.add(member.organizationId(), member.teamId(), member.userId(), member.teamRole());
        boolean staff = member.teamRole() != null && !member.teamRole().equalsIgnoreCase("player");
        int invited = participants.onTeamMemberAdded(member.teamId(), member.userId(), staff);
        log.info("User {} joined team {}: invited to {} upcoming event(s)", member.userId(), member.teamId(), invited);
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "team-member-removed")
    @Transactional
    public void memberRemoved(TeamMemberChanged member) {
        roster.remove(member.teamId(), member.userId());
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
