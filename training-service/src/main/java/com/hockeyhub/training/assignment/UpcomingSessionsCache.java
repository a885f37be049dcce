package com.hockeyhub.training.assignment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTags;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hot read: a player's open assignments in sessions of the next days, cached per player and tagged with them;
 * every change of the player's assignments or of a session they are in evicts the tag.
 */
@Component
class UpcomingSessionsCache {

    static final String CACHE = "player-upcoming-sessions";

    private final JdbcTemplate jdbc;
    private final Duration horizon;
    private final Clock clock = Clock.systemUTC();

    UpcomingSessionsCache(JdbcTemplate jdbc, @Value("${hockeyhub.training.upcoming-days:14}") int days) {
        this.jdbc = jdbc;
        this.horizon = Duration.ofDays(days);
    }

    @Cacheable(cacheNames = CACHE, key = "#playerId", sync = true)
    @CacheTags("#result.tag()")
    @Transactional(readOnly = true)
    public AssignmentViews.Upcoming of(UUID playerId) {
        Instant now = clock.instant();
        return new AssignmentViews.Upcoming(playerId, jdbc.query("""
                SELECT s.id AS session_id, a.id AS assignment_id, s.team_id, s.title, s.session_type, s.starts_at,
                       s.duration_minutes, s.location, s.status, a.load_multiplier
                FROM assignments a JOIN workout_sessions s ON s.id = a.session_id
                WHERE a.player_id = ? AND a.status = 'assigned' AND a.deleted_at IS NULL AND s.deleted_at IS NULL
                  AND s.status IN ('scheduled', 'active')
                  AND s.starts_at + make_interval(mins => s.duration_minutes) > ? AND s.starts_at < ?
                ORDER BY s.starts_at""", (rs, i) -> new AssignmentViews.UpcomingSession(
                rs.getObject("session_id", UUID.class), rs.getObject("assignment_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getString("title"), rs.getString("session_type"),
                rs.getTimestamp("starts_at").toInstant(), rs.getInt("duration_minutes"), rs.getString("location"),
                rs.getString("status"), rs.getBigDecimal("load_multiplier")),
                playerId, Timestamp.from(now), Timestamp.from(now.plus(horizon))));
    }
}
