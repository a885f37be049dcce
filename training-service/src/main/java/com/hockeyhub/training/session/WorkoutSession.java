package com.hockeyhub.training.session;

import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.training.plan.SessionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A team's training session; its status only moves scheduled → active → completed, or to cancelled before that. */
@Entity
@Table(name = "workout_sessions")
public class WorkoutSession extends ClubScopedEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "template_id", updatable = false)
    private UUID templateId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "session_type", nullable = false)
    private SessionType type;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "location")
    private String location;

    @Column(name = "status", nullable = false)
    private SessionStatus status;

    protected WorkoutSession() {
    }

    public WorkoutSession(UUID organizationId, UUID teamId, UUID templateId, String title, SessionType type,
            Instant startsAt, int durationMinutes, String location) {
        super(organizationId);
        this.teamId = teamId;
        this.templateId = templateId;
        this.title = title.trim();
        this.type = type;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = location;
        this.status = SessionStatus.SCHEDULED;
    }

    /** Changes a session that has not begun (409 once it is active, completed or cancelled). */
    public void reschedule(String title, SessionType type, Instant startsAt, int durationMinutes, String location) {
        requireScheduled("changed");
        this.title = title.trim();
        this.type = type;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = location;
    }

    public void requireScheduled(String action) {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("Only a scheduled session can be " + action + " (it is " + status.value()
                    + ")");
        }
    }

    public void start() {
        move(SessionStatus.SCHEDULED, SessionStatus.ACTIVE);
    }

    public void complete() {
        move(SessionStatus.ACTIVE, SessionStatus.COMPLETED);
    }

    public void cancel() {
        if (status == SessionStatus.COMPLETED || status == SessionStatus.CANCELLED) {
            throw new ConflictException("A " + status.value() + " session cannot be cancelled");
        }
        status = SessionStatus.CANCELLED;
    }

    public boolean isOpen() {
        return status == SessionStatus.SCHEDULED || status == SessionStatus.ACTIVE;
    }

    private void move(SessionStatus from, SessionStatus to) {
        if (status != from) {
            throw new ConflictException("Only a " + from.value() + " session can become " + to.value()
                    + " (it is " + status.value() + ")");
        }
        status = to;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public String getTitle() {
        return title;
    }

    public SessionType getType() {
        return type;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public SessionStatus getStatus() {
        return status;
    }
}
