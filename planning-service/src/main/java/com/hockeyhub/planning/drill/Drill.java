package com.hockeyhub.planning.drill;

import java.math.BigDecimal;
import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import com.hockeyhub.shared.web.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A drill of a club's library; a public drill is readable by every club, changed only by its own. */
@Entity
@Table(name = "drills")
public class Drill extends ClubScopedEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "category", nullable = false)
    private DrillCategory category;

    @Column(name = "difficulty", nullable = false)
    private Difficulty difficulty;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "min_players", nullable = false)
    private int minPlayers;

    @Column(name = "max_players", nullable = false)
    private int maxPlayers;

    @Column(name = "equipment")
    private String equipment;

    @Column(name = "age_groups", nullable = false)
    private String ageGroups;

    @Column(name = "tags")
    private String tags;

    @Column(name = "public_drill", nullable = false)
    private boolean publicDrill;

    @Column(name = "rating_average", insertable = false, updatable = false)
    private BigDecimal ratingAverage;

    @Column(name = "rating_count", insertable = false, updatable = false)
    private int ratingCount;

    protected Drill() {
    }

    public Drill(UUID organizationId, DrillRequest request) {
        super(organizationId);
        describe(request);
    }

    public void describe(DrillRequest r) {
        if (r.minPlayers() > r.maxPlayers()) {
            throw new InvalidRequestException("minPlayers", "must not be more than maxPlayers");
        }
        this.name = r.name().trim();
        this.description = r.description().trim();
        this.category = r.category();
        this.difficulty = r.difficulty();
        this.durationMinutes = r.durationMinutes();
        this.minPlayers = r.minPlayers();
        this.maxPlayers = r.maxPlayers();
        this.equipment = DrillRequest.join(r.equipment());
        this.ageGroups = DrillRequest.join(r.ageGroups());
        this.tags = DrillRequest.join(r.tags());
        this.publicDrill = r.publicDrill();
    }

    public boolean visibleTo(UUID club) {
        return publicDrill || belongsTo(club);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public DrillCategory getCategory() {
        return category;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getMinPlayers() {
        return minPlayers;
    }

    public int getMaxPlayers() {
        return maxPlayers;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getAgeGroups() {
        return ageGroups;
    }

    public String getTags() {
        return tags;
    }

    public boolean isPublicDrill() {
        return publicDrill;
    }

    public BigDecimal getRatingAverage() {
        return ratingAverage;
    }

    public int getRatingCount() {
        return ratingCount;
    }
}
