package com.hockeyhub.shared.test.saga;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.saga.SagaStatus;
import com.hockeyhub.shared.saga.StepDirection;
import com.hockeyhub.shared.saga.StepOutcome;
import org.springframework.jdbc.core.JdbcTemplate;

/** A saga run by the {@link SagaTestKit}: its persisted status, data, last error and step log, read fresh. */
public final class SagaRun {

    /** One row of {@code saga_step_log}. */
    public record LoggedStep(int index, String step, StepDirection direction, StepOutcome status, int attempt,
                             String error) {

        /** {@code "FORWARD reserve SUCCEEDED #1"}. */
        @Override
        public String toString() {
            return direction + " " + step + " " + status + " #" + attempt;
        }
    }

    private final UUID sagaId;
    private final JdbcTemplate jdbc;

    SagaRun(UUID sagaId, JdbcTemplate jdbc) {
        this.sagaId = sagaId;
        this.jdbc = jdbc;
    }

    public UUID id() {
        return sagaId;
    }

    public SagaStatus status() {
        return SagaStatus.valueOf(jdbc.queryForObject("SELECT status FROM saga_instance WHERE id = ?", String.class,
                sagaId));
    }

    public String lastError() {
        return jdbc.queryForObject("SELECT last_error FROM saga_instance WHERE id = ?", String.class, sagaId);
    }

    public String dataJson() {
        return jdbc.queryForObject("SELECT data::text FROM saga_instance WHERE id = ?", String.class, sagaId);
    }

    public int currentStep() {
        return jdbc.queryForObject("SELECT current_step FROM saga_instance WHERE id = ?", Integer.class, sagaId);
    }

    public List<LoggedStep> stepLog() {
        return jdbc.query("""
                SELECT step_index, step_name, direction, status, attempt, error
                FROM saga_step_log WHERE saga_id = ? ORDER BY id""",
                (rs, n) -> new LoggedStep(rs.getInt(1), rs.getString(2), StepDirection.valueOf(rs.getString(3)),
                        StepOutcome.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6)), sagaId);
    }

    /** The step log as strings such as {@code "FORWARD reserve SUCCEEDED #1"}, oldest first. */
    public List<String> steps() {
        return stepLog().stream().map(LoggedStep::toString).toList();
    }

    /** Throws {@link AssertionError} unless the persisted status is {@code expected}. */
    public SagaRun assertStatus(SagaStatus expected) {
        SagaStatus actual = status();
        if (actual != expected) {
            throw new AssertionError("saga " + sagaId + " expected " + expected + " but was " + actual
                    + " (last error: " + lastError() + "); step log " + steps());
        }
        return this;
    }

    /** Throws {@link AssertionError} unless the step log equals {@code expected} (see {@link #steps()}). */
    public SagaRun assertSteps(String... expected) {
        List<String> actual = steps();
        if (!actual.equals(List.of(expected))) {
            throw new AssertionError("saga " + sagaId + " step log\n expected " + List.of(expected) + "\n but was  "
                    + actual);
        }
        return this;
    }
}
