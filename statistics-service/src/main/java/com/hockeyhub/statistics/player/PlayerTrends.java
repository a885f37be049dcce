package com.hockeyhub.statistics.player;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTags;
import com.hockeyhub.shared.web.RenderedJson;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A player's rolling averages over a season. The JSON answer is cached per club, player, season and window, rendered
 * once ({@link RenderedJson}), and tagged with the player: recording, correcting or deleting a game evicts the trends
 * of every player with a line in it (GameService) after its commit, so a trend is never older than the player's last
 * recorded game. The access check runs before, in {@link PlayerStatsService}, on every request. A near cache by
 * default ({@code STATISTICS_NEAR_CACHES}): a season's trend is ~25 kB of JSON, and decoding the typed value from
 * Redis, then writing it again, were three quarters of a cached read's CPU (docs/performance.md). One SELECT, so no
 * transaction.
 */
@Component
class PlayerTrends {

    /**
     * The answers' cache (it was "trends", holding the PlayerTrend itself). A new name keeps the two builds of a
     * rolling deploy from replacing each other's entries; a value of the old type under this name would be a miss
     * anyway (shared-lib's type-checked caches), not a failed cast.
     */
    static final String TRENDS = "trend-answers";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    PlayerTrends(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The trend as the JSON answer, from the cache. */
    @Cacheable(cacheNames = TRENDS, key = "#organizationId + ':' + #playerId + ':' + #season + ':' + #window",
            sync = true)
    @CacheTags("T(com.hockeyhub.shared.cache.CacheTag).user(#playerId)")
    public RenderedJson json(UUID organizationId, UUID playerId, String season, int window) {
        return RenderedJson.of(json, trend(organizationId, playerId, season, window));
    }

    /** The trend itself, queried (the CSV export). */
    public PlayerTrend trend(UUID organizationId, UUID playerId, String season, int window) {
        String sql = """
                SELECT game_id, played_at, goals, assists, points, shots, plus_minus, toi_seconds,
                       round(avg(goals) OVER w, 2) AS avg_goals, round(avg(points) OVER w, 2) AS avg_points,
                       round(avg(shots) OVER w, 2) AS avg_shots, round(avg(plus_minus) OVER w, 2) AS avg_pm,
                       round(avg(toi_seconds) OVER w, 0) AS avg_toi
                FROM player_game_stats
                WHERE organization_id = ? AND player_id = ? AND season = ?
                WINDOW w AS (ORDER BY played_at, game_id ROWS BETWEEN %d PRECEDING AND CURRENT ROW)
                ORDER BY played_at, game_id
                """.formatted(window - 1);
        List<PlayerTrend.Point> points = jdbc.query(sql, (rs, i) -> new PlayerTrend.Point(
                rs.getObject("game_id", UUID.class), rs.getTimestamp("played_at").toInstant(), rs.getInt("goals"),
                rs.getInt("assists"), rs.getInt("points"), rs.getInt("shots"), rs.getInt("plus_minus"),
                rs.getInt("toi_seconds"), rs.getBigDecimal("avg_goals"), rs.getBigDecimal("avg_points"),
                rs.getBigDecimal("avg_shots"), rs.getBigDecimal("avg_pm"), rs.getBigDecimal("avg_toi")),
                organizationId, playerId, season);
        return new PlayerTrend(playerId, season, window, List.copyOf(points));
    }
}
