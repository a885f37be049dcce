package com.hockeyhub.user.user;

import java.util.Collection;
import java.util.UUID;

/**
 * What the user directory asks of the club's teams, answered by the team feature (team.TeamService) without the
 * user feature depending on it.
 */
public interface TeamRosters {

    /** The club of the team; NotFoundException when there is no such team. */
    UUID requireTeamOrganization(UUID teamId);

    /** Whether any of the users is an active member of the team. */
    boolean hasActiveMember(UUID teamId, Collection<UUID> userIds);

    /** Whether the user shares an active team with any of the others. */
    boolean sharesTeam(UUID userId, Collection<UUID> others);
}
