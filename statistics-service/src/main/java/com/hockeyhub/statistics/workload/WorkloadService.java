package com.hockeyhub.statistics.workload;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.hockeyhub.shared.api.statistics.StatisticsEvents.WorkloadRiskChanged;
import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.statistics.access.StatisticsAccessPolicy;
import com.hockeyhub.statistics.support.CsvWriter;
import com.hockeyhub.statistics.support.DateRange;
import com.hockeyhub.statistics.support.StatisticsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training load and its risk. A completed workout is stored once (unique on the workout and player, insert-or-ignore,
 * so a redelivered or replayed event changes nothing) and the player's acute:chronic ratio is evaluated as of today;
 * when the band differs from the stored one, {@code statistics.workload.risk_changed} is published in the same
 * transaction (outbox) and the new band stored, under a row lock, so a crossing is announced exactly once. The
 * daily re-evaluation ({@link WorkloadRiskJob}) catches bands that change by time passing without training.
 */
@Service
public class WorkloadService {

    private static final Logger log = LoggerFactory.getLogger(WorkloadService.class);
    /** RPE is on the CR-10 scale; a session's load fits NUMERIC(10,2). */
    private static final BigDecimal MAX_RPE = BigDecimal.TEN;
    private static final BigDecimal MAX_LOAD = new BigDecimal("99999999.99");

    private static final String LOADS = """
            SELECT p.player_id,
                   coalesce(sum(e.load) FILTER (WHERE e.load_date > ?::date - 7), 0) AS acute,
                   coalesce(sum(e.load), 0) AS sum28
            FROM unnest(?::uuid[]) AS p(player_id)
            LEFT JOIN workload_entries e ON e.player_id = p.player_id
                 AND e.load_date > ?::date - 28 AND e.load_date <= ?::date
            GROUP BY p.player_id
            """;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final EventPublisher events;
    private final StatisticsAccessPolicy policy;
    private final Roster roster;
    private final StatisticsProperties properties;
    private final Clock clock;

    WorkloadService(JdbcTemplate jdbc, DataSource dataSource, EventPublisher events, StatisticsAccessPolicy policy,
            Roster roster, StatisticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.events = events;
        this.policy = policy;
        this.roster = roster;
        this.properties = properties;
        this.clock = clock;
    }

    /** An entry of a player's workload history. */
    public record Entry(UUID id, LocalDate date, Instant occurredAt, int durationMinutes, BigDecimal rpe,
                        BigDecimal load, String workoutType, UUID sessionId) {
    }

    /** A player's workload: the status as of today and the entries of the range asked for. */
    public record PlayerWorkload(WorkloadStatus status, LocalDate from, LocalDate to, List<Entry> entries) {
    }

    /** A team's players by risk, highest ratio first. */
    public record TeamRisk(UUID teamId, String name, LocalDate asOf, Map<String, Integer> counts,
                           List<WorkloadStatus> players) {
    }

