package com.hockeyhub.user.transfer;

import java.util.UUID;

import com.hockeyhub.shared.api.user.TeamMemberDto;
import com.hockeyhub.shared.saga.SagaDefinition;
import com.hockeyhub.shared.saga.SagaEngine;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a player transfer within the caller's club. One transfer of a player at a time: the start takes a lock on
 * the player and refuses (409) while another transfer of theirs is under way, so two at once never leave a player on
 * two teams or none.
 */
@Service
class TransferService {

    record Started(UUID sagaId, UUID playerId, UUID fromTeamId, UUID toTeamId) {
    }

    private final SagaEngine engine;
    private final SagaDefinition<TransferData> saga;
    private final TeamService teams;
    private final JdbcTemplate jdbc;

    TransferService(SagaEngine engine, SagaDefinition<TransferData> playerTransfer, TeamService teams,
            JdbcTemplate jdbc) {
        this.engine = engine;
        this.saga = playerTransfer;
        this.teams = teams;
        this.jdbc = jdbc;
    }

    @Transactional
    Started start(TransferRequest request, CurrentUser user) {
        user.requireAnyRole(Role.CLUB_ADMIN);
        UUID club = user.requireOrganizationId();
        Team from = teamOfClub(request.fromTeamId(), club);
        Team to = teamOfClub(request.toTeamId(), club);
        if (from.getId().equals(to.getId())) {
            throw new InvalidRequestException("toTeamId", "must differ from fromTeamId");
        }
        TeamMemberDto current = teams.activeMember(from.getId(), request.playerId())
                .orElseThrow(() -> new NotFoundException("Player " + request.playerId() + " of team " + from.getId()
                        + " was not found"));
        if (!"player".equals(current.teamRole())) {
            throw new InvalidRequestException("playerId", "is not a player of the team");
        }
        Integer jersey = request.jerseyNumber() != null ? request.jerseyNumber() : current.jerseyNumber();
        if (teams.jerseyTaken(to.getId(), jersey, request.playerId())) {
            throw new ConflictException("Jersey " + jersey + " is taken on " + to.getName() + "; choose another");
        }
        // one transfer of a player at a time, whatever the race: the lock holds until this transaction commits
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", Object.class,
                "player-transfer:" + request.playerId());
        Integer running = jdbc.queryForObject("""
                SELECT count(*) FROM saga_instance
                WHERE saga_type = ? AND status IN ('STARTED', 'RUNNING', 'COMPENSATING') AND data->>'playerId' = ?""",
                Integer.class, PlayerTransferSaga.NAME, request.playerId().toString());
        if (running != null && running > 0) {
            throw new ConflictException("A transfer of this player is under way");
        }
        UUID sagaId = engine.start(saga, new TransferData(club, request.playerId(), from.getId(), to.getId(), jersey,
                "player", current.teamRole(), current.jerseyNumber(), current.position(), user.id()), club);
        return new Started(sagaId, request.playerId(), from.getId(), to.getId());
    }

    private Team teamOfClub(UUID teamId, UUID club) {
        return teams.find(teamId).filter(t -> t.getOrganizationId().equals(club))
                .orElseThrow(() -> new NotFoundException("Team", teamId));
    }
}
