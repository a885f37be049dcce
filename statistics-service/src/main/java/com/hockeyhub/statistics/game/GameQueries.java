package com.hockeyhub.statistics.game;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.Paging;
import com.hockeyhub.statistics.access.StatisticsAccessPolicy;
import com.hockeyhub.statistics.support.CsvWriter;
import com.hockeyhub.statistics.support.DateRange;
import com.hockeyhub.statistics.support.Seasons;
import com.hockeyhub.statistics.support.StatisticsProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The club's games of a season (optionally one division, one of its teams, a date range): pages and CSV. */
@Service
public class GameQueries {

    private static final String FROM = """
            FROM games g
            JOIN division_teams h ON h.id = g.home_team_id
            JOIN division_teams a ON a.id = g.away_team_id
            WHERE g.organization_id = ? AND g.deleted_at IS NULL AND g.season = ?
              AND (?::uuid IS NULL OR g.division_id = ?::uuid)
              AND (?::uuid IS NULL OR h.team_id = ?::uuid OR a.team_id = ?::uuid)
              AND g.played_at >= ? AND g.played_at < ?
            """;
    private static final String COLUMNS = """
            SELECT g.id, g.division_id, g.season, g.played_at, h.name AS home, h.team_id AS home_team, g.home_score,
                   a.name AS away, a.team_id AS away_team, g.away_score, g.decision
            """;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final StatisticsAccessPolicy policy;
    private final StatisticsProperties properties;
    private final Clock clock;

    GameQueries(JdbcTemplate jdbc, DataSource dataSource, StatisticsAccessPolicy policy,
            StatisticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.policy = policy;
        this.properties = properties;
        this.clock = clock;
    }

    /** What to list. */
    public record Filter(String season, UUID divisionId, UUID teamId, LocalDate from,
                         LocalDate to) {
    }

    @Transactional(readOnly = true)
    public PageResponse<GameSummary> page(CurrentUser user, Filter filter, Integer page, Integer size) {
        UUID club = policy.requireClub(user);
        requireKnown(user, club, filter);
        Object[] args = args(club, filter);
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? Paging.DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            throw new InvalidRequestException("page", "must not be negative");
        }
        if (pageSize < 1 || pageSize > Paging.MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + Paging.MAX_SIZE);
        }
        Long total = jdbc.queryForObject("SELECT count(*) " + FROM, Long.class, args);
        Object[] paged = Arrays.copyOf(args, args.length + 2);
        paged[args.length] = pageSize;
        paged[args.length + 1] = (long) pageNumber * pageSize;
        List<GameSummary> content = jdbc.query(COLUMNS + FROM + " ORDER BY g.played_at DESC, g.id LIMIT ? OFFSET ?",
                (rs, i) -> summary(rs), paged);
        long count = total == null ? 0 : total;
        return new PageResponse<>(content, pageNumber, pageSize, count, (int) ((count + pageSize - 1) / pageSize));
    }

    /** Every matching game as CSV rows, streamed from a cursor (constant memory for a whole season). */
    @Transactional(readOnly = true)
    public void exportCsv(CurrentUser user, Filter filter, Supplier<CsvWriter> target) {
        UUID club = policy.requireClub(user);
        requireKnown(user, club, filter);
        Object[] args = args(club, filter);
        CsvWriter out = target.get();
        out.row("game_id", "division_id", "season", "played_at", "home", "home_team_id", "home_score", "away",
                "away_team_id", "away_score", "decision");
        streaming.query(COLUMNS + FROM + " ORDER BY g.played_at, g.id", rs -> {
            GameSummary g = summary(rs);
            out.row(g.id(), g.divisionId(), g.season(), g.playedAt(), g.home(), g.homeTeamId(), g.homeScore(),
                    g.away(), g.awayTeamId(), g.awayScore(), g.decision());
        }, args);
        out.flush();
    }

    /**
     * A filter naming another club's division or team is a division or team missing (404), not an empty page: the
     * division must be the club's; the team the club's own or one its divisions play (an opponent's).
     */
    private void requireKnown(CurrentUser user, UUID club, Filter filter) {
        if (filter.divisionId() != null && !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM "
                + "divisions WHERE id = ? AND organization_id = ? AND deleted_at IS NULL)", Boolean.class,
                filter.divisionId(), club))) {
            throw new NotFoundException("Division", filter.divisionId());
        }
        if (filter.teamId() != null && !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM "
                + "division_teams WHERE team_id = ? AND organization_id = ? AND deleted_at IS NULL)", Boolean.class,
                filter.teamId(), club))) {
            policy.requireTeam(user, filter.teamId());
        }
    }

    private Object[] args(UUID club, Filter filter) {
        String season = filter.season() == null ? Seasons.current(clock)
                : Seasons.require("season", filter.season(), clock);
        DateRange range = DateRange.of(filter.from(), filter.to(), Seasons.firstDay(season), Seasons.lastDay(season),
                properties.maxRangeDays());
        return new Object[] {club, season, filter.divisionId(), filter.divisionId(), filter.teamId(), filter.teamId(),
                filter.teamId(), Timestamp.from(range.startInstant()), Timestamp.from(range.endInstant())};
    }

    private static GameSummary summary(ResultSet rs) throws SQLException {
        return new GameSummary(rs.getObject("id", UUID.class), rs.getObject("division_id", UUID.class),
                rs.getString("season"), rs.getTimestamp("played_at").toInstant(), rs.getString("home"),
                rs.getObject("home_team", UUID.class), rs.getInt("home_score"), rs.getString("away"),
                rs.getObject("away_team", UUID.class), rs.getInt("away_score"), rs.getString("decision"));
    }
}
