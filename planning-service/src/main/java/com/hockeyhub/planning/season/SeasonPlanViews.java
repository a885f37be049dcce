package com.hockeyhub.planning.season;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;
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
                           List<PhaseView> phases) {
    }

    /** A team's current phase (none between plans): the cached hot read, tagged with the team. */
    public record CurrentPhase(UUID teamId, LocalDate day, PhaseView phase) {

        public String tag() {
            return CacheTag.team(teamId);
        }
    }
}
