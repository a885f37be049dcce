package com.hockeyhub.planning.season;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and answers of the season-plan API. */
public final class SeasonPlanViews {

    private SeasonPlanViews() {
    }

    public record NewPlan(@NotNull UUID teamId,
                          @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be like 2026-2027") String season,
                          @NotBlank @Size(max = 60) String template,
                          @NotNull LocalDate startsOn,
                          @Size(max = 120) String name) {
    }

    public record PhaseView(UUID id, int position, String name, LocalDate startsOn, LocalDate endsOn,
                            Intensity intensity, String focus) {

        static PhaseView of(Phases.Phase p) {
            return new PhaseView(p.id(), p.position(), p.name(), p.startsOn(), p.endsOn(), p.intensity(), p.focus());
        }
    }

    public record PlanView(UUID id, UUID teamId, String season, String name, PlanStatus status, LocalDate startsOn,
                           List<PhaseView> phases, List<GoalView> goals) {
    }

    /** A phase as edited: whole weeks, back to back from the plan's start. */
    public record PhaseEdit(@NotBlank @Size(max = 80) String name,
                            @NotNull @Min(1) @Max(52) Integer weeks,
                            @NotNull Intensity intensity,
                            @Size(max = 300) String focus) {
    }

    /** A changed plan: its name always; its start and phases only while it is a draft. */
    public record EditPlan(@NotBlank @Size(max = 120) String name,
                           LocalDate startsOn,
                           @Size(min = 1, max = 20) List<@NotNull @Valid PhaseEdit> phases) {
    }

    public record GoalRequest(@NotBlank @Size(max = 200) String title,
                              @Size(max = 2000) String description,
                              LocalDate targetDate,
                              @Min(0) @Max(100) Integer progress) {
    }

    public record GoalView(UUID id, String title, String description, LocalDate targetDate, int progress) {
    }

    /** A team's current phase (none between plans): the cached hot read, tagged with the team. */
    public record CurrentPhase(UUID teamId, LocalDate day, PhaseView phase) {

        public String tag() {
            return CacheTag.team(teamId);
        }
    }
}
