package com.hockeyhub.admin.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.admin.health.HealthHistory;
import com.hockeyhub.admin.health.SuiteHealth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The platform at a glance (super admins): every club with its recent activity, the newest stored health round, and
 * the rate of the suite's events as the audit trail records them (per source service), and the sagas' outcomes.
 */
@Service
class PlatformDashboard {

    record ActiveClub(UUID organizationId, long eventsLast7Days, Instant lastEventAt) {
    }

    record EventRates(long lastHour, long last24Hours, double perMinuteLastHour, Map<String, Long> bySourceLast24Hours,
                      Map<String, Long> topTypesLast24Hours) {
    }

    record View(int clubs, List<ActiveClub> mostActiveClubs, SuiteHealth.Status health, EventRates events,
                SagaOutcomes.Outcomes sagas) {
    }

    private static final int TOP = 20;

    private final JdbcTemplate jdbc;
    private final HealthHistory health;
    private final SagaOutcomes sagas;

    PlatformDashboard(JdbcTemplate jdbc, HealthHistory health, SagaOutcomes sagas) {
        this.jdbc = jdbc;
        this.health = health;
        this.sagas = sagas;
    }

    View view(Instant now, String authorization) {
        Integer clubs = jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT organization_id FROM hockeyhub_roster_team
                      UNION SELECT organization_id FROM club_settings WHERE deleted_at IS NULL
                      UNION SELECT organization_id FROM audit_events WHERE organization_id IS NOT NULL
                        AND occurred_at >= ?) c""", Integer.class, ts(now.minus(Duration.ofDays(30))));
        List<ActiveClub> active = jdbc.query("""
                SELECT organization_id, count(*), max(occurred_at) FROM audit_events
                WHERE organization_id IS NOT NULL AND occurred_at >= ?
                GROUP BY organization_id ORDER BY count(*) DESC, organization_id LIMIT ?""",
                (rs, i) -> new ActiveClub(rs.getObject(1, UUID.class), rs.getLong(2), rs.getTimestamp(3).toInstant()),
                ts(now.minus(Duration.ofDays(7))), TOP);
        long lastHour = count("SELECT count(*) FROM audit_events WHERE occurred_at >= ?", now.minus(Duration.ofHours(1)));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        long lastDay = count("SELECT count(*) FROM audit_events WHERE occurred_at >= ?", dayAgo);
        return new View(clubs == null ? 0 : clubs, active, health.latest(), new EventRates(lastHour, lastDay,
                Math.round(lastHour / 60.0 * 100) / 100.0,
                grouped("SELECT source, count(*) FROM audit_events WHERE occurred_at >= ? GROUP BY source "
                        + "ORDER BY count(*) DESC, source LIMIT " + TOP, dayAgo),
                grouped("SELECT event_type, count(*) FROM audit_events WHERE occurred_at >= ? GROUP BY event_type "
                        + "ORDER BY count(*) DESC, event_type LIMIT " + TOP, dayAgo)), sagas.collect(authorization));
    }

    private long count(String sql, Instant since) {
        Long n = jdbc.queryForObject(sql, Long.class, ts(since));
        return n == null ? 0 : n;
    }

    private Map<String, Long> grouped(String sql, Instant since) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            result.put(rs.getString(1), rs.getLong(2));
        }, ts(since));
        return result;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
