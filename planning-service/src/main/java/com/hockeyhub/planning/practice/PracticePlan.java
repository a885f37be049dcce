package com.hockeyhub.planning.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A team's practice: planned (editable) → in_progress (the live flow walks its drills; attendance and evaluations
 * are taken) → completed (read-only); planned or in progress → cancelled. Its sections are stored whole as JSON.
 */
@Entity
@Table(name = "practice_plans")
public class PracticePlan extends ClubScopedEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "calendar_event_id")
    private UUID calendarEventId;

    @Column(name = "practice_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "objectives")
    private String objectives;

    @Column(name = "expected_players")
    private Integer expectedPlayers;

    @Column(name = "status", nullable = false)
    private PracticeStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sections", nullable = false)
    private String sections;

    @Column(name = "current_step")
    private Integer currentStep;

    @Column(name = "done_steps", nullable = false)
    private String doneSteps = "";

    @Column(name = "skipped_steps", nullable = false)
    private String skippedSteps = "";

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected PracticePlan() {
    }

    public PracticePlan(UUID organizationId, UUID teamId) {
        super(organizationId);
        this.teamId = teamId;
        this.status = PracticeStatus.PLANNED;
    }

    /** Sets what the plan says; only a planned practice changes. */
    void plan(PracticeViews.PracticeRequest r, String sectionsJson) {
        requireStatus(PracticeStatus.PLANNED, "changed");
        this.calendarEventId = r.calendarEventId();
        this.date = r.date();
        this.startsAt = r.startsAt();
        this.durationMinutes = r.durationMinutes();
        this.title = r.title().trim();
        this.objectives = r.objectives();
        this.expectedPlayers = r.expectedPlayers();
        this.sections = sectionsJson;
    }

    void requireEditable() {
        requireStatus(PracticeStatus.PLANNED, "changed");
    }

    void start(Instant at, int steps) {
        requireStatus(PracticeStatus.PLANNED, "started");
        status = PracticeStatus.IN_PROGRESS;
        startedAt = at;
        currentStep = steps == 0 ? null : 0;
    }

    /** The current drill is done (or skipped); the next one runs, none after the last. */
    void advance(boolean skipped, int steps) {
        requireStatus(PracticeStatus.IN_PROGRESS, "moved on");
        if (currentStep == null) {
            throw new ConflictException("The practice has no drill left to move on from");
        }
        if (skipped) {
            skippedSteps = add(skippedSteps, currentStep);
        } else {
            doneSteps = add(doneSteps, currentStep);
        }
        currentStep = currentStep + 1 < steps ? currentStep + 1 : null;
    }

    void complete(Instant at) {
        requireStatus(PracticeStatus.IN_PROGRESS, "completed");
        if (currentStep != null) {
            // the drill running at the end counts as done
            doneSteps = add(doneSteps, currentStep);
            currentStep = null;
        }
        status = PracticeStatus.COMPLETED;
        completedAt = at;
    }

    /** Cancels a planned or running practice; false when it was cancelled already. */
    boolean cancel(String reason) {
        if (status == PracticeStatus.CANCELLED) {
            return false;
        }
        if (status == PracticeStatus.COMPLETED) {
            throw new ConflictException("A completed practice is read-only");
        }
        status = PracticeStatus.CANCELLED;
        cancelReason = reason;
        currentStep = null;
        return true;
    }

    /** Attendance and evaluations are taken while the practice runs. */
    void requireRunning(String what) {
        if (status == PracticeStatus.COMPLETED) {
            throw new ConflictException("A completed practice is read-only");
        }
        if (status != PracticeStatus.IN_PROGRESS) {
            throw new ConflictException(what + " only once the practice has started (it is " + status.value() + ")");
        }
    }

    private void requireStatus(PracticeStatus expected, String verb) {
        if (status == PracticeStatus.COMPLETED) {
            throw new ConflictException("A completed practice is read-only");
        }
        if (status != expected) {
            throw new ConflictException("A " + status.value().replace('_', ' ') + " practice cannot be " + verb);
        }
    }

    private static String add(String list, int step) {
        return list.isEmpty() ? String.valueOf(step) : list + "," + step;
    }

    static List<Integer> steps(String list) {
        return list == null || list.isEmpty() ? List.of()
                : new ArrayList<>(Arrays.stream(list.split(",")).map(Integer::valueOf).toList());
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getCalendarEventId() {
        return calendarEventId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getTitle() {
        return title;
    }

    public String getObjectives() {
        return objectives;
    }

    public Integer getExpectedPlayers() {
        return expectedPlayers;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public String getSections() {
        return sections;
    }

    public Integer getCurrentStep() {
        return currentStep;
    }

    public List<Integer> getDoneSteps() {
        return steps(doneSteps);
    }

    public List<Integer> getSkippedSteps() {
        return steps(skippedSteps);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
