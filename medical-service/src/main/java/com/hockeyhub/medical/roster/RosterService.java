package com.hockeyhub.medical.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The players this service knows and their teams, kept from user-service's events (never by calling it), so
 * privacy decisions work while user-service is down. Every change is idempotent: a redelivered event changes nothing.
 */
@Service
public class RosterService {

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);
    private static final String PLAYER_ROLE = "player";

    private final ClubPlayerRepository players;
    private final TeamMembershipRepository memberships;

    RosterService(ClubPlayerRepository players, TeamMembershipRepository memberships) {
        this.players = players;
        this.memberships = memberships;
    }

    /** The player with their club and teams, if known. */
    @Transactional(readOnly = true)
    public Optional<PlayerRef> find(UUID playerId) {
        return players.findByPlayerId(playerId).map(p -> new PlayerRef(p.getPlayerId(), p.getOrganizationId(),
                memberships.findByPlayerId(playerId).stream()
                        .filter(m -> m.getOrganizationId().equals(p.getOrganizationId()))
                        .map(TeamMembership::getTeamId).collect(Collectors.toSet())));
    }

    /**
     * Serialises medical writes for one player (availability changes, wellness submits) until the transaction ends,
     * so concurrent changes queue instead of racing for the one current availability row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID playerId) {
        players.lockByPlayerId(playerId);
    }

    /** The players on a team of the given club, in jersey order; empty if the team is not one of the club's. */
    @Transactional(readOnly = true)
    public List<UUID> teamPlayers(UUID teamId, UUID organizationId) {
        return memberships.findByTeamIdAndOrganizationIdOrderByJerseyNumberAscPlayerIdAsc(teamId, organizationId)
                .stream().map(TeamMembership::getPlayerId).toList();
    }

    /** The club a team belongs to, as far as its roster tells. */
    @Transactional(readOnly = true)
    public Optional<UUID> teamOrganization(UUID teamId) {
        return memberships.findFirstByTeamId(teamId).map(TeamMembership::getOrganizationId);
    }

    /** team.member.added: players only (coaches' teams come from their own tokens). */
    @Transactional
    public void memberAdded(TeamMemberChanged member) {
        if (!isPlayer(member) || member.userId() == null || member.teamId() == null || member.organizationId() == null) {
            return;
        }
        ClubPlayer player = players.findByPlayerId(member.userId())
                .orElseGet(() -> players.save(new ClubPlayer(member.userId(), member.organizationId())));
        if (!player.getOrganizationId().equals(member.organizationId())) {
            log.info("Player {} moved from club {} to club {}", member.userId(), player.getOrganizationId(),
                    member.organizationId());
            memberships.deleteAll(memberships.findByPlayerId(member.userId()));
            player.moveTo(member.organizationId());
        }
        TeamMembership membership = memberships.findByTeamIdAndPlayerId(member.teamId(), member.userId())
                .orElseGet(() -> memberships.save(
                        new TeamMembership(member.teamId(), member.userId(), member.organizationId())));
        membership.describe(member.jerseyNumber(), member.position());
    }

    /** team.member.removed: the team's coaches no longer see the player; the player stays known to the club. */
    @Transactional
    public void memberRemoved(TeamMemberChanged member) {
        if (member.userId() == null || member.teamId() == null) {
            return;
        }
        memberships.findByTeamIdAndPlayerId(member.teamId(), member.userId()).ifPresent(memberships::delete);
    }

    /** user.deleted: the player's records are no longer served to anyone (they stay in the database). */
    @Transactional
    public void userDeleted(UserDeleted deleted) {
        if (deleted.userId() == null) {
            return;
        }
        memberships.deleteAll(memberships.findByPlayerId(deleted.userId()));
        players.findByPlayerId(deleted.userId()).ifPresent(players::delete);
    }

    private static boolean isPlayer(TeamMemberChanged member) {
        return member.teamRole() == null || PLAYER_ROLE.equalsIgnoreCase(member.teamRole().trim());
    }
}