    /**
     * Stores a completed workout once and re-evaluates the player; returns whether it was new. Incomplete payloads
     * are logged and ignored (a retry could not fix them).
     */
    @Transactional
    public boolean ingest(WorkoutCompleted workout, EventEnvelope envelope) {
        UUID organization = workout.organizationId() != null ? workout.organizationId() : envelope.organizationId();
        BigDecimal load = workout.load();
        if (load == null && workout.durationMinutes() != null && workout.rpe() != null) {
            load = workout.rpe().multiply(BigDecimal.valueOf(workout.durationMinutes()));
        }
        if (workout.playerId() == null || organization == null || load == null || load.signum() < 0) {
            log.warn("Ignoring workout event {}: player, club or load missing", envelope.id());
            return false;
        }
        if ((workout.rpe() != null && (workout.rpe().signum() < 0 || workout.rpe().compareTo(MAX_RPE) > 0))
                || load.compareTo(MAX_LOAD) > 0) {
            // the columns would refuse it, and a redelivery cannot fix it: ignore instead of failing every delivery
            log.warn("Ignoring workout event {}: RPE {} or load {} out of range", envelope.id(), workout.rpe(), load);
            return false;
        }
        Instant at = workout.completedAt() != null ? workout.completedAt() : envelope.occurredAt();
        int duration = workout.durationMinutes() == null ? 0 : Math.max(0, Math.min(1440, workout.durationMinutes()));
        int inserted = jdbc.update("""
                INSERT INTO workload_entries (id, organization_id, player_id, source_id, session_id, occurred_at,
                    load_date, duration_minutes, rpe, load, session_type, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT ON CONSTRAINT workload_entries_once DO NOTHING
                """, Uuid7.next(), organization, workout.playerId(),
                workout.executionId() != null ? workout.executionId() : envelope.id(), workout.sessionId(),
                Timestamp.from(at), Date.valueOf(at.atZone(ZoneOffset.UTC).toLocalDate()), duration,
                workout.rpe(), load, workout.workoutType());
        if (inserted == 0) {
            return false;
        }
        evaluate(organization, workout.playerId(), LocalDate.now(clock));
        return true;
    }

    /**
     * The player's band as of {@code asOf}, stored; publishes the crossing when it changed (a player without a
     * stored band starts as low). Returns the status.
     */
    @Transactional
    public WorkloadStatus evaluate(UUID organization, UUID playerId, LocalDate asOf) {
        jdbc.update("""
                INSERT INTO workload_risk (player_id, organization_id, as_of, acute_load, chronic_load, ratio, band,
                                           band_since, updated_at)
                VALUES (?, ?, ?, 0, 0, NULL, 'low', ?, now())
                ON CONFLICT (player_id) DO NOTHING
                """, playerId, organization, Date.valueOf(asOf), Date.valueOf(asOf));
        String previous = jdbc.queryForObject("SELECT band FROM workload_risk WHERE player_id = ? FOR UPDATE",
                String.class, playerId);
        // the loads are read only now, under the player's row lock: a workout committed by a concurrent ingestion
        // (which held the lock) is seen, so the stored band and the published crossing never miss its load
        WorkloadStatus status = statuses(List.of(playerId), asOf).get(0);
        boolean changed = !status.band().value().equals(previous);
        jdbc.update("""
                UPDATE workload_risk SET as_of = ?, acute_load = ?, chronic_load = ?, ratio = ?, band = ?,
                    band_since = CASE WHEN ? THEN ? ELSE band_since END, updated_at = now()
                WHERE player_id = ?
                """, Date.valueOf(asOf), status.acuteLoad(), status.chronicLoad(), status.ratio(),
                status.band().value(), changed, Date.valueOf(asOf), playerId);
        if (changed) {
            events.publish(EventTypes.STATISTICS_WORKLOAD_RISK_CHANGED, organization, new WorkloadRiskChanged(
                    playerId, organization, previous, status.band().value(), status.ratio(), status.acuteLoad(),
                    status.chronicLoad(), asOf));
        }
        return status;
    }

