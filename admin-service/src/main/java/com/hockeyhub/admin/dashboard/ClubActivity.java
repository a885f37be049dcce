package com.hockeyhub.admin.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** A club's people and activity for its dashboard (the roster projection and the audit trail). */
@Service
class ClubActivity {

    record Stats(int activeUsers, int teams, Map<String, Long> eventsByType) {
    }

    private final JdbcTemplate jdbc;

    ClubActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Stats of(UUID club, Instant since) {
        Integer users = jdbc.queryForObject("SELECT count(*) FROM hockeyhub_roster_person WHERE organization_id = ? "
                + "AND active", Integer.class, club);
        Integer teams = jdbc.queryForObject("SELECT count(*) FROM hockeyhub_roster_team WHERE organization_id = ?",
                Integer.class, club);
        Map<String, Long> byType = new LinkedHashMap<>();
        jdbc.query("SELECT event_type, count(*) FROM audit_events WHERE organization_id = ? AND occurred_at >= ? "
                + "GROUP BY event_type ORDER BY count(*) DESC, event_type LIMIT 20", rs -> {
                    byType.put(rs.getString(1), rs.getLong(2));
                }, club, Timestamp.from(since));
        return new Stats(users == null ? 0 : users, teams == null ? 0 : teams, byType);
    }
}
