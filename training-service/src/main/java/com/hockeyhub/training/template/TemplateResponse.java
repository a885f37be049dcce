package com.hockeyhub.training.template;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.training.plan.PlannedExercise;
import com.hockeyhub.training.plan.SessionType;

public record TemplateResponse(UUID id, String name, SessionType type, Visibility visibility, UUID teamId,
                               UUID ownerId, List<PlannedExercise> exercises) {

    static TemplateResponse of(SessionTemplate t, List<PlannedExercise> exercises) {
        return new TemplateResponse(t.getId(), t.getName(), t.getType(), t.getVisibility(), t.getTeamId(),
                t.getOwnerId(), exercises);
    }
}