    /**
     * Re-evaluates a batch of players whose band was last evaluated before today (claimed with SKIP LOCKED, so
     * replicas share the work); returns how many.
     */
    @Transactional
    public int reevaluateDue(int batchSize) {
        LocalDate today = LocalDate.now(clock);
        List<UUID[]> due = jdbc.query("""
                SELECT player_id, organization_id FROM workload_risk WHERE as_of < ?
                ORDER BY as_of, player_id LIMIT ? FOR UPDATE SKIP LOCKED
                """, (rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)},
                Date.valueOf(today), batchSize);
        due.forEach(row -> evaluate(row[1], row[0], today));
        return due.size();
    }

    @Transactional(readOnly = true)
    public PlayerWorkload player(CurrentUser user, UUID playerId, LocalDate from, LocalDate to) {
        policy.requirePlayerWorkload(user, playerId);
        LocalDate today = LocalDate.now(clock);
        DateRange range = DateRange.of(from, to, today.minusDays(27), today, properties.maxRangeDays());
        List<Entry> entries = jdbc.query("""
                SELECT id, load_date, occurred_at, duration_minutes, rpe, load, session_type, session_id
                FROM workload_entries WHERE organization_id = ? AND player_id = ? AND load_date BETWEEN ? AND ?
                ORDER BY occurred_at, id
                """, (rs, i) -> new Entry(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
                rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                rs.getString(7), rs.getObject(8, UUID.class)), user.organizationId(), playerId,
                Date.valueOf(range.from()), Date.valueOf(range.to()));
        return new PlayerWorkload(statuses(List.of(playerId), today).get(0), range.from(), range.to(), entries);
    }

    /** The player's entries of the range as CSV, streamed from a cursor. */
    @Transactional(readOnly = true)
    public void exportCsv(CurrentUser user, UUID playerId, LocalDate from, LocalDate to, Supplier<CsvWriter> target) {
        policy.requirePlayerWorkload(user, playerId);
        LocalDate today = LocalDate.now(clock);
        DateRange range = DateRange.of(from, to, today.minusDays(27), today, properties.maxRangeDays());
        CsvWriter out = target.get();
        out.row("date", "occurred_at", "duration_minutes", "rpe", "load", "workout_type", "session_id");
        streaming.query("""
                SELECT load_date, occurred_at, duration_minutes, rpe, load, session_type, session_id
                FROM workload_entries WHERE organization_id = ? AND player_id = ? AND load_date BETWEEN ? AND ?
                ORDER BY occurred_at, id
                """, rs -> {
            out.row(rs.getDate(1).toLocalDate(), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getBigDecimal(4),
                    rs.getBigDecimal(5), rs.getString(6), rs.getObject(7, UUID.class));
        }, user.organizationId(), playerId, Date.valueOf(range.from()), Date.valueOf(range.to()));
        out.flush();
    }

    @Transactional(readOnly = true)
    public TeamRisk team(CurrentUser user, UUID teamId) {
        RosterTeam team = policy.requireTeamWorkload(user, teamId);
        LocalDate today = LocalDate.now(clock);
        List<UUID> players = roster.players(teamId).stream().map(RosterMember::userId).toList();
        List<WorkloadStatus> statuses = new ArrayList<>(statuses(players, today));
        statuses.sort((a, b) -> {
            if (a.ratio() == null || b.ratio() == null) {
                return a.ratio() == null ? (b.ratio() == null ? 0 : 1) : -1;
            }
            return b.ratio().compareTo(a.ratio());
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RiskBand band : RiskBand.values()) {
            counts.put(band.value(), 0);
        }
        statuses.forEach(s -> counts.merge(s.band().value(), 1, Integer::sum));
        return new TeamRisk(teamId, team.name(), today, counts, statuses);
    }

    private List<WorkloadStatus> statuses(List<UUID> players, LocalDate asOf) {
        if (players.isEmpty()) {
            return List.of();
        }
        Map<UUID, WorkloadStatus> byPlayer = new HashMap<>();
        jdbc.query(LOADS, rs -> {
            UUID player = rs.getObject(1, UUID.class);
            byPlayer.put(player, WorkloadStatus.of(player, name(player), asOf, rs.getBigDecimal(2),
                    rs.getBigDecimal(3)));
        }, Date.valueOf(asOf), players.stream().map(UUID::toString).toArray(String[]::new), Date.valueOf(asOf),
                Date.valueOf(asOf));
        return players.stream().map(byPlayer::get).toList();
    }

    private String name(UUID playerId) {
        return roster.person(playerId).map(p -> ((p.firstName() == null ? "" : p.firstName()) + " "
                + (p.lastName() == null ? "" : p.lastName())).trim()).orElse(null);
    }
}
