package com.hockeyhub.statistics.game;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiException;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.statistics.access.StatisticsAccessPolicy;
import com.hockeyhub.statistics.division.Division;
import com.hockeyhub.statistics.division.DivisionService;
import com.hockeyhub.statistics.division.DivisionService.DivisionView;
import com.hockeyhub.statistics.division.DivisionTeam;
import com.hockeyhub.statistics.game.GameRequests.CorrectGame;
import com.hockeyhub.statistics.game.GameRequests.PlayerLine;
import com.hockeyhub.statistics.game.GameRequests.RecordGame;
import com.hockeyhub.statistics.game.GameRequests.Result;
import com.hockeyhub.statistics.views.ViewRefresher;
import com.hockeyhub.statistics.support.Seasons;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a game: the whole result (game row and every player line) is checked first and written in one
 * transaction, so a refused result leaves nothing behind. The game's natural key (division, home, away, start) is
 * locked for the transaction: recording the same game again, even concurrently, replaces its score and lines instead
 * of adding to them. Corrections by staff replace the same way, guarded by the version last read. Every change asks
 * the views for a refresh.
 */
@Service
public class GameService {

    private final GameRepository games;
    private final DivisionService divisions;
    private final StatisticsAccessPolicy policy;
    private final Roster roster;
    private final ViewRefresher views;
    private final CacheTagInvalidator invalidator;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GameService(GameRepository games, DivisionService divisions, StatisticsAccessPolicy policy, Roster roster,
            ViewRefresher views, CacheTagInvalidator invalidator, JdbcTemplate jdbc, Clock clock) {
        this.games = games;
        this.invalidator = invalidator;
        this.divisions = divisions;
        this.policy = policy;
        this.roster = roster;
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A recorded game with its participants and lines; {@code replaced} when it replaced an earlier recording. */
    public record RecordedGame(Game game, DivisionTeam home, DivisionTeam away, List<StatLine> lines,
                               boolean replaced) {
    }

    @Transactional
    public RecordedGame record(CurrentUser user, RecordGame request) {
        UUID club = policy.requireRecorder(user);
        if (request.playedAt().isAfter(clock.instant())) {
            throw new InvalidRequestException("playedAt", "must not be in the future");
        }
        DivisionView division = divisions.require(club, request.divisionId());
        DivisionTeam home = division.team(request.homeTeamId()).orElseThrow(() ->
                new InvalidRequestException("homeTeamId", "is not a team of the division"));
        DivisionTeam away = division.team(request.awayTeamId()).orElseThrow(() ->
                new InvalidRequestException("awayTeamId", "is not a team of the division"));
        if (home.getId().equals(away.getId())) {
            throw new InvalidRequestException("awayTeamId", "must differ from homeTeamId");
        }
        String season = division.division().getSeason();
        LocalDate day = request.playedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (day.isBefore(Seasons.firstDay(season)) || day.isAfter(Seasons.lastDay(season))) {
            throw new InvalidRequestException("playedAt", "is outside the division's season " + season);
        }
        Result result = request.result();
        check(division.division(), home, away, result);
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null,
                request.divisionId() + ":" + home.getId() + ":" + away.getId() + ":" + request.playedAt());
        Game game = games.findByDivisionIdAndHomeTeamIdAndAwayTeamIdAndPlayedAt(request.divisionId(), home.getId(),
                away.getId(), request.playedAt()).orElse(null);
        boolean replaced = game != null;
        if (game == null) {
            game = new Game(club, request.divisionId(), season, home.getId(), away.getId(), request.playedAt());
        }
        return write(game, home, away, result, replaced);
    }

    @Transactional
    public RecordedGame correct(CurrentUser user, UUID gameId, CorrectGame request) {
        UUID club = policy.requireRecorder(user);
        Game game = games.findByIdAndOrganizationId(gameId, club)
                .orElseThrow(() -> new NotFoundException("Game", gameId));
        if (!game.isAtVersion(request.version())) {
            throw new ApiException(ErrorCode.CONCURRENT_MODIFICATION,
                    "The game was changed by someone else; reload it and try again");
        }
        DivisionView division = divisions.require(club, game.getDivisionId());
        DivisionTeam home = division.team(game.getHomeTeamId()).orElseThrow();
        DivisionTeam away = division.team(game.getAwayTeamId()).orElseThrow();
        Result result = request.result();
        check(division.division(), home, away, result);
        return write(game, home, away, result, true);
    }

    /** Whether the game (natural key) is recorded. */
    @Transactional(readOnly = true)
    public boolean isRecorded(UUID divisionId, UUID homeTeamId, UUID awayTeamId, Instant playedAt) {
        return games.findByDivisionIdAndHomeTeamIdAndAwayTeamIdAndPlayedAt(divisionId, homeTeamId, awayTeamId,
                playedAt).isPresent();
    }

    @Transactional(readOnly = true)
    public RecordedGame read(CurrentUser user, UUID gameId) {
        UUID club = policy.requireClub(user);
        Game game = games.findByIdAndOrganizationId(gameId, club)
                .orElseThrow(() -> new NotFoundException("Game", gameId));
        DivisionView division = divisions.require(club, game.getDivisionId());
        // the score is the club's; a player's line is their detailed stats (the policy's rule)
        List<StatLine> visible = StatisticsAccessPolicy.detailedOnly(user, game.getOrganizationId(),
                lines(game.getId()), StatLine::playerId);
        return new RecordedGame(game, division.team(game.getHomeTeamId()).orElseThrow(),
                division.team(game.getAwayTeamId()).orElseThrow(), visible, false);
    }

