package com.hockeyhub.training.assignment;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.training.session.WorkoutSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A player is in one session at a time: their open assignments in other sessions of the club (scheduled or active)
 * whose time overlaps the session's, one query for the whole batch.
 */
@Component
class TimeConflicts {

    /** The session a player is already given at that time. */
    record Busy(UUID sessionId, String title) {
    }

    private final JdbcTemplate jdbc;

    TimeConflicts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Of the players, those given another session overlapping {@code session} (half-open: back to back is fine). */
    Map<UUID, Busy> of(WorkoutSession session, Collection<UUID> players) {
        Map<UUID, Busy> busy = new HashMap<>();
        if (players.isEmpty()) {
            return busy;
        }
        Timestamp start = Timestamp.from(session.getStartsAt());
        Timestamp end = Timestamp.from(session.getStartsAt().plusSeconds(60L * session.getDurationMinutes()));
        jdbc.query("""
                SELECT a.player_id, s.id, s.title FROM assignments a JOIN workout_sessions s ON s.id = a.session_id
                WHERE a.organization_id = ? AND a.player_id = ANY (?) AND a.status = 'assigned'
                  AND a.deleted_at IS NULL AND s.deleted_at IS NULL AND s.id <> ?
                  AND s.status IN ('scheduled', 'active')
                  AND s.starts_at < ? AND s.starts_at + make_interval(mins => s.duration_minutes) > ?
                ORDER BY s.starts_at""", rs -> {
            busy.putIfAbsent(rs.getObject(1, UUID.class), new Busy(rs.getObject(2, UUID.class), rs.getString(3)));
        }, session.getOrganizationId(), players.toArray(UUID[]::new), session.getId(), end, start);
        return busy;
    }
}
