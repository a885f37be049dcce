package com.hockeyhub.statistics.player;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.RenderedJson;
import com.hockeyhub.statistics.access.StatisticsAccessPolicy;
import com.hockeyhub.statistics.injury.InjuryHistory;
import com.hockeyhub.statistics.injury.InjuryHistory.Period;
import com.hockeyhub.statistics.player.PlayerStats.GameLine;
import com.hockeyhub.statistics.player.PlayerStats.Totals;
import com.hockeyhub.statistics.support.CsvWriter;
import com.hockeyhub.statistics.support.Seasons;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A player's detailed stats (season totals from their game lines, the game log, games missed while injured) and
 * trends (rolling averages per game): for the player, their parents and the club's staff only.
 */
@Service
public class PlayerStatsService {

    public static final int MAX_WINDOW = 20;

    private static final String GAME_LOG = """
            SELECT s.game_id, s.played_at, CASE WHEN h.team_id = s.team_id THEN a.name ELSE h.name END AS opponent,
                   s.team_id, s.goals, s.assists, s.points, s.plus_minus, s.penalty_minutes, s.shots, s.hits,
                   s.blocks, s.faceoffs_won, s.faceoffs_taken, s.toi_seconds, s.goalie, s.saves, s.shots_against
            FROM player_game_stats s
            JOIN games g ON g.id = s.game_id
            JOIN division_teams h ON h.id = g.home_team_id
            JOIN division_teams a ON a.id = g.away_team_id
            WHERE s.organization_id = ? AND s.player_id = ? AND s.season = ?
            ORDER BY s.played_at, s.game_id
            """;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final StatisticsAccessPolicy policy;
    private final InjuryHistory injuries;
    private final Roster roster;
    private final PlayerTrends trends;
    private final Clock clock;

