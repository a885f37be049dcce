package com.hockeyhub.training.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whom a session was given to through its team: the whole team ({@value #WHOLE_TEAM}) or position groups. A player
 * who joins the team gets the upcoming sessions whose audience includes them.
 */
@Component
class SessionAudiences {

    static final String WHOLE_TEAM = "*";

    private final JdbcTemplate jdbc;

    SessionAudiences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The session was given to the team ({@code position} null) or to one of its position groups. */
    void add(UUID organizationId, UUID sessionId, String position) {
        jdbc.update("INSERT INTO session_audiences (session_id, organization_id, position) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", sessionId, organizationId, key(position));
    }

    /**
     * The team's scheduled sessions that have not begun by {@code now} and were given to the whole team or to the
     * player's position group, in time order.
     */
    List<UUID> upcomingFor(UUID organizationId, UUID teamId, String position, Instant now) {
        return jdbc.queryForList("""
                SELECT s.id FROM workout_sessions s
                WHERE s.organization_id = ? AND s.team_id = ? AND s.status = 'scheduled' AND s.deleted_at IS NULL
                  AND s.starts_at > ?
                  AND EXISTS (SELECT 1 FROM session_audiences a WHERE a.session_id = s.id AND a.position IN (?, ?))
                ORDER BY s.starts_at""", UUID.class, organizationId, teamId, Timestamp.from(now), WHOLE_TEAM,
                key(position));
    }

    /** The team's scheduled sessions that have not begun by {@code now} (whoever they were given to). */
    List<UUID> upcomingOf(UUID organizationId, UUID teamId, Instant now) {
        return jdbc.queryForList("SELECT id FROM workout_sessions WHERE organization_id = ? AND team_id = ? "
                + "AND status = 'scheduled' AND deleted_at IS NULL AND starts_at > ?", UUID.class, organizationId,
                teamId, Timestamp.from(now));
    }

    private static String key(String position) {
        return position == null || position.isBlank() ? WHOLE_TEAM : position.trim().toLowerCase(Locale.ROOT);
    }
}