    /** Removes a game recorded in error (kept soft-deleted; its lines leave the statistics). */
    @Transactional
    public void delete(CurrentUser user, UUID gameId) {
        UUID club = policy.requireRecorder(user);
        Game game = games.findByIdAndOrganizationId(gameId, club)
                .orElseThrow(() -> new NotFoundException("Game", gameId));
        Set<UUID> players = new HashSet<>(deleteLines(game.getId()));
        games.delete(game);
        games.flush();
        evictTrends(players);
        views.requestRefresh(club);
    }

    private void check(Division division, DivisionTeam home, DivisionTeam away, Result result) {
        new GameRules(division.isTiesAllowed(), division.gameLengthSeconds(false),
                division.gameLengthSeconds(true) - division.gameLengthSeconds(false)).check(result);
        Set<UUID> homePlayers = null;
        Set<UUID> awayPlayers = null;
        for (int i = 0; i < result.players().size(); i++) {
            PlayerLine line = result.players().get(i);
            DivisionTeam team = line.side() == Side.HOME ? home : away;
            if (!team.isClubTeam()) {
                throw new BusinessRuleException("players[" + i + "]: player lines are recorded for the club's own "
                        + "teams only; " + team.getName() + " is an opponent");
            }
            if (line.side() == Side.HOME && homePlayers == null) {
                homePlayers = players(home.getTeamId());
            } else if (line.side() == Side.AWAY && awayPlayers == null) {
                awayPlayers = players(away.getTeamId());
            }
            Set<UUID> roster = line.side() == Side.HOME ? homePlayers : awayPlayers;
            if (!roster.contains(line.playerId())) {
                throw new BusinessRuleException("players[" + i + "]: " + line.playerId() + " is not a player of "
                        + team.getName());
            }
        }
    }

    /** Deletes the game's player lines; the players they were of. */
    private List<UUID> deleteLines(UUID gameId) {
        return jdbc.queryForList("DELETE FROM player_game_stats WHERE game_id = ? RETURNING player_id", UUID.class,
                gameId);
    }

    private void evictTrends(Set<UUID> players) {
        if (!players.isEmpty()) {
            invalidator.invalidate(players.stream().map(CacheTag::user).toList());
        }
    }

    private Set<UUID> players(UUID teamId) {
        Set<UUID> ids = new HashSet<>();
        roster.players(teamId).stream().map(RosterMember::userId).forEach(ids::add);
        return ids;
    }

    private RecordedGame write(Game game, DivisionTeam home, DivisionTeam away, Result result, boolean replaced) {
        game.result(result.homeScore(), result.awayScore(), result.decision(), result.homeShots(),
                result.awayShots());
        game = games.saveAndFlush(game);
        // the players whose lines go and come: their cached trends are evicted after commit
        Set<UUID> players = new HashSet<>(deleteLines(game.getId()));
        result.players().forEach(line -> players.add(line.playerId()));
        evictTrends(players);
        Game saved = game;
        List<PlayerLine> lines = result.players();
        jdbc.batchUpdate("""
                INSERT INTO player_game_stats (id, organization_id, game_id, player_id, team_id, season, played_at,
                    goals, assists, points, plus_minus, penalty_minutes, shots, hits, blocks, faceoffs_won,
                    faceoffs_taken, toi_seconds, goalie, saves, shots_against)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, lines, 100, (ps, line) -> {
                    ps.setObject(1, Uuid7.next());
                    ps.setObject(2, saved.getOrganizationId());
                    ps.setObject(3, saved.getId());
                    ps.setObject(4, line.playerId());
                    ps.setObject(5, (line.side() == Side.HOME ? home : away).getTeamId());
                    ps.setString(6, saved.getSeason());
                    ps.setTimestamp(7, Timestamp.from(saved.getPlayedAt()));
                    ps.setInt(8, line.goals());
                    ps.setInt(9, line.assists());
                    ps.setInt(10, line.points());
                    ps.setInt(11, line.plusMinus());
                    ps.setInt(12, line.penaltyMinutes());
                    ps.setInt(13, line.shots());
                    ps.setInt(14, line.hits());
                    ps.setInt(15, line.blocks());
                    ps.setInt(16, line.faceoffsWon());
                    ps.setInt(17, line.faceoffsTaken());
                    ps.setInt(18, line.toiSeconds());
                    ps.setBoolean(19, line.goalie());
                    ps.setInt(20, line.saves());
                    ps.setInt(21, line.shotsAgainst());
                });
        views.requestRefresh(game.getOrganizationId());
        return new RecordedGame(game, home, away, lines(game.getId()), replaced);
    }

    private List<StatLine> lines(UUID gameId) {
        return jdbc.query("""
                SELECT player_id, team_id, goals, assists, points, plus_minus, penalty_minutes, shots, hits, blocks,
                       faceoffs_won, faceoffs_taken, toi_seconds, goalie, saves, shots_against
                FROM player_game_stats WHERE game_id = ? ORDER BY goalie, points DESC, player_id
                """, (rs, i) -> new StatLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getBoolean(14), rs.getInt(15), rs.getInt(16)),
                gameId);
    }
}
