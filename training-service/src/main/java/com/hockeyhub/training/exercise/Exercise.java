package com.hockeyhub.training.exercise;

import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An exercise of the club's library; its name is unique within the club (case-insensitive). */
@Entity
@Table(name = "exercises")
public class Exercise extends ClubScopedEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "category", nullable = false)
    private ExerciseCategory category;

    @Column(name = "unit", nullable = false)
    private ExerciseUnit unit;

    @Column(name = "equipment")
    private String equipment;

    @Column(name = "muscle_groups")
    private String muscleGroups;

    @Column(name = "description")
    private String description;

    protected Exercise() {
    }

    public Exercise(UUID organizationId, ExerciseRequest request) {
        super(organizationId);
        describe(request);
    }

    /** Takes the request's description of the exercise (all fields). */
    public void describe(ExerciseRequest request) {
        this.name = request.name().trim();
        this.category = request.category();
        this.unit = request.unit();
        this.equipment = ExerciseRequest.join(request.equipment());
        this.muscleGroups = ExerciseRequest.join(request.muscleGroups());
        this.description = request.description();
    }

    public String getName() {
        return name;
    }

    public ExerciseCategory getCategory() {
        return category;
    }

    public ExerciseUnit getUnit() {
        return unit;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getMuscleGroups() {
        return muscleGroups;
    }

    public String getDescription() {
        return description;
    }
}
