package com.hockeyhub.training.exercise;

import java.util.List;
import java.util.UUID;

public record ExerciseResponse(UUID id, String name, ExerciseCategory category, ExerciseUnit unit,
                               List<String> equipment, List<String> muscleGroups, String description) {

    static ExerciseResponse of(Exercise e) {
        return new ExerciseResponse(e.getId(), e.getName(), e.getCategory(), e.getUnit(),
                ExerciseRequest.split(e.getEquipment()), ExerciseRequest.split(e.getMuscleGroups()),
                e.getDescription());
    }
}
