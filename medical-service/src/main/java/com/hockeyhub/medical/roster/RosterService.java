package com.hockeyhub.medical.roster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The players this service knows and their teams, from shared-lib's roster projection (kept from user-service's
 * events, never by calling it), so privacy decisions work while user-service is down.
 */
@Service
public class RosterService {

    private static final String PLAYER_ROLE = "player";
    /** First key of the two-key advisory locks this service takes per player. */
    private static final int LOCK_SPACE = 0x6d656401;

    private final Roster roster;
    private final JdbcTemplate jdbc;

    RosterService(Roster roster, JdbcTemplate jdbc) {
        this.roster = roster;
        this.jdbc = jdbc;
    }

    /** The player with their club and that club's teams, if known: a person of a club with a player's role or team. */
    @Transactional(readOnly = true)
    public Optional<PlayerRef> find(UUID playerId) {
        List<RosterMember> memberships = roster.memberships(playerId);
        Optional<UUID> club = roster.person(playerId)
                .filter(p -> p.organizationId() != null)
                .filter(p -> p.roles().contains(PLAYER_ROLE) || memberships.stream().anyMatch(RosterMember::isPlayer))
                .map(p -> p.organizationId())
                .or(() -> memberships.stream().filter(RosterMember::isPlayer).map(RosterMember::organizationId).findFirst());
        return club.map(org -> new PlayerRef(playerId, org, memberships.stream()
                .filter(m -> m.organizationId().equals(org) && m.isPlayer())
                .map(RosterMember::teamId).collect(Collectors.toSet())));
    }

    /**
     * Serialises medical writes for one player (availability changes, wellness submits) until the transaction ends,
     * so concurrent changes queue instead of racing for the one current availability row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID playerId) {
        jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> null, LOCK_SPACE, playerId.toString());
    }

    /** The players on a team of the given club, in jersey order; empty if the team is not one of the club's. */
    @Transactional(readOnly = true)
    public List<UUID> teamPlayers(UUID teamId, UUID organizationId) {
        return roster.players(teamId).stream().filter(m -> m.organizationId().equals(organizationId))
                .map(RosterMember::userId).toList();
    }

    /** The club a team belongs to, as far as the roster tells. */
    @Transactional(readOnly = true)
    public Optional<UUID> teamOrganization(UUID teamId) {
        return roster.team(teamId).map(t -> t.organizationId())
                .or(() -> roster.members(teamId).stream().map(RosterMember::organizationId).findFirst());
    }
}
