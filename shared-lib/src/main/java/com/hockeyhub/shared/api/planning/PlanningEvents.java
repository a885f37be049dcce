package com.hockeyhub.shared.api.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payloads of planning-service's events (version 1). Consumers ignore fields they do not know. */
public final class PlanningEvents {

    private PlanningEvents() {
    }

    /** planning.phase.changed: a team's published season plan entered a phase (once per team and phase). */
    public record PhaseChanged(UUID teamId, UUID organizationId, UUID phaseId, String name, String intensity,
                               LocalDate startsOn, LocalDate endsOn) {
    }

    /** planning.season_plan.updated: a season plan was created, changed or published. */
    public record SeasonPlanUpdated(UUID planId, UUID organizationId, UUID teamId, String season, String status) {
    }

    /**
     * planning.practice.completed: a practice was run to its end. {@code drillsDone}/{@code drillsSkipped} count the
     * drills of the plan as the live flow went through them; {@code presentPlayerIds} are the players marked present
     * or late. {@code calendarEventId} is set when the practice belongs to a calendar event.
     */
    public record PracticeCompleted(UUID practiceId, UUID organizationId, UUID teamId, UUID calendarEventId,
                                    LocalDate date, int durationMinutes, int plannedMinutes, int drillsDone,
                                    int drillsSkipped, List<UUID> presentPlayerIds, Instant startedAt,
                                    Instant completedAt) {
    }
}
