package com.hockeyhub.admin.health;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The stored health rounds ({@code health_snapshots}): written by {@link HealthPoller}, read for history. */
@Component
public class HealthSnapshots {

    /** One service's samples within one time bucket. */
    public record Bucket(String service, Instant start, int samples, int avgScore, int minScore, int avgMillis,
                         int failures) {
    }

    private final JdbcTemplate jdbc;

    HealthSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean roundExists(Instant slot, Collection<String> services) {
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM health_snapshots WHERE slot = ? "
                + "AND service = ANY (?))", Boolean.class, Timestamp.from(slot), services.toArray(String[]::new));
        return Boolean.TRUE.equals(exists);
    }

    void insert(Instant slot, List<SuiteHealth.ServiceHealth> services, Instant checkedAt) {
        for (SuiteHealth.ServiceHealth s : services) {
            String error = s.error() == null ? null : s.error().substring(0, Math.min(500, s.error().length()));
            jdbc.update("INSERT INTO health_snapshots (slot, service, status, score, response_ms, components, error, "
                    + "checked_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (slot, service) DO NOTHING",
                    Timestamp.from(slot), s.name(), s.status().substring(0, Math.min(30, s.status().length())),
                    s.score(), (int) Math.min(Integer.MAX_VALUE, s.millis()),
                    JsonMapper.shared().writeValueAsString(s.components()), error, Timestamp.from(checkedAt));
        }
    }

    /** Per service: the share of its last {@code rounds} stored rounds before {@code before} that failed. */
    Map<String, Double> errorRates(Collection<String> services, int rounds, Instant before) {
        Map<String, Double> rates = new HashMap<>();
        jdbc.query("""
                SELECT service, avg(CASE WHEN status IN ('UP', 'DEGRADED') THEN 0.0 ELSE 1.0 END)
                FROM (SELECT service, status, row_number() OVER (PARTITION BY service ORDER BY slot DESC) AS n
                      FROM health_snapshots WHERE service = ANY (?) AND slot < ?) recent
                WHERE n <= ? GROUP BY service""",
                rs -> {
                    rates.put(rs.getString(1), rs.getDouble(2));
                }, services.toArray(String[]::new), Timestamp.from(before), rounds);
        return rates;
    }

    Map<String, Double> errorRates(Collection<String> services, int rounds) {
        return errorRates(services, rounds, Instant.now().plusSeconds(1));
    }

    /** Each service's newest stored answer. */
    List<SuiteHealth.ServiceHealth> latest(Collection<String> services) {
        return jdbc.query("""
                SELECT DISTINCT ON (service) service, status, score, response_ms, components::text, error
                FROM health_snapshots WHERE service = ANY (?) ORDER BY service, slot DESC""",
                (rs, i) -> new SuiteHealth.ServiceHealth(rs.getString(1), null, rs.getString(2), rs.getInt(3),
                        rs.getLong(4), components(rs.getString(5)), rs.getString(6)),
                (Object) services.toArray(String[]::new));
    }

    Instant latestSlot(Collection<String> services) {
        Timestamp slot = jdbc.queryForObject("SELECT max(slot) FROM health_snapshots WHERE service = ANY (?)",
                Timestamp.class, (Object) services.toArray(String[]::new));
        return slot == null ? null : slot.toInstant();
    }

    /** The samples of [from, to) per service (or of one) grouped into buckets aligned on the epoch. */
    List<Bucket> buckets(Collection<String> services, Instant from, Instant to, Duration bucket) {
        return jdbc.query("""
                SELECT service, date_bin(make_interval(secs => ?), slot, TIMESTAMPTZ '1970-01-01 00:00:00+00') AS b,
                       count(*), round(avg(score)), min(score), round(avg(response_ms)),
                       count(*) FILTER (WHERE status NOT IN ('UP', 'DEGRADED'))
                FROM health_snapshots WHERE service = ANY (?) AND slot >= ? AND slot < ?
                GROUP BY service, b ORDER BY service, b""",
                (rs, i) -> new Bucket(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7)),
                (double) bucket.toSeconds(), services.toArray(String[]::new), Timestamp.from(from), Timestamp.from(to));
    }

    int purge(Instant before) {
        return jdbc.update("DELETE FROM health_snapshots WHERE slot < ?", Timestamp.from(before));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> components(String json) {
        return json == null ? Map.of() : new java.util.TreeMap<>(JsonMapper.shared().readValue(json, Map.class));
    }
}
