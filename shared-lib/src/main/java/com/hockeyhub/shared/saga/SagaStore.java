package com.hockeyhub.shared.saga;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's reads and writes of {@code saga_instance} and {@code saga_step_log}, in plain JDBC (the hot path:
 * one statement per step). Every write checks the version the engine holds, so an engine that lost its lease can
 * never overwrite the state written by the instance that took over; it participates in the caller's transaction,
 * which is how a local step's effects and the saga state commit together.
 */
public class SagaStore {

    static final int MAX_ERROR_LENGTH = 2000;
    private static final String ACTIVE = "('STARTED', 'RUNNING', 'COMPENSATING')";

    private final JdbcTemplate jdbc;

    public SagaStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of {@code saga_instance} as the engine sees it. */
    public record SagaRow(UUID id, String type, int definitionVersion, SagaStatus status, int currentStep, String data,
                          UUID organizationId, int attempts, String lastError, Instant deadline, String lockedBy,
                          Instant createdAt, long version) {
    }

    /** One attempt for {@code saga_step_log}. */
    public record StepLogEntry(int stepIndex, String stepName, StepDirection direction, StepOutcome status, int attempt,
                               String error, Instant startedAt, Instant finishedAt) {
    }

    /** The state to write; {@code finishedAt} only for terminal statuses. */
    public record Change(SagaStatus status, int currentStep, String data, int attempts, String lastError,
                         Instant deadline, String lockedBy, Instant now, Instant finishedAt) {
    }

    /** A saga claimed by the recovery job: the version this instance now holds. */
    public record Claim(UUID id, long version) {
    }

    public void insert(SagaRow row) {
        jdbc.update("""
                INSERT INTO saga_instance (id, saga_type, definition_version, status, current_step, data, organization_id,
                    attempts, last_error, deadline, locked_by, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.id(), row.type(), row.definitionVersion(), row.status().name(), row.currentStep(), row.data(),
                row.organizationId(), row.attempts(), truncate(row.lastError()), ts(row.deadline()), row.lockedBy(),
                ts(row.createdAt()), ts(row.createdAt()), row.version());
    }

    public Optional<SagaRow> load(UUID id) {
        return jdbc.query("""
                SELECT id, saga_type, definition_version, status, current_step, data::text AS data, organization_id,
                       attempts, last_error, deadline, locked_by, created_at, version
                FROM saga_instance WHERE id = ?""", SagaStore::row, id).stream().findFirst();
    }

    /**
     * Writes the new state if the row is still at {@code expectedVersion}, with an optional step log entry in the
     * same statement; returns the new version.
     *
     * @throws SagaOwnershipLostException when another instance changed the row in the meantime
     */
    public long update(UUID id, long expectedVersion, Change change, StepLogEntry log) {
        int rows;
        Object[] state = {change.status().name(), change.currentStep(), change.data(), change.attempts(),
                truncate(change.lastError()), ts(change.deadline()), change.lockedBy(), ts(change.now()),
                ts(change.finishedAt()), id, expectedVersion};
        String updateSql = """
                UPDATE saga_instance SET status = ?, current_step = ?, data = COALESCE(?::jsonb, data), attempts = ?,
                    last_error = ?, deadline = ?, locked_by = ?, updated_at = ?, finished_at = ?, version = version + 1
                WHERE id = ? AND version = ?""";
        if (log == null) {
            rows = jdbc.update(updateSql, state);
        } else {
            Object[] args = new Object[state.length + 8];
            System.arraycopy(state, 0, args, 0, state.length);
            args[state.length] = log.stepIndex();
            args[state.length + 1] = log.stepName();
            args[state.length + 2] = log.direction().name();
            args[state.length + 3] = log.status().name();
            args[state.length + 4] = log.attempt();
            args[state.length + 5] = truncate(log.error());
            args[state.length + 6] = ts(log.startedAt());
            args[state.length + 7] = ts(log.finishedAt());
            rows = jdbc.update("WITH u AS (" + updateSql + " RETURNING id) "
                    + "INSERT INTO saga_step_log (saga_id, step_index, step_name, direction, status, attempt, error, "
                    + "started_at, finished_at) SELECT u.id, ?, ?, ?, ?, ?, ?, ?, ? FROM u", args);
        }
        if (rows != 1) {
            throw new SagaOwnershipLostException(id);
        }
        return expectedVersion + 1;
    }

    /**
     * Claims up to {@code limit} unfinished sagas of the given types whose deadline has passed, skipping rows another
     * transaction holds ({@code FOR UPDATE SKIP LOCKED}), and takes them over: new deadline, owner, version.
     */
    public List<Claim> claimDue(Instant now, List<String> types, int limit, Instant leaseUntil, String owner) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                WITH due AS (
                    SELECT id FROM saga_instance
                    WHERE status IN\s""" + ACTIVE + """
                      AND deadline <= ? AND saga_type = ANY (?)
                    ORDER BY deadline
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED)
                UPDATE saga_instance s SET deadline = ?, locked_by = ?, updated_at = ?, version = s.version + 1
                FROM due WHERE s.id = due.id
                RETURNING s.id, s.version""",
                (rs, n) -> new Claim(rs.getObject(1, UUID.class), rs.getLong(2)),
                ts(now), types.toArray(String[]::new), limit, ts(leaseUntil), owner, ts(now));
    }

    /**
     * Puts a FAILED saga back into compensation, owned by {@code owner} until {@code leaseUntil}; returns the new
     * version, or empty when the saga is not FAILED (any more).
     */
    public Optional<Long> reopenFailed(UUID id, Instant now, Instant leaseUntil, String owner) {
        return jdbc.query("""
                UPDATE saga_instance SET status = 'COMPENSATING', attempts = 0, finished_at = NULL, deadline = ?,
                    locked_by = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND status = 'FAILED'
                RETURNING version""", (rs, n) -> rs.getLong(1), ts(leaseUntil), owner, ts(now), id).stream().findFirst();
    }

    /** Deletes up to {@code limit} sagas in the given terminal statuses that finished before {@code before}. */
    public int purgeFinished(List<SagaStatus> statuses, Instant before, int limit) {
        String in = String.join(", ", statuses.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.update("""
                DELETE FROM saga_instance WHERE id IN (
                    SELECT id FROM saga_instance WHERE finished_at < ? AND status IN (""" + in + """
                ) LIMIT ? FOR UPDATE SKIP LOCKED)""", ts(before), limit);
    }

    static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SagaRow row(ResultSet rs, int n) throws SQLException {
        return new SagaRow(rs.getObject("id", UUID.class), rs.getString("saga_type"), rs.getInt("definition_version"),
                SagaStatus.valueOf(rs.getString("status")), rs.getInt("current_step"), rs.getString("data"),
                rs.getObject("organization_id", UUID.class), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "deadline"), rs.getString("locked_by"), instant(rs, "created_at"), rs.getLong("version"));
    }
}
