package com.hockeyhub.planning.drill;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record DrillResponse(UUID id, UUID organizationId, String name, String description, DrillCategory category,
                            Difficulty difficulty, int durationMinutes, int minPlayers, int maxPlayers,
                            List<String> equipment, List<String> ageGroups, List<String> tags, boolean publicDrill,
                            BigDecimal ratingAverage, int ratingCount) {

    static DrillResponse of(Drill d) {
        return new DrillResponse(d.getId(), d.getOrganizationId(), d.getName(), d.getDescription(), d.getCategory(),
                d.getDifficulty(), d.getDurationMinutes(), d.getMinPlayers(), d.getMaxPlayers(),
                DrillRequest.split(d.getEquipment()), DrillRequest.split(d.getAgeGroups()),
                DrillRequest.split(d.getTags()), d.isPublicDrill(), d.getRatingAverage(), d.getRatingCount());
    }
}
