package com.hockeyhub.training.assignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A session given to one player, with their load modifier; completed once, with what they did. */
@Entity
@Table(name = "assignments")
public class Assignment extends ClubScopedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "player_id", nullable = false, updatable = false)
    private UUID playerId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "status", nullable = false)
    private AssignmentStatus status;

    @Column(name = "source", nullable = false)
    private AssignmentSource source;

    @Column(name = "load_multiplier", nullable = false)
    private BigDecimal loadMultiplier;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "rpe")
    private BigDecimal rpe;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** What the player did per exercise, as JSON. */
    @Column(name = "results")
    private String results;

    protected Assignment() {
    }

    /** An assignment that came through the player's team. */
    public Assignment(UUID organizationId, UUID sessionId, UUID teamId, UUID playerId, BigDecimal loadMultiplier) {
        this(organizationId, sessionId, teamId, playerId, loadMultiplier, AssignmentSource.TEAM);
    }

    public Assignment(UUID organizationId, UUID sessionId, UUID teamId, UUID playerId, BigDecimal loadMultiplier,
            AssignmentSource source) {
        super(organizationId);
        this.source = source;
        this.sessionId = sessionId;
        this.teamId = teamId;
        this.playerId = playerId;
        this.loadMultiplier = loadMultiplier.setScale(2, RoundingMode.HALF_UP);
        this.status = AssignmentStatus.ASSIGNED;
    }

    /** Records the workout; an assignment is completed once (409 after that, or when cancelled). */
    public void complete(int minutes, BigDecimal rpe, String results, Instant at) {
        if (status != AssignmentStatus.ASSIGNED) {
            throw new ConflictException("The assignment is " + status.value() + "; a workout is recorded once");
        }
        this.durationMinutes = minutes;
        this.rpe = rpe;
        this.results = results;
        this.completedAt = at;
        this.status = AssignmentStatus.COMPLETED;
    }

    /** A per-player load modifier; only while the assignment is open (409 otherwise). */
    public void modifyLoad(BigDecimal multiplier) {
        if (status != AssignmentStatus.ASSIGNED) {
            throw new ConflictException("The assignment is " + status.value() + "; its load no longer changes");
        }
        this.loadMultiplier = multiplier.setScale(2, RoundingMode.HALF_UP);
    }

    public void cancel() {
        if (status == AssignmentStatus.ASSIGNED) {
            status = AssignmentStatus.CANCELLED;
        }
    }

    /** A transfer's compensation: an assignment it cancelled is open again. */
    public void reopen() {
        if (status == AssignmentStatus.CANCELLED) {
            status = AssignmentStatus.ASSIGNED;
        }
    }

    /** The player was named for this session: it stays theirs when they leave the team. */
    void markIndividual() {
        this.source = AssignmentSource.INDIVIDUAL;
    }

    /** The player rejoined the team: an assignment the team took away is open again, at today's load. */
    boolean rejoin(BigDecimal multiplier) {
        if (status != AssignmentStatus.CANCELLED || source != AssignmentSource.TEAM) {
            return false;
        }
        status = AssignmentStatus.ASSIGNED;
        loadMultiplier = multiplier.setScale(2, RoundingMode.HALF_UP);
        return true;
    }

    /** Session load as statistics reads it: minutes × RPE. */
    public BigDecimal load() {
        return rpe == null || durationMinutes == null ? null : rpe.multiply(BigDecimal.valueOf(durationMinutes));
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

    public AssignmentSource getSource() {
        return source;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public BigDecimal getLoadMultiplier() {
        return loadMultiplier;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public BigDecimal getRpe() {
        return rpe;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getResults() {
        return results;
    }
}