    PlayerStatsService(JdbcTemplate jdbc, DataSource dataSource, StatisticsAccessPolicy policy,
            InjuryHistory injuries, Roster roster, PlayerTrends trends, Clock clock) {
        this.jdbc = jdbc;
        this.trends = trends;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.policy = policy;
        this.injuries = injuries;
        this.roster = roster;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlayerStats stats(CurrentUser user, UUID playerId, String season) {
        policy.requirePlayerStats(user, playerId);
        String checked = season(season);
        UUID club = user.organizationId();
        List<GameLine> games = jdbc.query(GAME_LOG, (rs, i) -> line(rs), club, playerId, checked);
        return new PlayerStats(playerId, name(playerId), checked, totals(games),
                gamesMissed(club, playerId, checked), games);
    }

    /** The game log as CSV, streamed from a cursor. */
    @Transactional(readOnly = true)
    public void exportCsv(CurrentUser user, UUID playerId, String season, Supplier<CsvWriter> target) {
        policy.requirePlayerStats(user, playerId);
        String checked = season(season);
        CsvWriter out = target.get();
        out.row("game_id", "played_at", "opponent", "team_id", "goals", "assists", "points", "plus_minus",
                "penalty_minutes", "shots", "hits", "blocks", "faceoffs_won", "faceoffs_taken", "toi_seconds",
                "goalie", "saves", "shots_against");
        streaming.query(GAME_LOG, rs -> {
            GameLine l = line(rs);
            out.row(l.gameId(), l.playedAt(), l.opponent(), l.teamId(), l.goals(), l.assists(), l.points(),
                    l.plusMinus(), l.penaltyMinutes(), l.shots(), l.hits(), l.blocks(), l.faceoffsWon(),
                    l.faceoffsTaken(), l.toiSeconds(), l.goalie(), l.saves(), l.shotsAgainst());
        }, user.organizationId(), playerId, checked);
        out.flush();
    }

    /**
     * The trend's JSON answer, cached. No transaction: the access check's roster reads and, on a miss, the trend's one
     * SELECT need none.
     */
    public RenderedJson trends(CurrentUser user, UUID playerId, String season, Integer window) {
        TrendRequest checked = trendRequest(user, playerId, season, window);
        return trends.json(user.organizationId(), playerId, checked.season(), checked.window());
    }

    /** The trend itself (the CSV export), queried. */
    public PlayerTrend trendForExport(CurrentUser user, UUID playerId, String season, Integer window) {
        TrendRequest checked = trendRequest(user, playerId, season, window);
        return trends.trend(user.organizationId(), playerId, checked.season(), checked.window());
    }

    private TrendRequest trendRequest(CurrentUser user, UUID playerId, String season, Integer window) {
        policy.requirePlayerStats(user, playerId);
        String checked = season(season);
        int size = window == null ? 5 : window;
        if (size < 1 || size > MAX_WINDOW) {
            throw new InvalidRequestException("window", "must be between 1 and " + MAX_WINDOW);
        }
        return new TrendRequest(checked, size);
    }

    private record TrendRequest(String season, int window) {
    }

    private String season(String season) {
        return season == null ? Seasons.current(clock) : Seasons.require("season", season, clock);
    }

    private String name(UUID playerId) {
        return roster.person(playerId).map(p -> ((p.firstName() == null ? "" : p.firstName()) + " "
                + (p.lastName() == null ? "" : p.lastName())).trim()).orElse(null);
    }

    /** Games of the player's teams in the season, during an injury, without a line of theirs. */
    private int gamesMissed(UUID club, UUID playerId, String season) {
        List<Period> periods = injuries.periods(playerId);
        List<UUID> teams = roster.memberships(playerId).stream().map(RosterMember::teamId).toList();
        if (periods.isEmpty() || teams.isEmpty()) {
            return 0;
        }
        int missed = 0;
        for (Period period : periods) {
            LocalDate until = period.until() == null ? LocalDate.now(clock).plusDays(1) : period.until();
            Integer n = jdbc.queryForObject("""
                    SELECT count(DISTINCT g.id) FROM games g
                    JOIN division_teams t ON t.id IN (g.home_team_id, g.away_team_id)
                    WHERE g.organization_id = ? AND g.season = ? AND g.deleted_at IS NULL
                      AND t.team_id = ANY (?::uuid[])
                      AND g.played_at >= ?::date AND g.played_at < ?::date
                      AND NOT EXISTS (SELECT 1 FROM player_game_stats s WHERE s.game_id = g.id AND s.player_id = ?)
                    """, Integer.class, club, season, teams.stream().map(UUID::toString).toArray(String[]::new),
                    Date.valueOf(period.from()), Date.valueOf(until), playerId);
            missed += n == null ? 0 : n;
        }
        return missed;
    }

    private static Totals totals(List<GameLine> games) {
        int gp = games.size();
        int goals = 0, assists = 0, pm = 0, pim = 0, shots = 0, hits = 0, blocks = 0, fow = 0, fot = 0, toi = 0;
        int goalieGames = 0, saves = 0, against = 0;
        for (GameLine l : games) {
            goals += l.goals();
            assists += l.assists();
            pm += l.plusMinus();
            pim += l.penaltyMinutes();
            shots += l.shots();
            hits += l.hits();
            blocks += l.blocks();
            fow += l.faceoffsWon();
            fot += l.faceoffsTaken();
            toi += l.toiSeconds();
            if (l.goalie()) {
                goalieGames++;
                saves += l.saves();
                against += l.shotsAgainst();
            }
        }
        return new Totals(gp, goals, assists, goals + assists, pm, pim, shots, ratio(goals * 100, shots, 1), hits,
                blocks, fow, fot, ratio(fow * 100, fot, 1), gp == 0 ? 0 : Math.round((float) toi / gp), goalieGames,
                saves, against, ratio(saves, against, 3));
    }

    private static BigDecimal ratio(int numerator, int denominator, int scale) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    private static GameLine line(ResultSet rs) throws SQLException {
        return new GameLine(rs.getObject("game_id", UUID.class), rs.getTimestamp("played_at").toInstant(),
                rs.getString("opponent"), rs.getObject("team_id", UUID.class), rs.getInt("goals"),
                rs.getInt("assists"), rs.getInt("points"), rs.getInt("plus_minus"), rs.getInt("penalty_minutes"),
                rs.getInt("shots"), rs.getInt("hits"), rs.getInt("blocks"), rs.getInt("faceoffs_won"),
                rs.getInt("faceoffs_taken"), rs.getInt("toi_seconds"), rs.getBoolean("goalie"), rs.getInt("saves"),
                rs.getInt("shots_against"));
    }
}
