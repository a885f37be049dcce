package com.hockeyhub.planning.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and answers of the practice-plan API. */
public final class PracticeViews {

    private PracticeViews() {
    }

    /** One drill of a section for so many minutes. */
    public record DrillSlot(@NotNull UUID drillId, @NotNull @Min(1) @Max(120) Integer minutes,
                            @Size(max = 500) String notes) {
    }

    /** A part of the practice (warm-up, skills, systems, ...): its minutes, and the drills run in them. */
    public record SectionRequest(@NotBlank @Size(max = 80) String name, @NotNull @Min(1) @Max(240) Integer minutes,
                                 @Size(max = 12) List<@NotNull @Valid DrillSlot> drills,
                                 @Size(max = 1000) String notes) {
    }

    /** A new or changed practice plan. */
    public record PracticeRequest(@NotNull UUID teamId,
                                  UUID calendarEventId,
                                  @NotNull LocalDate date,
                                  LocalTime startsAt,
                                  @NotNull @Min(10) @Max(240) Integer durationMinutes,
                                  @NotBlank @Size(max = 120) String title,
                                  @Size(max = 2000) String objectives,
                                  @Min(1) @Max(60) Integer expectedPlayers,
                                  @NotEmpty @Size(max = 15) List<@NotNull @Valid SectionRequest> sections) {
    }

    public record CancelRequest(@Size(max = 300) String reason) {
    }

    public record AttendanceEntry(@NotNull UUID playerId, @NotNull AttendanceStatus status) {
    }

    public record AttendanceRequest(@NotEmpty @Size(max = 60) List<@NotNull @Valid AttendanceEntry> players) {
    }

    public record EvaluationRequest(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 1000) String notes) {
    }

    /** A drill of the plan as stored: its name as it was when planned. */
    public record Slot(UUID drillId, String drillName, int minutes, String notes) {
    }

    public record Section(String name, int minutes, List<Slot> drills, String notes) {
    }

    /** One drill of the live flow: its place in the plan, and what happened to it. */
    public record Step(int position, String section, UUID drillId, String drillName, int minutes, String outcome) {
    }

    public record Attendance(UUID playerId, AttendanceStatus status) {
    }

    public record Evaluation(UUID playerId, int rating, String notes, UUID evaluatedBy) {
    }

    public record PracticeView(UUID id, UUID teamId, UUID calendarEventId, LocalDate date, LocalTime startsAt,
                               int durationMinutes, int plannedMinutes, String title, String objectives,
                               Integer expectedPlayers, PracticeStatus status, List<Section> sections,
                               Integer currentStep, Instant startedAt, Instant completedAt, String cancelReason,
                               List<Attendance> attendance, List<Evaluation> evaluations) {
    }

    /** The live flow: the drill running now (none before the start and after the last), the next one, the steps. */
    public record LiveView(UUID practiceId, PracticeStatus status, Step current, Step next, int done, int skipped,
                           List<Step> steps) {
    }
}
