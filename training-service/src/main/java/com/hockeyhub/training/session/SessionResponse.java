package com.hockeyhub.training.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.training.phase.TeamPhases;
import com.hockeyhub.training.plan.PlannedExercise;
import com.hockeyhub.training.plan.SessionType;

public record SessionResponse(UUID id, UUID teamId, UUID templateId, String title, SessionType type,
                              Instant startsAt, int durationMinutes, String location, SessionStatus status,
                              List<PlannedExercise> exercises, TeamPhases.Phase phase) {

    /** {@code phase}: the team's season phase (planning-service) on the session's day, or null. */
    static SessionResponse of(WorkoutSession s, List<PlannedExercise> exercises, TeamPhases.Phase phase) {
        return new SessionResponse(s.getId(), s.getTeamId(), s.getTemplateId(), s.getTitle(), s.getType(),
                s.getStartsAt(), s.getDurationMinutes(), s.getLocation(), s.getStatus(), exercises, phase);
    }
}
