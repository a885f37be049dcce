package com.hockeyhub.training.execution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One player's run through an assigned session: sets are logged while it is in progress; it completes once. */
@Entity
@Table(name = "workout_executions")
public class WorkoutExecution extends ClubScopedEntity {

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private UUID assignmentId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "status", nullable = false)
    private ExecutionStatus status;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "rpe")
    private BigDecimal rpe;

    @Column(name = "completion_percent")
    private Integer completionPercent;

    protected WorkoutExecution() {
    }

    public WorkoutExecution(UUID organizationId, UUID assignmentId, UUID sessionId, UUID playerId, UUID teamId,
            Instant startedAt) {
        super(organizationId);
        this.assignmentId = assignmentId;
        this.sessionId = sessionId;
        this.playerId = playerId;
        this.teamId = teamId;
        this.startedAt = startedAt;
        this.status = ExecutionStatus.IN_PROGRESS;
    }

    public void requireInProgress() {
        if (status != ExecutionStatus.IN_PROGRESS) {
            throw new ConflictException("The execution is " + status.value() + "; sets are logged while it is "
                    + "in progress");
        }
    }

    public void complete(int minutes, BigDecimal rpe, int completionPercent, Instant at) {
        if (status != ExecutionStatus.IN_PROGRESS) {
            throw new ConflictException("The execution is already " + status.value());
        }
        this.durationMinutes = minutes;
        this.rpe = rpe;
        this.completionPercent = completionPercent;
        this.completedAt = at;
        this.status = ExecutionStatus.COMPLETED;
    }

    /** Session load: minutes × RPE. */
    public BigDecimal load() {
        return rpe == null || durationMinutes == null ? null : rpe.multiply(BigDecimal.valueOf(durationMinutes));
    }

    public UUID getAssignmentId() {
        return assignmentId;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getPlayerId() {
        return playerId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public ExecutionStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public BigDecimal getRpe() {
        return rpe;
    }

    public Integer getCompletionPercent() {
        return completionPercent;
    }
}
