package com.hockeyhub.statistics.standings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTags;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterPerson;
import com.hockeyhub.statistics.standings.Standings.DivisionStandings;
import com.hockeyhub.statistics.standings.Standings.Row;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the standings and season-total views. The entries are cached per club, season and division (or stat)
 * and tagged with the club, whose tag the view refresh invalidates: a reader never waits for a refresh and never
 * triggers a computation over the games.
 */
@Service
public class StandingsCache {

    public static final String STANDINGS = "standings";
    public static final String LEADERBOARDS = "leaderboards";

    private static final String STANDINGS_SQL = """
            SELECT s.division_id, d.name AS division_name, d.ties_allowed, s.division_team_id, s.team_name, s.team_id,
                   s.games_played, s.wins, s.losses, s.overtime_losses, s.ties, s.points, s.goals_for,
                   s.goals_against
            FROM standings_mv s JOIN divisions d ON d.id = s.division_id
            WHERE s.organization_id = ? AND s.season = ? AND (?::uuid IS NULL OR s.division_id = ?::uuid)
            ORDER BY d.name, s.division_id, s.points DESC, s.goals_for - s.goals_against DESC, s.goals_for DESC,
                     lower(s.team_name)
            """;

    private final JdbcTemplate jdbc;
    private final Roster roster;

    StandingsCache(JdbcTemplate jdbc, Roster roster) {
        this.jdbc = jdbc;
        this.roster = roster;
    }

    @Cacheable(cacheNames = STANDINGS, key = "#organizationId + ':' + #season + ':' + #divisionId", sync = true)
    @CacheTags("#result.tag()")
    @Transactional(readOnly = true)
    public Standings standings(UUID organizationId, String season, UUID divisionId) {
        Map<UUID, DivisionStandings> divisions = new LinkedHashMap<>();
        Map<UUID, List<Row>> rows = new LinkedHashMap<>();
        jdbc.query(STANDINGS_SQL, rs -> {
            UUID division = rs.getObject("division_id", UUID.class);
            List<Row> list = rows.computeIfAbsent(division, d -> new ArrayList<>());
            if (!divisions.containsKey(division)) {
                divisions.put(division, new DivisionStandings(division, rs.getString("division_name"),
                        rs.getBoolean("ties_allowed"), list));
            }
            int goalsFor = rs.getInt("goals_for");
            int goalsAgainst = rs.getInt("goals_against");
            list.add(new Row(list.size() + 1, rs.getObject("division_team_id", UUID.class), rs.getString("team_name"),
                    rs.getObject("team_id", UUID.class), rs.getInt("games_played"), rs.getInt("wins"),
                    rs.getInt("losses"), rs.getInt("overtime_losses"), rs.getInt("ties"), rs.getInt("points"),
                    goalsFor, goalsAgainst, goalsFor - goalsAgainst));
        }, organizationId, season, divisionId, divisionId);
        return new Standings(organizationId, season, List.copyOf(divisions.values()));
    }

    @Cacheable(cacheNames = LEADERBOARDS, key = "#organizationId + ':' + #season + ':' + #stat + ':' + #minGames "
            + "+ ':' + #limit", sync = true)
    @CacheTags("#result.tag()")
    @Transactional(readOnly = true)
    public Leaderboard leaderboard(UUID organizationId, String season, LeaderboardStat stat, int minGames, int limit) {
        String games = stat.goalies() ? "sum(goalie_games)" : "sum(games_played)";
        String sql = """
                SELECT rank() OVER (ORDER BY %1$s DESC) AS rank, player_id, sum(games_played) AS gp, sum(goals) AS g,
                       sum(assists) AS a, sum(points) AS p, sum(plus_minus) AS pm, sum(goalie_games) AS gg,
                       sum(saves) AS sv, sum(shots_against) AS sa, %1$s AS value
                FROM player_season_stats_mv
                WHERE organization_id = ? AND season = ?
                GROUP BY player_id
                HAVING %2$s >= ? %3$s
                ORDER BY %1$s DESC, %2$s ASC, player_id
                LIMIT ?
                """.formatted(stat.expression(), games, stat.goalies() ? "AND sum(shots_against) > 0" : "");
        List<Leaderboard.Row> rows = jdbc.query(sql, (rs, i) -> {
            UUID player = rs.getObject("player_id", UUID.class);
            return new Leaderboard.Row(rs.getInt("rank"), player, nameOf(player), rs.getInt("gp"), rs.getInt("g"),
                    rs.getInt("a"), rs.getInt("p"), rs.getInt("pm"), rs.getInt("gg"), rs.getInt("sv"),
                    rs.getInt("sa"), rs.getBigDecimal("value"));
        }, organizationId, season, minGames, limit);
        return new Leaderboard(organizationId, season, stat, minGames, rows);
    }

    /** Not cached: one team's rows of both views, read by index. */
    @Transactional(readOnly = true)
    public TeamSeasonStats teamSeason(UUID organizationId, UUID teamId, String name, String season) {
        int[] record = new int[8];
        jdbc.query("""
                SELECT coalesce(sum(games_played), 0), coalesce(sum(wins), 0), coalesce(sum(losses), 0),
                       coalesce(sum(overtime_losses), 0), coalesce(sum(ties), 0), coalesce(sum(points), 0),
                       coalesce(sum(goals_for), 0), coalesce(sum(goals_against), 0)
                FROM standings_mv WHERE organization_id = ? AND season = ? AND team_id = ?
                """, rs -> {
            for (int i = 0; i < record.length; i++) {
                record[i] = rs.getInt(i + 1);
            }
        }, organizationId, season, teamId);
        List<TeamSeasonStats.PlayerTotals> players = jdbc.query("""
                SELECT player_id, games_played, goals, assists, points, plus_minus, penalty_minutes, shots, hits,
                       blocks, goalie_games, saves, shots_against
                FROM player_season_stats_mv WHERE organization_id = ? AND season = ? AND team_id = ?
                ORDER BY points DESC, goals DESC, player_id
                """, (rs, i) -> {
            UUID player = rs.getObject(1, UUID.class);
            return new TeamSeasonStats.PlayerTotals(player, nameOf(player), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                    rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                    rs.getInt(11), rs.getInt(12), rs.getInt(13));
        }, organizationId, season, teamId);
        return new TeamSeasonStats(teamId, name, season, record[0], record[1], record[2], record[3], record[4],
                record[5], record[6], record[7], players);
    }

    private String nameOf(UUID playerId) {
        return roster.person(playerId).map(StandingsCache::fullName).orElse(null);
    }

    static String fullName(RosterPerson person) {
        String first = person.firstName() == null ? "" : person.firstName();
        String last = person.lastName() == null ? "" : person.lastName();
        return (first + " " + last).trim();
    }
}
